// The side panel: what the selected node is, its facts in the drawn graph, and its claims with outlets and
// evidence sentences.
import { el, clear, highlighted } from './dom.js';
import { LABEL_STYLES, RELATION_STYLES } from './style.js';

const COLOR = Object.fromEntries(LABEL_STYLES.map((s) => [s.label, s.color]));
const VERB = Object.fromEntries(RELATION_STYLES.map((s) => [s.type, s.verb]));
const FACT_TYPES = new Set(RELATION_STYLES.filter((s) => !['SAID', 'ABOUT', 'REPORTED_IN', 'MENTIONS'].includes(s.type)).map((s) => s.type));

function badge(label) {
  return el('span', { class: 'badge', style: { background: COLOR[label] || '#e8ecf2' }, text: label });
}

function uniq(values) {
  return [...new Set(values.filter(Boolean))];
}

export function showLoading(panel, node) {
  clear(panel).append(el('h3', { text: node.name || node.caption || node.id }), badge(node.label), el('p', { class: 'muted', text: 'Loading…' }));
}

export function showError(panel, message) {
  panel.append(el('p', { class: 'status error', text: message }));
}

/** Relation facts of `nodeId` among the drawn edges: "urged → United States". */
function factsList(cy, nodeId) {
  const items = [];
  cy.getElementById(nodeId).connectedEdges().forEach((e) => {
    const d = e.data();
    if (!FACT_TYPES.has(d.type)) return;
    const outgoing = d.source === nodeId;
    const other = cy.getElementById(outgoing ? d.target : d.source).data();
    const verb = `${d.negated ? 'not ' : ''}${VERB[d.type] || d.type}${d.hedged ? ' (hedged)' : ''}`;
    items.push(el('li', {}, outgoing ? [`${verb} → `, el('strong', { text: other.name || other.id })] : [el('strong', { text: other.name || other.id }), ` ${verb} → this`]));
  });
  return items;
}

function claimCard(claim, { showSpeaker = false } = {}) {
  const reports = claim.reports || [];
  const outlets = uniq([].concat(claim.outlets || [], reports.map((r) => r.article && r.article.source)));
  const quote = claim.kind === 'direct' ? `“${claim.text}”` : claim.text;
  const meta = [
    showSpeaker && claim.speaker ? claim.speaker.name : null,
    claim.kind === 'direct' ? 'direct quote' : 'reported speech',
    claim.date,
  ].filter(Boolean).join(' · ');
  const evidence = reports
    .filter((r) => r.sentence)
    .map((r) =>
      el('li', {}, [
        ...highlighted(r.sentence, r.text || claim.text),
        r.article ? el('span', { class: 'src', text: `— ${r.article.title || 'untitled'}${r.article.source ? ` (${r.article.source})` : ''}${r.article.publishedAt ? `, ${r.article.publishedAt}` : ''}` }) : null,
      ]),
    );
  return el('div', { class: `claim ${claim.kind === 'direct' ? 'direct' : ''}`, 'data-claim-id': claim.id }, [
    el('p', { class: 'text', text: quote }),
    el('div', { class: 'line', text: meta }),
    outlets.length
      ? el('div', { class: 'line outlets' }, [`Reported by ${outlets.length === 1 ? '' : `${outlets.length} outlets: `}`, ...outlets.map((o) => el('span', { class: 'chip outlet', text: o }))])
      : null,
    evidence.length ? el('ul', { class: 'evidence' }, evidence) : null,
  ]);
}

function claimSection(panel, title, claims, opts) {
  panel.append(el('h2', { text: `${title} (${claims.length})` }));
  if (!claims.length) panel.append(el('p', { class: 'muted small', text: 'None found.' }));
  for (const c of claims) panel.append(claimCard(c, opts));
}

export function showEntity(panel, cy, node, entity) {
  clear(panel);
  const aliases = uniq((entity && entity.aliases) || node.aliases || []).filter((a) => a !== ((entity && entity.name) || node.name));
  panel.append(
    el('h3', { text: (entity && entity.name) || node.name || node.id }),
    el('div', { class: 'meta' }, [badge(node.label), aliases.length ? ` also: ${aliases.join(', ')}` : '']),
  );
  const facts = factsList(cy, node.id);
  if (facts.length) panel.append(el('h2', { text: 'Relations in view' }), el('ul', { class: 'facts' }, facts));
  claimSection(panel, 'Claims it made', (entity && entity.claims) || []);
  claimSection(panel, 'Claims about it', (entity && entity.claimsAbout) || [], { showSpeaker: true });
}

