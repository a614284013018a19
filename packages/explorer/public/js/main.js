// Wires the page: search box → neighbourhood in the graph → click a node to expand it (claims in the side
// panel) or an edge to read its evidence; "Path to…" draws the shortest path between two entities.
import { claimById, entityClaims, neighborhood, ping, searchEntities, shortestPath } from './api.js';
import { el, clear } from './dom.js';
import { createFilters } from './filters.js';
import { createGraph } from './graph.js';
import { renderLegend } from './legend.js';
import { showClaim, showEdge, showEntity, showError, showLoading, showOther } from './panel.js';
import { createSearchBox } from './search-box.js';
import { RELATION_STYLES } from './style.js';

const ENTITY_LABELS = new Set(['Person', 'Organization', 'Country', 'Place']);
const CLAIM_EDGES = new Set(['SAID', 'ABOUT', 'REPORTED_IN', 'MENTIONS']);
const FACT_TYPES = RELATION_STYLES.map((s) => s.type).filter((t) => !CLAIM_EDGES.has(t));
const VERB = Object.fromEntries(RELATION_STYLES.map((s) => [s.type, s.verb]));
const PATH_MAX_HOPS = 4;
const $ = (id) => document.getElementById(id);

const input = $('search');
const panel = $('panel');
const status = $('status');
const expanded = new Set();

const graph = createGraph($('graph'), {
  onNodeClick: (node) => select(node.id, true),
  onEdgeClick: (edge) => selectEdge(edge.id),
});
const filters = createFilters({
  typeBox: $('type-filters'),
  fromInput: $('date-from'),
  toInput: $('date-to'),
  cy: graph.cy,
  onApplied: () => graph.rendered(),
});
renderLegend($('legend'));

function setStatus(text, isError = false) {
  status.textContent = text;
  status.classList.toggle('error', isError);
}

// Errors: unreachable API or GraphQL errors go to a banner over the graph (never to the console).
let retry = null;
function showApiError(err, again = null) {
  const unreachable = err && err.kind === 'unreachable';
  $('error-title').textContent = unreachable ? 'API unreachable.' : 'The API could not answer.';
  $('error-text').textContent = err && err.message ? err.message : String(err);
  retry = again;
  $('error-retry').hidden = !again;
  $('error').hidden = false;
  setStatus('');
  graph.rendered();
}
function hideApiError() {
  $('error').hidden = true;
}
$('error-retry').addEventListener('click', () => {
  hideApiError();
  if (retry) retry();
});

// The empty state: the welcome text on an empty graph, or a note when a search led nowhere.
const welcome = [...$('empty-text').childNodes].map((n) => n.cloneNode(true));
function afterGraphChange(note = null) {
  const empty = graph.cy.nodes().length === 0;
  $('empty').hidden = !empty && !note;
  $('empty').classList.toggle('note', Boolean(note));
  if (note) $('empty-text').textContent = note;
  else $('empty-text').replaceChildren(...welcome.map((n) => n.cloneNode(true)));
  filters.refresh();
}

async function expand(id) {
  if (expanded.has(id)) return;
  setStatus('Loading neighbourhood…');
  const hood = await neighborhood(id);
  hideApiError();
  expanded.add(id);
  graph.merge(hood, id);
  graph.cy.getElementById(id).addClass('expanded');
  const lonely = hood.nodes.length <= 1 && hood.edges.length === 0;
  const name = graph.cy.getElementById(id).data('name') || id;
  afterGraphChange(lonely && graph.cy.nodes().length === 1 ? `${name} has no relations or claims in the graph yet.` : null);
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
      await expand(id).catch((err) => showApiError(err, () => select(id, true)));
    }
    const ele = graph.cy.getElementById(id);
    if (ele.empty()) return;
    graph.cy.elements().unselect();
    ele.select();
    const node = ele.data();
    if (isEntity) setPathStart(node);
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
  } catch (err) {
    showApiError(err, () => select(id, false));
    if (seq === selectSeq) showError(panel, err.message);
  } finally {
    if (seq === selectSeq) graph.rendered();
  }
}

