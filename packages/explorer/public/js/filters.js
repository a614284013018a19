// Filters by relation type and by date. They hide elements (class `filtered`) and never refetch.
import { el, clear } from './dom.js';
import { RELATION_STYLES } from './style.js';

const TYPE_ORDER = RELATION_STYLES.map((s) => s.type);
const STYLE = Object.fromEntries(RELATION_STYLES.map((s) => [s.type, s]));

export function createFilters({ typeBox, fromInput, toInput, cy, onApplied = () => {} }) {
  const hiddenTypes = new Set();

  function inRange(date) {
    if (!date) return true; // undated stays visible
    const d = String(date).slice(0, 10);
    if (fromInput.value && d < fromInput.value) return false;
    if (toInput.value && d > toInput.value) return false;
    return true;
  }

  function apply() {
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        n.toggleClass('filtered', !inRange(n.data('date')));
      });
      cy.edges().forEach((e) => {
        e.toggleClass('filtered', hiddenTypes.has(e.data('type')) || !inRange(e.data('date')));
      });
    });
    onApplied();
  }

  /** The relation types the user has not hidden, for queries that should respect the filter. */
  function shownTypes(all) {
    return all.filter((t) => !hiddenTypes.has(t));
  }

  /** Redraws the checkbox list for the relation types present in the graph, with counts. */
  function refresh() {
    const counts = {};
    cy.edges().forEach((e) => {
      const t = e.data('type');
      counts[t] = (counts[t] || 0) + 1;
    });
    const types = Object.keys(counts).sort((a, b) => TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b));
    clear(typeBox);
    if (!types.length) {
      typeBox.append(el('p', { class: 'muted', text: 'Search for an entity to begin.' }));
      return apply();
    }
    for (const t of types) {
      const box = el('input', {
        type: 'checkbox',
        'data-type': t,
        onchange: (ev) => {
          if (ev.target.checked) hiddenTypes.delete(t);
          else hiddenTypes.add(t);
          apply();
        },
      });
      box.checked = !hiddenTypes.has(t);
      typeBox.append(
        el('label', {}, [
          box,
          el('span', { class: 'swatch', style: { background: STYLE[t] ? STYLE[t].color : '#A5ABB6' } }),
          el('span', { text: STYLE[t] ? STYLE[t].verb : t }),
          el('span', { class: 'count', text: String(counts[t]) }),
        ]),
      );
    }
    apply();
  }

  for (const input of [fromInput, toInput]) {
    input.addEventListener('change', apply);
    input.addEventListener('input', apply);
  }
  return { refresh, apply, shownTypes };
}
