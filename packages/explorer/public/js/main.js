// Wires the page: search box → neighbourhood in the graph → click to expand → claims in the side panel.
import { claimById, entityClaims, neighborhood, searchEntities } from './api.js';
import { el, clear } from './dom.js';
import { createFilters } from './filters.js';
import { createGraph } from './graph.js';
import { renderLegend } from './legend.js';
import { showClaim, showEntity, showError, showLoading, showOther } from './panel.js';
import { LABEL_STYLES } from './style.js';

const ENTITY_LABELS = new Set(['Person', 'Organization', 'Country', 'Place']);
const COLOR = Object.fromEntries(LABEL_STYLES.map((s) => [s.label, s.color]));
const $ = (id) => document.getElementById(id);

const input = $('search');
const results = $('results');
const panel = $('panel');
const status = $('status');
const expanded = new Set();

const graph = createGraph($('graph'), { onNodeClick: (node) => select(node.id, true) });
const filters = createFilters({ typeBox: $('type-filters'), fromInput: $('date-from'), toInput: $('date-to'), cy: graph.cy });
renderLegend($('legend'));

function setStatus(text, isError = false) {
  status.textContent = text;
  status.classList.toggle('error', isError);
}

function afterGraphChange() {
  $('empty').hidden = graph.cy.nodes().length > 0;
  filters.refresh();
}

async function expand(id) {
  if (expanded.has(id)) return;
  setStatus('Loading neighbourhood…');
  const hood = await neighborhood(id);
  expanded.add(id);
  graph.merge(hood, id);
  graph.cy.getElementById(id).addClass('expanded');
  afterGraphChange();
  setStatus(`${graph.cy.nodes().length} nodes, ${graph.cy.edges().length} edges${hood.truncated ? ' (largest neighbourhood trimmed)' : ''}`);
}

let selectSeq = 0;
/** Selects a drawn node: expands an entity (once) and fills the side panel. */
async function select(id, expandIt) {
  const seq = ++selectSeq;
  try {
    const isEntity = ENTITY_LABELS.has(graph.cy.getElementById(id).data('label'));
    if (expandIt && isEntity) {
      // A failed expansion still leaves the node's claims worth showing.
      await expand(id).catch((err) => setStatus(`Could not expand: ${err.message}`, true));
    }
    const ele = graph.cy.getElementById(id);
    if (ele.empty()) return;
    graph.cy.nodes().unselect();
    ele.select();
    const node = ele.data();
    showLoading(panel, node);
    if (node.label === 'Claim') {
      const claim = await claimById(id);
      if (seq === selectSeq) showClaim(panel, node, claim);
      return;
    }
    if (!isEntity) return showOther(panel, graph.cy, node);
    const entity = await entityClaims(id);
    if (seq !== selectSeq) return;
    showEntity(panel, graph.cy, node, entity);
    datesFrom(entity ? [...entity.claims, ...entity.claimsAbout] : []);
  } catch (err) {
    setStatus(err.message, true);
    if (seq === selectSeq) showError(panel, err.message);
  }
}

/** Claim nodes carry no date in the neighbourhood; the claims fetched for the panel do. */
function datesFrom(claims) {
  for (const c of claims) {
    const n = graph.cy.getElementById(c.id);
    if (c.date && n.nonempty()) n.data('date', c.date);
  }
  filters.apply();
}

async function pick(entity) {
  results.hidden = true;
  input.value = entity.name;
  if (graph.cy.getElementById(entity.id).empty()) {
    graph.merge({ nodes: [entity], edges: [] }, null);
    afterGraphChange();
  }
  await select(entity.id, true);
}

// Search box: debounced look-up of names and aliases, arrow keys and Enter to pick.
let timer = 0;
let searchSeq = 0;
let current = [];
let active = -1;

function renderResults(items, text) {
  clear(results);
  current = items;
  active = items.length ? 0 : -1;
  if (!items.length) {
    results.append(el('li', { class: 'muted', text: `No entity named “${text}”` }));
  }
  items.forEach((item, i) => {
    const aliases = (item.aliases || []).filter((a) => a !== item.name);
    results.append(
      el('li', { role: 'option', class: i === active ? 'active' : '', 'data-id': item.id, onmousedown: (ev) => { ev.preventDefault(); pick(item); } }, [
        el('span', { class: 'badge', style: { background: COLOR[item.type] || '#e8ecf2' }, text: item.type }),
        el('span', { class: 'name', text: item.name }),
        aliases.length ? el('span', { class: 'aliases', text: aliases.join(', ') }) : null,
      ]),
    );
  });
  results.hidden = false;
}

async function runSearch(text) {
  const seq = ++searchSeq;
  try {
    const items = await searchEntities(text, 10);
    if (seq === searchSeq && input.value.trim() === text) renderResults(items, text);
  } catch (err) {
    setStatus(err.message, true);
  }
}

input.addEventListener('input', () => {
  window.clearTimeout(timer);
  const text = input.value.trim();
  if (text.length < 2) {
    results.hidden = true;
    return;
  }
  timer = window.setTimeout(() => runSearch(text), 180);
});

input.addEventListener('keydown', (ev) => {
  if (results.hidden || !current.length) return;
  if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
    ev.preventDefault();
    active = (active + (ev.key === 'ArrowDown' ? 1 : current.length - 1)) % current.length;
    [...results.children].forEach((li, i) => li.classList.toggle('active', i === active));
  } else if (ev.key === 'Enter' && active >= 0) {
    ev.preventDefault();
    pick(current[active]);
  } else if (ev.key === 'Escape') {
    results.hidden = true;
  }
});
input.addEventListener('blur', () => {
  results.hidden = true;
});

$('fit').addEventListener('click', () => graph.cy.fit(undefined, 40));
$('clear').addEventListener('click', () => {
  graph.cy.elements().remove();
  expanded.clear();
  clear(panel).append(el('p', { class: 'muted', text: 'Nothing selected.' }));
  afterGraphChange();
  setStatus('');
});

// For tests and the console: the Cytoscape instance.
window.explorer = { cy: graph.cy, select };
