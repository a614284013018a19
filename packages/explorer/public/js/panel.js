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
