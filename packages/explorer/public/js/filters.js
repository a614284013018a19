// Filters by relation type, outlet and date. They hide drawn elements (class `filtered`) and never refetch;
// the side panel asks `claimShown` so it follows the same filters. A merged edge stays drawn while any of its
// relations passes, and then shows only those.
import { el, clear } from './dom.js';
import { summarise } from './edges.js';
import { RELATION_STYLES } from './style.js';

const TYPE_ORDER = RELATION_STYLES.map((s) => s.type);
const STYLE = Object.fromEntries(RELATION_STYLES.map((s) => [s.type, s]));

function checkbox(attrs, checked, onChange) {
  const box = el('input', { type: 'checkbox', ...attrs, onchange: (ev) => onChange(ev.target.checked) });
  box.checked = checked;
  return box;
}

/** Checkboxes for the relation types drawn, with counts; unticking one hides its relations. */
function renderTypeChecks(typeBox, cy, hiddenTypes, apply) {
  const counts = {};
  cy.edges().forEach((e) => {
    for (const m of e.data('members') || []) counts[m.type] = (counts[m.type] || 0) + 1;
  });
  const types = Object.keys(counts).sort((a, b) => TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b));
  clear(typeBox);
  if (!types.length) typeBox.append(el('p', { class: 'muted', text: 'Search for an entity to begin.' }));
  for (const t of types) {
    const box = checkbox({ 'data-type': t }, !hiddenTypes.has(t), (on) => {
      if (on) hiddenTypes.delete(t);
      else hiddenTypes.add(t);
      apply();
    });
    typeBox.append(
      el('label', {}, [
        box,
        el('span', { class: 'swatch', style: { background: STYLE[t] ? STYLE[t].color : '#A5ABB6' } }),
        el('span', { text: STYLE[t] ? STYLE[t].verb : t }),
        el('span', { class: 'count', text: String(counts[t]) }),
      ]),
    );
  }
}

/** Outlet chips: one per outlet carrying a drawn claim, with how many drawn claims it carries. */
function renderOutletChecks(outletBox, cy, hiddenOutlets, apply) {
  const counts = {};
  cy.nodes('[label = "Claim"]').forEach((n) => {
    for (const o of n.data('outlets') || []) counts[o] = (counts[o] || 0) + 1;
  });
  const outlets = Object.keys(counts).sort((a, b) => counts[b] - counts[a] || a.localeCompare(b));
  clear(outletBox);
  if (!outlets.length) outletBox.append(el('p', { class: 'muted small', text: 'Outlets appear with the claims.' }));
  for (const o of outlets) {
    const box = checkbox({ 'data-outlet': o }, !hiddenOutlets.has(o), (on) => {
      if (on) hiddenOutlets.delete(o);
      else hiddenOutlets.add(o);
      box.parentElement.classList.toggle('off', !on);
      apply();
    });
    outletBox.append(el('label', { class: `outlet-chip ${hiddenOutlets.has(o) ? 'off' : ''}` }, [box, el('span', { text: o }), el('span', { class: 'count', text: String(counts[o]) })]));
  }
}

export function createFilters({ typeBox, outletBox, fromInput, toInput, cy, onApplied = () => {} }) {
  const hiddenTypes = new Set();
  const hiddenOutlets = new Set();

  function inRange(date) {
    if (!date) return true; // undated stays visible
    const d = String(date).slice(0, 10);
    if (fromInput.value && d < fromInput.value) return false;
    if (toInput.value && d > toInput.value) return false;
    return true;
  }

  /** A claim passes when it is in the date range and carried by at least one shown outlet (or by none known). */
  function claimShown(claim) {
    const outlets = claim.outlets || [];
    return inRange(claim.when || claim.date) && (!outlets.length || outlets.some((o) => !hiddenOutlets.has(o)));
  }

  function apply() {
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        n.toggleClass('filtered', n.data('label') === 'Claim' ? !claimShown(n.data()) : !inRange(n.data('date')));
      });
      cy.edges().forEach((e) => {
        const members = e.data('members') || [];
        const shown = members.filter((m) => !hiddenTypes.has(m.type) && inRange(m.date));
        e.toggleClass('filtered', shown.length === 0);
        if (shown.length) e.data(summarise(shown));
      });
    });
    onApplied();
  }

  /** The relation types the user has not hidden, for queries that should respect the filter. */
  function shownTypes(all) {
    return all.filter((t) => !hiddenTypes.has(t));
  }

  const typeShown = (t) => !hiddenTypes.has(t);

  /** Shows only `outlet` (or every outlet again when it is the only one shown already). */
  function onlyOutlet(outlet) {
    const all = [...outletBox.querySelectorAll('input[data-outlet]')].map((b) => b.dataset.outlet);
    const alone = all.every((o) => (o === outlet) !== hiddenOutlets.has(o));
    hiddenOutlets.clear();
    if (!alone) for (const o of all) if (o !== outlet) hiddenOutlets.add(o);
    refreshOutlets();
    apply();
  }

  const refreshOutlets = () => renderOutletChecks(outletBox, cy, hiddenOutlets, apply);

  /** Redraws the lists for what the graph now holds, with counts. */
  function refresh() {
    renderTypeChecks(typeBox, cy, hiddenTypes, apply);
    refreshOutlets();
    apply();
  }

  for (const input of [fromInput, toInput]) {
    input.addEventListener('change', apply);
    input.addEventListener('input', apply);
  }
  return { refresh, apply, shownTypes, typeShown, claimShown, inRange, onlyOutlet };
}
