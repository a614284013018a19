// Wires the page: entity search or claim search → graph → click a node to expand it (claims in the side
// panel, following the filters) or an edge to read its evidence; an article opens with its claims marked;
// "Path to…" draws the shortest path between two entities.
import { allClaims, articleView, claimById, claimNodes, entityClaimPage, neighborhood, ping, searchClaims, searchEntities, shortestPath, speakerClaimPage } from './api.js';
import { el, clear } from './dom.js';
import { createFilters } from './filters.js';
import { createGraph } from './graph.js';
import { renderLegend } from './legend.js';
import { claimSection, showArticle, showClaim, showEdge, showEntityHeader, showError, showLoading, showOther } from './panel.js';
import { createSearchBox } from './search-box.js';
import { RELATION_STYLES } from './style.js';
import { createTimeline } from './timeline.js';

const ENTITY_LABELS = new Set(['Person', 'Organization', 'Country', 'Place']);
const CLAIM_EDGES = new Set(['SAID', 'ABOUT', 'REPORTED_IN', 'MENTIONS']);
const FACT_TYPES = RELATION_STYLES.map((s) => s.type).filter((t) => !CLAIM_EDGES.has(t));
const VERB = Object.fromEntries(RELATION_STYLES.map((s) => [s.type, s.verb]));
const PATH_MAX_HOPS = 4;
const FIRST_PAGE = 10;
const $ = (id) => document.getElementById(id);

const input = $('search');
const panel = $('panel');
const status = $('status');
const expanded = new Set();

