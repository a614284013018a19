// The Cytoscape view: node style per label, edge label per predicate, merge-in of fetched neighbourhoods
// (new nodes laid out around the clicked one, drawn nodes stay put), path highlighting.
import { LABEL_STYLES, NEGATED_COLOR, RELATION_STYLES } from './style.js';

const LABEL_ORDER = LABEL_STYLES.map((s) => s.label);
const VERBS = Object.fromEntries(RELATION_STYLES.map((s) => [s.type, s.verb]));

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

export function edgeCaption(edge) {
  const verb = VERBS[edge.type] || String(edge.type || '').toLowerCase().replace(/_/g, ' ');
  return `${edge.negated ? 'not ' : ''}${verb}${edge.hedged ? ' (?)' : ''}`;
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

const LAYOUT_FORCES = {
  name: 'cose',
  animate: false,
  padding: 40,
  nodeDimensionsIncludeLabels: true,
  nodeRepulsion: () => 90000,
  idealEdgeLength: (edge) => (edge.data('type') === 'SAID' || edge.data('type') === 'ABOUT' ? 110 : 170),
  nodeOverlap: 20,
  gravity: 0.25,
  numIter: 1000,
};

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

  function capZoom() {
    // A handful of nodes would otherwise be blown up to the maximum zoom.
    if (cy.zoom() > 1.1) {
      cy.zoom(1.1);
      cy.center();
    }
  }

  /** First drawing: lay everything out and fit it. */
  function layout() {
    cy.layout({ ...LAYOUT_FORCES, randomize: cy.nodes().length > 12, fit: true }).run();
    capZoom();
  }

  /** Later drawings: only `added` nodes move (the others are locked), starting around their anchor. */
  function layoutNew(added) {
    const kept = cy.nodes().difference(added).filter((n) => !n.locked());
    kept.lock();
    try {
      cy.layout({ ...LAYOUT_FORCES, randomize: false, fit: false }).run();
    } finally {
      kept.unlock();
    }
    const view = cy.extent();
    const outside = added.some((n) => {
      const p = n.position();
      return p.x < view.x1 || p.x > view.x2 || p.y < view.y1 || p.y > view.y2;
    });
    if (outside) {
      cy.fit(cy.elements(':visible'), 40);
      capZoom();
    }
  }

  /** Adds the nodes and edges not yet drawn, new nodes starting next to `aroundId`; returns how many were new. */
  function merge({ nodes, edges }, aroundId) {
    const hadNodes = cy.nodes().length > 0;
    const anchor = aroundId ? cy.getElementById(aroundId) : null;
    const origin = anchor && anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
    const fresh = nodes.filter((n) => cy.getElementById(n.id).empty());
    const added = fresh.map((n, i) => {
      const angle = (2 * Math.PI * i) / Math.max(fresh.length, 1);
      return {
        group: 'nodes',
        data: { ...n, label: primaryLabel(n), caption: nodeCaption(n) },
        position: { x: origin.x + 140 * Math.cos(angle), y: origin.y + 140 * Math.sin(angle) },
      };
    });
    const addedNodes = cy.add(added);
    const addedEdges = [];
    for (const e of edges) {
      if (cy.getElementById(edgeKey(e)).nonempty()) continue;
      if (cy.getElementById(e.source).empty() || cy.getElementById(e.target).empty()) continue;
      // Prefixed: Cytoscape wants ids unique across nodes and edges.
      addedEdges.push({ group: 'edges', data: { ...e, id: edgeKey(e), relId: e.id, caption: edgeCaption(e) } });
    }
    cy.add(addedEdges);
    if (!hadNodes && addedNodes.length) layout();
    else if (addedNodes.length) layoutNew(addedNodes);
    return added.length + addedEdges.length;
  }

  /** Highlights a path (node ids, edges as given to merge) and dims the rest; fits the view to it. */
  function showPath(nodeIds, edges) {
    clearPath();
    const eles = cy.collection();
    for (const id of nodeIds) eles.merge(cy.getElementById(id));
    for (const e of edges) eles.merge(cy.getElementById(edgeKey(e)));
    cy.batch(() => {
      cy.elements().difference(eles).addClass('dimmed');
      eles.addClass('on-path');
    });
    cy.fit(eles, 80);
    capZoom();
    return eles;
  }

  function clearPath() {
    cy.elements().removeClass('dimmed on-path');
  }

  return { cy, merge, layout, showPath, clearPath, rendered };
}

export function edgeKey(e) {
  return `edge:${e.id || `${e.source}|${e.type}|${e.target}`}`;
}