/** Selects a drawn edge and shows its predicate, flags and evidence (already loaded with the graph). */
function selectEdge(edgeId) {
  ++selectSeq;
  const ele = graph.cy.getElementById(edgeId);
  if (ele.empty()) return;
  graph.cy.elements().unselect();
  ele.select();
  showEdge(panel, graph.cy, ele.data());
  graph.rendered();
}

async function pick(entity) {
  if (graph.cy.getElementById(entity.id).empty()) {
    graph.merge({ nodes: [entity], edges: [] }, null);
    afterGraphChange();
  }
  await select(entity.id, true);
}

createSearchBox({
  input,
  results: $('results'),
  search: (text) => searchEntities(text, 10),
  onPick: pick,
  onError: (err) => showApiError(err),
});

// "Path to…": from the selected entity to one picked in the box; the shortest path is added to the graph
// and highlighted. Relation types hidden by the filter are not used.
let pathFrom = null;
const pathResult = $('path-result');

function setPathStart(node) {
  pathFrom = { id: node.id, name: node.name || node.caption || node.id };
  const from = clear($('path-from'));
  from.classList.remove('muted');
  from.append('From ', el('strong', { text: pathFrom.name }), ' to:');
  $('path-search').disabled = false;
}

function clearPath() {
  graph.clearPath();
  clear(pathResult);
  $('path-clear').hidden = true;
  graph.rendered();
}

async function drawPath(target) {
  if (!pathFrom) return;
  clear(pathResult).append(el('span', { class: 'muted', text: 'Searching…' }));
  graph.clearPath();
  try {
    if (target.id === pathFrom.id) {
      clear(pathResult).append(el('span', { class: 'none', text: 'Pick an entity other than the start.' }));
      return;
    }
    const path = await shortestPath(pathFrom.id, target.id, { maxHops: PATH_MAX_HOPS, predicates: filters.shownTypes(FACT_TYPES) });
    hideApiError();
    if (!path) {
      clear(pathResult).append(el('span', { class: 'none', text: `No path of at most ${PATH_MAX_HOPS} hops from ${pathFrom.name} to ${target.name}.` }));
      return;
    }
    graph.merge({ nodes: path.nodes, edges: path.edges }, pathFrom.id);
    afterGraphChange();
    graph.showPath(path.nodes.map((n) => n.id), path.edges);
    const names = Object.fromEntries(path.nodes.map((n) => [n.id, n.name]));
    const steps = path.edges.map((e) =>
      el('li', {}, [el('strong', { text: names[e.source] || e.source }), ' ', el('span', { class: 'hop', text: `${e.negated ? 'not ' : ''}${VERB[e.type] || e.type}` }), ' ', el('strong', { text: names[e.target] || e.target })]),
    );
    clear(pathResult).append(
      el('div', { text: `${path.length} hop${path.length === 1 ? '' : 's'}${path.total > 1 ? ` (one of ${path.total} shortest)` : ''}:` }),
      el('ol', { class: 'path-steps' }, steps),
      el('div', { class: 'muted', text: 'Click an edge to see its evidence.' }),
    );
    $('path-clear').hidden = false;
  } catch (err) {
    clear(pathResult);
    showApiError(err, () => drawPath(target));
  } finally {
    graph.rendered();
  }
}

createSearchBox({
  input: $('path-search'),
  results: $('path-results'),
  search: (text) => searchEntities(text, 10),
  onPick: drawPath,
  onError: (err) => showApiError(err),
});
$('path-clear').addEventListener('click', clearPath);

$('fit').addEventListener('click', () => graph.cy.fit(undefined, 40));
$('clear').addEventListener('click', () => {
  graph.cy.elements().remove();
  expanded.clear();
  clear(panel).append(el('p', { class: 'muted', text: 'Nothing selected.' }));
  clear(pathResult);
  $('path-clear').hidden = true;
  afterGraphChange();
  setStatus('');
});

// Tell the user at once when the API is not there, rather than at their first search.
function checkApi() {
  ping().then(hideApiError, (err) => showApiError(err, checkApi));
}
checkApi();
graph.rendered();

// For tests and the console: the Cytoscape instance.
window.explorer = { cy: graph.cy, select };
