// The Cytoscape view: node style per label, edge label per predicate, merge-in of fetched neighbourhoods.
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
    { selector: '.filtered', style: { display: 'none' } },
  ];
  return base;
}

export function createGraph(container, { onNodeClick }) {
  const cy = window.cytoscape({
    container,
    style: stylesheet(),
    minZoom: 0.2,
    maxZoom: 3,
    boxSelectionEnabled: false,
  });
  cy.on('tap', 'node', (evt) => onNodeClick(evt.target.data()));
  cy.on('select', 'node', (evt) => evt.target.connectedEdges().addClass('lit'));
  cy.on('unselect', 'node', (evt) => evt.target.connectedEdges().removeClass('lit'));

  function layout() {
    cy.layout({
      name: 'cose',
      animate: false,
      randomize: cy.nodes().length > 12, // hubs stay tangled if the old positions are kept
      fit: true,
      padding: 40,
      nodeDimensionsIncludeLabels: true,
      nodeRepulsion: () => 90000,
      idealEdgeLength: (edge) => (edge.data('type') === 'SAID' || edge.data('type') === 'ABOUT' ? 110 : 170),
      nodeOverlap: 20,
      gravity: 0.25,
      numIter: 1000,
    }).run();
    // A handful of nodes would otherwise be blown up to the maximum zoom.
    if (cy.zoom() > 1.1) {
      cy.zoom(1.1);
      cy.center();
    }
  }

  /** Adds the nodes and edges not yet drawn, new nodes starting next to `aroundId`; returns how many were new. */
  function merge({ nodes, edges }, aroundId) {
    const anchor = aroundId ? cy.getElementById(aroundId) : null;
    const origin = anchor && anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
    const added = [];
    nodes.forEach((n, i) => {
      if (cy.getElementById(n.id).nonempty()) return;
      const angle = (2 * Math.PI * i) / Math.max(nodes.length, 1);
      added.push({
        group: 'nodes',
        data: { ...n, label: primaryLabel(n), caption: nodeCaption(n) },
        position: { x: origin.x + 120 * Math.cos(angle), y: origin.y + 120 * Math.sin(angle) },
      });
    });
    cy.add(added);
    const addedEdges = [];
    for (const e of edges) {
      if (cy.getElementById(edgeKey(e)).nonempty()) continue;
      if (cy.getElementById(e.source).empty() || cy.getElementById(e.target).empty()) continue;
      // Prefixed: Cytoscape wants ids unique across nodes and edges.
      addedEdges.push({ group: 'edges', data: { ...e, id: edgeKey(e), relId: e.id, caption: edgeCaption(e) } });
    }
    cy.add(addedEdges);
    if (added.length || addedEdges.length) layout();
    return added.length + addedEdges.length;
  }

  return { cy, merge, layout };
}

function edgeKey(e) {
  return `edge:${e.id || `${e.source}|${e.type}|${e.target}`}`;
}