const graph = createGraph($('graph'), {
  onNodeClick: (node) => select(node.id, true),
  onEdgeClick: (edge) => selectEdge(edge.id),
});
const timeline = createTimeline({ box: $('timeline'), fromInput: $('date-from'), toInput: $('date-to'), onChange: () => filters.apply() });
const filters = createFilters({
  typeBox: $('type-filters'),
  outletBox: $('outlet-filters'),
  fromInput: $('date-from'),
  toInput: $('date-to'),
  cy: graph.cy,
  onApplied: () => {
    timeline.paint();
    renderPanel();
    graph.rendered();
  },
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
  const claims = graph.cy.nodes('[label = "Claim"]').map((n) => n.data('when') || n.data('date'));
  timeline.refresh(claims.filter(Boolean), claims.filter((d) => !d).length);
  filters.refresh();
}

/** Claim nodes' details (counts, outlets, dates), so they are drawn at their final size from the start. */
async function withClaimDetails(nodes) {
  const ids = nodes.filter((n) => (n.labels || []).includes('Claim') || n.type === 'Claim').map((n) => n.id).filter((id) => graph.cy.getElementById(id).empty());
  const details = Object.fromEntries((await claimNodes(ids)).map((c) => [c.id, c]));
  return nodes.map((n) => (details[n.id] ? { ...n, ...claimData(details[n.id]) } : n));
}

const claimData = (c) => ({ articleCount: c.articleCount, outletCount: c.outletCount, outlets: c.outlets, date: c.date, saidAt: c.saidAt || null, when: c.when });

async function expand(id) {
  if (expanded.has(id)) return;
  setStatus('Loading neighbourhood…');
  const hood = await neighborhood(id);
  const nodes = await withClaimDetails(hood.nodes);
  hideApiError();
  expanded.add(id);
  graph.merge({ nodes, edges: hood.edges }, id);
  graph.cy.getElementById(id).addClass('expanded');
  const lonely = hood.nodes.length <= 1 && hood.edges.length === 0;
  const name = graph.cy.getElementById(id).data('name') || id;
  afterGraphChange(lonely && graph.cy.nodes().length === 1 ? `${name} has no relations or claims in the graph yet.` : null);
  setStatus(`${graph.cy.nodes().length} nodes, ${graph.cy.edges().length} edges${hood.truncated ? ' (largest neighbourhood trimmed)' : ''}`);
}

// What the panel shows, kept so that it can be redrawn when the filters change (without refetching).
let view = null;
const actions = {
  outlet: (o) => filters.onlyOutlet(o),
  article: (id) => openArticle(id),
  claim: (id) => openClaim(id),
};

function renderPanel() {
  if (!view || view.kind !== 'entity') return;
  showEntityHeader(panel, graph.cy, view.node, view.entity);
  const shown = (c) => filters.claimShown(c);
  for (const section of view.sections) {
    const hiddenBy = section.type && !filters.typeShown(section.type) ? `Hidden: “${VERB[section.type] || section.type}” is unticked under Relations.` : null;
    claimSection(panel, { ...section, hidden: hiddenBy }, {
      shown,
      showSpeaker: section.showSpeaker,
      actions,
      onShowAll: () => showAll(section.key),
    });
  }
}

/**
 * How a section's pages are fetched. An organisation or a country speaks through its spokespeople too, so
 * "what it said" includes theirs (the API's includeSpokespeople).
 */
function pager(id, key, label) {
  if (key === 'about') return (first, after) => entityClaimPage(id, { about: true, first, after });
  const spokespeople = label === 'Organization' || label === 'Country';
  return (first, after) => speakerClaimPage(id, { spokespeople, first, after });
}

/** The panel's data for an entity: what it (and its spokespeople) said, and what was said about it. */
async function loadEntity(id, label) {
  const spokespeople = label === 'Organization' || label === 'Country';
  const [made, about] = await Promise.all([pager(id, 'made', label)(FIRST_PAGE, null), pager(id, 'about', label)(FIRST_PAGE, null)]);
  const sections = [
    { key: 'made', title: spokespeople ? 'Said by it or its spokespeople' : 'Claims it made', type: 'SAID', showSpeaker: spokespeople, claims: made.claims, total: made.total },
    { key: 'about', title: 'Claims about it', type: 'ABOUT', showSpeaker: true, claims: about ? about.claims : [], total: about ? about.total : 0 },
  ];
  return { entity: about ? about.entity : null, sections };
}

/** "Show all N": every claim of the section, page after page. */
async function showAll(key) {
  const current = view;
  const section = current && current.sections.find((s) => s.key === key);
  if (!section) return;
  try {
    setStatus('Loading every claim…');
    const all = await allClaims(pager(current.node.id, key, current.node.label));
    if (view !== current) return;
    section.claims = all ? all.claims : [];
    section.total = Math.max(section.total, section.claims.length);
    setStatus('');
    renderPanel();
  } catch (err) {
    showApiError(err, () => showAll(key));
  } finally {
    graph.rendered();
  }
}

async function openArticle(id) {
  const seq = ++selectSeq;
  view = { kind: 'article', id };
  try {
    const article = await articleView(id);
    if (seq === selectSeq) showArticle(panel, article, actions);
  } catch (err) {
    showApiError(err, () => openArticle(id));
  } finally {
    if (seq === selectSeq) graph.rendered();
  }
}

let selectSeq = 0;
/** Selects a drawn node: expands an entity (once) and fills the side panel. */
async function select(id, expandIt) {
  const seq = ++selectSeq;
  try {
    const label = graph.cy.getElementById(id).data('label');
    const isEntity = ENTITY_LABELS.has(label);
    // The panel's claims load while the neighbourhood does.
    const loading = isEntity ? loadEntity(id, label) : null;
    if (loading) loading.catch(() => {}); // awaited below; this only keeps an early failure from going unhandled
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
    view = null;
    showLoading(panel, node);
    if (node.label === 'Claim') {
      const claim = await claimById(id);
      if (seq === selectSeq) showClaim(panel, node, claim, actions);
      return;
    }
    if (!isEntity) return showOther(panel, graph.cy, node);
    const loaded = await loading;
    if (seq !== selectSeq) return;
    view = { kind: 'entity', node, ...loaded };
    renderPanel();
  } catch (err) {
    showApiError(err, () => select(id, false));
    if (seq === selectSeq) showError(panel, err.message);
  } finally {
    if (seq === selectSeq) graph.rendered();
  }
}

/** Selects a drawn edge and shows its relations, flags and evidence (already loaded with the graph). */
function selectEdge(edgeId) {
  ++selectSeq;
  view = null;
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

const graphNode = (x, type) => ({ id: x.id, type, labels: x.labels || [type], caption: x.name || x.caption || x.id, name: x.name });

/** A claim found by its words: drawn with its speaker and subjects, then selected. */
async function openClaim(id) {
  try {
    if (graph.cy.getElementById(id).empty()) {
      const [c] = await claimNodes([id]);
      if (!c) return;
      const nodes = [{ id: c.id, type: 'Claim', labels: ['Claim'], caption: c.caption || c.id, ...claimData(c) }];
      const edges = [];
      if (c.speaker) {
        nodes.push(graphNode(c.speaker, c.speaker.type));
        edges.push({ id: `${c.speaker.id}|SAID|${c.id}`, source: c.speaker.id, target: c.id, type: 'SAID', negated: false, hedged: false, evidenceCount: 0, date: c.date, evidence: [] });
      }
      for (const s of c.about) {
        nodes.push(graphNode(s, s.type || 'Topic'));
        edges.push({ id: `${c.id}|ABOUT|${s.id}`, source: c.id, target: s.id, type: 'ABOUT', negated: false, hedged: false, evidenceCount: 0, date: c.date, evidence: [] });
      }
      const drawn = nodes.find((n) => n.id !== c.id && graph.cy.getElementById(n.id).nonempty());
      graph.merge({ nodes, edges }, drawn ? drawn.id : c.id);
      afterGraphChange();
    }
    await select(id, false);
  } catch (err) {
    showApiError(err, () => openClaim(id));
  }
}

const claimSearch = $('claim-search');
createSearchBox({
  input: claimSearch,
  results: $('claim-results'),
  search: async (text) => (await searchClaims(text, 10)).claims,
  onPick: (c) => openClaim(c.id),
  onError: (err) => showApiError(err),
  itemClass: 'claim-hit',
  noneText: (t) => `No claim says “${t}”`,
  label: (c) => c.caption || c.text,
  renderItem: (c) => [
    el('span', { class: 'name', text: c.kind === 'direct' ? `“${c.caption || c.text}”` : c.caption || c.text }),
    el('span', { class: 'who', text: [c.speaker ? c.speaker.name : null, `${c.articleCount} article${c.articleCount === 1 ? '' : 's'} · ${c.outletCount} outlet${c.outletCount === 1 ? '' : 's'}`, c.when].filter(Boolean).join(' · ') }),
  ],
});

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
  view = null;
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
window.explorer = { cy: graph.cy, select, openClaim };