export function showClaim(panel, node, claim) {
  clear(panel);
  panel.append(el('h3', { text: 'Claim' }), el('div', { class: 'meta' }, [badge('Claim'), claim && claim.speaker ? ` by ${claim.speaker.name}` : '']));
  if (claim) panel.append(claimCard(claim));
  else panel.append(el('p', { class: 'muted', text: node.name || node.id }));
}

export function showOther(panel, cy, node) {
  clear(panel);
  panel.append(el('h3', { text: node.label === 'Claim' ? 'Claim' : node.name || node.id }), el('div', { class: 'meta' }, [badge(node.label)]));
  if (node.label === 'Claim') panel.append(el('p', { class: 'text', text: node.text || node.name || node.caption }));
  const near = cy.getElementById(node.id).connectedEdges().map((e) => {
    const d = e.data();
    const other = cy.getElementById(d.source === node.id ? d.target : d.source).data();
    return el('li', {}, [`${VERB[d.type] || d.type}: `, el('strong', { text: other.name || other.caption || other.id })]);
  });
  if (near.length) panel.append(el('h2', { text: 'Connected in view' }), el('ul', { class: 'facts' }, near));
}

function articleLine(article) {
  if (!article) return null;
  const date = article.publishedAt || article.dateline;
  return el('span', { class: 'src', text: `— ${article.title || article.name || 'untitled'}${article.source ? ` (${article.source})` : ''}${date ? `, ${String(date).slice(0, 10)}` : ''}` });
}

/** A clicked edge: who did what to whom, whether the text negates or hedges it, and the sentences behind it. */
export function showEdge(panel, cy, edge) {
  clear(panel);
  const name = (id) => {
    const d = cy.getElementById(id).data() || {};
    return d.name || d.caption || id;
  };
  const verb = VERB[edge.type] || String(edge.type).toLowerCase().replace(/_/g, ' ');
  const isClaimEdge = !FACT_TYPES.has(edge.type);
  panel.append(
    el('h3', { text: `${name(edge.source)} ${edge.negated ? 'did not: ' : ''}${verb} ${name(edge.target)}` }),
    el('div', { class: 'meta' }, [
      el('span', { class: 'chip predicate', text: edge.type }),
      el('span', { class: `chip ${edge.negated ? 'negated' : ''}`, 'data-flag': 'negated', text: edge.negated ? 'negated: the text says it did not happen' : 'not negated' }),
      el('span', { class: `chip ${edge.hedged ? 'hedged' : ''}`, 'data-flag': 'hedged', text: edge.hedged ? 'hedged: every sentence is tentative' : 'not hedged' }),
    ]),
    el('div', { class: 'line muted small', text: [edge.date ? `Earliest report ${edge.date}` : 'Undated', isClaimEdge ? null : `${edge.evidenceCount} supporting sentence${edge.evidenceCount === 1 ? '' : 's'}`].filter(Boolean).join(' · ') }),
  );
  if (isClaimEdge) {
    panel.append(el('p', { class: 'muted small', text: 'Click the claim node for its wording, outlets and sentences.' }));
    return;
  }
  const evidence = edge.evidence || [];
  panel.append(el('h2', { text: 'Why this edge exists' }));
  if (!evidence.length) {
    panel.append(el('p', { class: 'muted small', text: 'No sentence stored for this fact.' }));
    return;
  }
  panel.append(el('ul', { class: 'evidence edge-evidence' }, evidence.map((x) => el('li', {}, [x.sentence || '(sentence not stored)', articleLine(x.article)]))));
  if (edge.evidenceCount > evidence.length) {
    panel.append(el('p', { class: 'muted small', text: `…and ${edge.evidenceCount - evidence.length} more sentence${edge.evidenceCount - evidence.length === 1 ? '' : 's'}.` }));
  }
}
