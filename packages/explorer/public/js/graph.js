// The Cytoscape view: node style per label, one edge per connected pair (parallel relations merged, with a
// count), merge-in of fetched neighbourhoods (new nodes placed deterministically around the clicked one, clear
// of every label; drawn nodes stay put; the view centres on the focus), path highlighting.
import { memberKey, pairKey, summarise } from './edges.js';
import { direction, placeAround } from './placement.js';
import { LABEL_STYLES, NEGATED_COLOR, RELATION_STYLES } from './style.js';

const LABEL_ORDER = LABEL_STYLES.map((s) => s.label);

/** The label a node is drawn as: the first of LABEL_STYLES it carries. */
export function primaryLabel(node) {
  const labels = [].concat(node.labels || [], node.type || []);
  return LABEL_ORDER.find((l) => labels.includes(l)) || labels.find((l) => l !== 'Entity') || 'Entity';
}

function shorten(text, max) {
  const t = String(text || '').replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

export function nodeCaption(node) {
  const label = primaryLabel(node);
  const text = node.caption || node.name || node.title || node.text || node.id;
  return label === 'Claim' || label === 'Article' ? shorten(text, 42) : shorten(text, 36);
}

function stylesheet() {
  const base = [
    {
      selector: 'node',
      style: {
        label: 'data(caption)',
        'font-size': 12,
        color: '#1d2330',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': 130,
        'text-background-color': '#fbfcfd',
        'text-background-opacity': 0.85,
        'text-background-padding': 1,
        'border-width': 1,
        'border-color': 'rgba(0,0,0,0.3)',
        width: 36,
        height: 36,
      },
    },
    ...LABEL_STYLES.map((s) => ({
      selector: `node[label = "${s.label}"]`,
      style: { 'background-color': s.color, shape: s.shape, width: 36 * s.size, height: 36 * s.size },
    })),
    // Corroboration: a claim carried by more articles is drawn bigger (size set from articleCount).
    { selector: 'node[label = "Claim"][size]', style: { width: 'data(size)', height: 'data(size)' } },
    { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#1d2330' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#2e6bd1', 'overlay-opacity': 0 } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        label: 'data(caption)',
        'font-size': 10,
        color: '#4b5563',
        'text-rotation': 'autorotate',
        'text-background-color': '#fbfcfd',
        'text-background-opacity': 0.9,
        'text-background-padding': 1,
        'line-color': '#A5ABB6',
        'target-arrow-color': '#A5ABB6',
      },
    },
    ...RELATION_STYLES.map((s) => ({
      selector: `edge[type = "${s.type}"]`,
      style: { 'line-color': s.color, 'target-arrow-color': s.color, width: s.width * 0.8 },
    })),
    // Claim edges are many and their colour says enough; their labels show when a node is selected.
    { selector: 'edge[type = "SAID"], edge[type = "ABOUT"], edge[type = "REPORTED_IN"], edge[type = "MENTIONS"]', style: { 'text-opacity': 0 } },
    // Merged parallel edges: thicker with more members.
    { selector: 'edge[count > 1]', style: { width: 'mapData(count, 2, 6, 3, 7)' } },
    { selector: 'edge.lit', style: { 'text-opacity': 1, 'z-index': 10 } },
    { selector: 'edge[?negated]', style: { 'line-style': 'dashed', 'line-color': NEGATED_COLOR, 'target-arrow-color': NEGATED_COLOR } },
    { selector: 'edge[?hedged]', style: { 'line-style': 'dotted' } },
    { selector: 'edge:selected', style: { width: 5, 'underlay-color': '#2e6bd1', 'underlay-opacity': 0.25, 'underlay-padding': 4, 'text-opacity': 1 } },
    // A drawn path: its nodes and edges stand out, the rest steps back.
    { selector: '.dimmed', style: { opacity: 0.22 } },
    { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#7c3aed', opacity: 1 } },
    {
      selector: 'edge.on-path',
      style: { width: 6, 'line-color': '#7c3aed', 'target-arrow-color': '#7c3aed', 'text-opacity': 1, 'font-weight': 'bold', color: '#4c1d95', opacity: 1, 'z-index': 20 },
    },
    { selector: '.filtered', style: { display: 'none' } },
  ];
  return base;
}

/** Claim nodes grow with the number of articles carrying them (1 → 26px, 5 or more → 58px). */
export function claimSize(articleCount) {
  const n = Math.max(1, Math.min(5, Number(articleCount) || 1));
  return 26 + (n - 1) * 8;
}

/** Order in which new nodes take ring slots: entities nearest first, then claims, each by id. */
function placementOrder(a, b) {
  const rank = (n) => (n.data('label') === 'Claim' ? 2 : n.data('label') === 'Article' ? 3 : 1);
  return rank(a) - rank(b) || (a.data('distance') || 0) - (b.data('distance') || 0) || (a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0);
}

/** Node and label box of each node, relative to its position. */
function offsets(node) {
  const b = node.boundingBox({ includeLabels: true, includeNodes: true, includeOverlays: false });
  const p = node.position();
  return { x1: b.x1 - p.x, y1: b.y1 - p.y, x2: b.x2 - p.x, y2: b.y2 - p.y };
}

const centroid = (nodes) => ({
  x: nodes.map((n) => n.position().x).reduce((a, b) => a + b, 0) / nodes.length,
  y: nodes.map((n) => n.position().y).reduce((a, b) => a + b, 0) / nodes.length,
});

/**
 * Puts `added` nodes on rings around `anchor`, clear of every other node and label (nodes in `pending`, not
 * placed yet, are no obstacle). The first ring slot tried points away from the rest of the graph.
 */
function place(cy, added, anchor, pending = cy.collection()) {
  const others = cy.nodes().difference(added).difference(pending);
  const placed = others.map((n) => {
    const off = offsets(n);
    const p = n.position();
    return { x1: p.x + off.x1, y1: p.y + off.y1, x2: p.x + off.x2, y2: p.y + off.y2 };
  });
  const centre = others.length ? centroid(others) : anchor;
  const items = added.sort(placementOrder).map((n) => ({ id: n.id(), off: offsets(n) }));
  const positions = placeAround(anchor, items, placed, { start: direction(centre, anchor) });
  cy.batch(() => {
    for (const [id, p] of Object.entries(positions)) cy.getElementById(id).position(p);
  });
}

/** Shows everything with `focus` at the centre of the view, zoomed out as far as needed (at most 1.1). */
function centreOn(cy, focus) {
  const shown = cy.elements(':visible');
  if (!focus || focus.empty() || shown.empty()) return;
  const p = focus.position();
  const bb = shown.boundingBox({ includeLabels: true });
  const halfW = Math.max(p.x - bb.x1, bb.x2 - p.x, 1) + 30;
  const halfH = Math.max(p.y - bb.y1, bb.y2 - p.y, 1) + 30;
  const zoom = Math.max(cy.minZoom(), Math.min(1.1, cy.width() / (2 * halfW), cy.height() / (2 * halfH)));
  cy.zoom(zoom);
  cy.center(focus);
}

/** Adds the relation `e` to the drawn edge of its pair (created if needed); false if already drawn. */
function addMember(cy, e) {
  if (cy.getElementById(e.source).empty() || cy.getElementById(e.target).empty()) return false;
  const id = pairKey(e.source, e.target);
  const edge = cy.getElementById(id);
  const key = memberKey(e);
  if (edge.empty()) {
    const members = [{ ...e }];
    cy.add({ group: 'edges', data: { id, source: e.source, target: e.target, members, ...summarise(members) } });
    return true;
  }
  const members = edge.data('members');
  if (members.some((m) => memberKey(m) === key)) return false;
  const next = [...members, { ...e }];
  edge.data({ members: next, ...summarise(next) });
  return true;
}

export function createGraph(container, { onNodeClick, onEdgeClick }) {
  const cy = window.cytoscape({
    container,
    style: stylesheet(),
    minZoom: 0.2,
    maxZoom: 3,
    boxSelectionEnabled: false,
  });
  cy.on('tap', 'node', (evt) => onNodeClick(evt.target.data()));
  cy.on('tap', 'edge', (evt) => onEdgeClick(evt.target.data()));
  cy.on('select', 'node', (evt) => evt.target.connectedEdges().addClass('lit'));
  cy.on('unselect', 'node', (evt) => evt.target.connectedEdges().removeClass('lit'));

  let renders = 0;
  /** Marks the end of an update on the container (`data-render`), a signal tests can wait for. */
  function rendered() {
    // Cytoscape applies class changes lazily (at the next frame) and caches `visible()` until then;
    // reading a style property applies it now, so state read after this signal is current.
    cy.elements().forEach((e) => {
      e.pstyle('display');
    });
    renders += 1;
    container.dataset.render = String(renders);
    container.dataset.nodes = String(cy.nodes().length);
    container.dataset.edges = String(cy.edges().length);
  }

  /**
   * Adds the nodes and edges not yet drawn. New nodes are placed around `aroundId` (drawn nodes stay put)
   * and the view centres on it; returns how many elements were new.
   */
  function merge({ nodes, edges }, aroundId) {
    const existing = cy.nodes();
    const anchor = aroundId ? cy.getElementById(aroundId) : cy.collection();
    const origin = anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
    const fresh = nodes.filter((n) => cy.getElementById(n.id).empty());
    const addedNodes = cy.add(
      fresh.map((n) => ({
        group: 'nodes',
        data: { ...n, label: primaryLabel(n), caption: nodeCaption(n), size: claimSize(n.articleCount) },
        position: { ...origin },
      })),
    );
    // The focus is the anchor, or else the first new node: at the origin of an empty graph, else placed
    // beside what is drawn; the other new nodes go around it.
    const focus = cy.getElementById(aroundId || (fresh[0] && fresh[0].id) || '');
    if (anchor.empty() && focus.nonempty() && existing.nonempty()) place(cy, focus, centroid(existing), addedNodes);
    const toPlace = addedNodes.difference(anchor.nonempty() ? cy.collection() : focus);
    if (toPlace.nonempty()) place(cy, toPlace, focus.nonempty() ? focus.position() : origin);
    let addedEdges = 0;
    for (const e of edges) if (addMember(cy, e)) addedEdges += 1;
    if (addedNodes.nonempty()) centreOn(cy, focus);
    return addedNodes.length + addedEdges;
  }

  /** Highlights a path (node ids, edges as given to merge) and dims the rest; fits the view to it. */
  function showPath(nodeIds, edges) {
    clearPath();
    const eles = cy.collection();
    for (const id of nodeIds) eles.merge(cy.getElementById(id));
    for (const e of edges) eles.merge(cy.getElementById(pairKey(e.source, e.target)));
    cy.batch(() => {
      cy.elements().difference(eles).addClass('dimmed');
      eles.addClass('on-path');
    });
    cy.fit(eles, 80);
    if (cy.zoom() > 1.1) {
      cy.zoom(1.1);
      cy.center(eles);
    }
    return eles;
  }

  function clearPath() {
    cy.elements().removeClass('dimmed on-path');
  }

  return { cy, merge, showPath, clearPath, rendered };
}
