// The side panel: what the selected node is, its facts in the drawn graph, its claims (with corroboration,
// outlets and evidence, following the filters, page by page), an article's claims in reading order, and a
// clicked edge's evidence. Articles are named by title, outlet and date — never by a file path.
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

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const day = (d) => (d ? String(d).slice(0, 10) : null);

/** "Title (Outlet), 2023-01-30": what names an article on the page. */
export function articleCaption(article) {
  if (!article) return 'unknown article';
  const date = day(article.publishedAt || article.dateline);
  return `${article.title || 'Untitled article'}${article.source ? ` (${article.source})` : ''}${date ? `, ${date}` : ''}`;
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
  cy.getElementById(nodeId).connectedEdges(':visible').forEach((e) => {
    for (const d of e.data('members') || []) {
      if (!FACT_TYPES.has(d.type)) continue;
      const outgoing = d.source === nodeId;
      const other = cy.getElementById(outgoing ? d.target : d.source).data();
      const verb = `${d.negated ? 'not ' : ''}${VERB[d.type] || d.type}${d.hedged ? ' (hedged)' : ''}`;
      items.push(el('li', {}, outgoing ? [`${verb} → `, el('strong', { text: other.name || other.id })] : [el('strong', { text: other.name || other.id }), ` ${verb} → this`]));
    }
  });
  return items;
}

/** The line that says how corroborated a claim is: "3 articles · 2 outlets". */
export function corroboration(claim) {
  const articles = claim.articleCount ?? (claim.reports || []).length;
  const outlets = claim.outletCount ?? uniq(claim.outlets || []).length;
  return `${plural(articles, 'article')} · ${plural(outlets, 'outlet')}`;
}

/**
 * A claim card. `actions.outlet(o)` narrows the page to one outlet; `actions.article(id)` opens an article.
 */
export function claimCard(claim, { showSpeaker = false, actions = {} } = {}) {
  const reports = claim.reports || [];
  const outlets = uniq([].concat(claim.outlets || [], reports.map((r) => r.article && r.article.source)));
  const quote = claim.kind === 'direct' ? `“${claim.text}”` : claim.text;
  const when = claim.saidAt ? `said ${day(claim.saidAt)}` : claim.date ? `first reported ${day(claim.date)}` : 'undated';
  const meta = [showSpeaker && claim.speaker ? claim.speaker.name : null, claim.kind === 'direct' ? 'direct quote' : 'reported speech', when].filter(Boolean).join(' · ');
  const evidence = reports
    .filter((r) => r.sentence)
    .map((r) =>
      el('li', {}, [
        ...highlighted(r.sentence, r.text || claim.text),
        r.article
          ? el('button', { type: 'button', class: 'src link', 'data-article': r.article.id, onclick: () => actions.article && actions.article(r.article.id), text: `— ${articleCaption(r.article)}` })
          : null,
      ]),
    );
  return el('div', { class: `claim ${claim.kind === 'direct' ? 'direct' : ''}`, 'data-claim-id': claim.id }, [
    el('p', { class: 'text', text: quote }),
    el('div', { class: 'line', text: meta }),
    el('div', { class: 'line corroboration', text: corroboration(claim) }),
    outlets.length
      ? el('div', { class: 'line outlets' }, outlets.map((o) => el('button', { type: 'button', class: 'chip outlet', title: `Show only claims carried by ${o}`, onclick: () => actions.outlet && actions.outlet(o), text: o })))
      : null,
    evidence.length ? el('ul', { class: 'evidence' }, evidence) : null,
  ]);
}

/**
 * A list of claims under a heading, filtered by `shown`: "Claims it made (4 of 12 shown)", with a
 * "Show all N" button while not every claim is loaded. `section` = { key, title, claims, total, hidden }.
 */
export function claimSection(panel, section, { shown, showSpeaker = false, actions = {}, onShowAll = null }) {
  const box = el('section', { class: 'claims', 'data-section': section.key });
  panel.append(box);
  if (section.hidden) {
    box.append(el('h2', { text: section.title }), el('p', { class: 'muted small', text: section.hidden }));
    return;
  }
  const visible = section.claims.filter(shown);
  const filteredOut = section.claims.length - visible.length;
  box.append(el('h2', { text: `${section.title} (${visible.length}${filteredOut || section.total > section.claims.length ? ` of ${section.total}` : ''})` }));
  if (!visible.length) box.append(el('p', { class: 'muted small', text: section.claims.length ? 'None within the filters.' : 'None found.' }));
  for (const c of visible) box.append(claimCard(c, { showSpeaker, actions }));
  if (filteredOut) box.append(el('p', { class: 'muted small', text: `${plural(filteredOut, 'claim')} hidden by the date or outlet filter.` }));
  if (section.total > section.claims.length && onShowAll) {
    box.append(el('button', { type: 'button', class: 'small-button show-all', onclick: onShowAll, text: `Show all ${section.total}` }));
  }
}

/** The entity's header and drawn facts; the claim sections are appended by the caller. */
export function showEntityHeader(panel, cy, node, entity) {
  clear(panel);
  const name = (entity && entity.name) || node.name || node.id;
  const aliases = uniq((entity && entity.aliases) || node.aliases || []).filter((a) => a !== name);
  panel.append(el('h3', { text: name }), el('div', { class: 'meta' }, [badge(node.label), aliases.length ? ` also: ${aliases.join(', ')}` : '']));
  const facts = factsList(cy, node.id);
  if (facts.length) panel.append(el('h2', { text: 'Relations in view' }), el('ul', { class: 'facts' }, facts));
}

export function showClaim(panel, node, claim, actions = {}) {
  clear(panel);
  panel.append(el('h3', { text: 'Claim' }), el('div', { class: 'meta' }, [badge('Claim'), claim && claim.speaker ? ` by ${claim.speaker.name}` : '']));
  if (claim) panel.append(claimCard(claim, { actions }));
  else panel.append(el('p', { class: 'muted', text: node.name || node.id }));
  if (claim && claim.reportCount > (claim.reports || []).length) {
    panel.append(el('p', { class: 'muted small', text: `First ${claim.reports.length} of ${claim.reportCount} reports shown.` }));
  }
}

/** An article: title, outlet and date, then each claim it carries with the claim's words marked in the sentence. */
export function showArticle(panel, article, actions = {}) {
  clear(panel);
  if (!article) {
    panel.append(el('p', { class: 'muted', text: 'This article is no longer stored.' }));
    return;
  }
  const date = day(article.publishedAt || article.dateline);
  panel.append(
    el('h3', { class: 'article-title', text: article.title || 'Untitled article' }),
    el('div', { class: 'meta article-meta' }, [badge('Article'), ` ${[article.source, date].filter(Boolean).join(' · ') || 'outlet and date unknown'}`]),
    el('h2', { text: `Claims in this article (${article.total})` }),
  );
  if (!article.claims.length) panel.append(el('p', { class: 'muted small', text: 'No claim was found in it.' }));
  const items = article.claims.map((c) =>
    el('li', { 'data-claim-id': c.id }, [
      el('span', { class: 'who', text: c.speaker ? `${c.speaker.name}: ` : '' }),
      ...(c.sentence ? highlighted(c.sentence, c.wording) : [c.wording]),
      actions.claim ? el('button', { type: 'button', class: 'small-button', onclick: () => actions.claim(c.id), text: 'Show claim' }) : null,
    ]),
  );
  panel.append(el('ol', { class: 'evidence article-claims' }, items));
  if (article.total > article.claims.length) panel.append(el('p', { class: 'muted small', text: `First ${article.claims.length} of ${article.total} claims shown.` }));
}

export function showOther(panel, cy, node) {
  clear(panel);
  panel.append(el('h3', { text: node.label === 'Claim' ? 'Claim' : node.name || node.id }), el('div', { class: 'meta' }, [badge(node.label)]));
  if (node.label === 'Claim') panel.append(el('p', { class: 'text', text: node.text || node.name || node.caption }));
  const near = cy.getElementById(node.id).connectedEdges().map((e) => {
    const d = e.data();
    const other = cy.getElementById(d.source === node.id ? d.target : d.source).data();
    return el('li', {}, [`${d.caption}: `, el('strong', { text: other.name || other.caption || other.id })]);
  });
  if (near.length) panel.append(el('h2', { text: 'Connected in view' }), el('ul', { class: 'facts' }, near));
}

function evidenceList(member) {
  const evidence = member.evidence || [];
  if (!evidence.length) return [el('p', { class: 'muted small', text: 'No sentence stored for this fact.' })];
  const out = [el('ul', { class: 'evidence edge-evidence' }, evidence.map((x) => el('li', {}, [x.sentence || '(sentence not stored)', x.article ? el('span', { class: 'src', text: `— ${articleCaption(x.article)}` }) : null])))];
  if (member.evidenceCount > evidence.length) out.push(el('p', { class: 'muted small', text: `…and ${plural(member.evidenceCount - evidence.length, 'more sentence')}.` }));
  return out;
}

/**
 * A clicked edge: the first of its relations in full (who did what to whom, negated or hedged, the
 * sentences behind it), then the other relations drawn on the same line.
 */
export function showEdge(panel, cy, edge) {
  clear(panel);
  const name = (id) => {
    const d = cy.getElementById(id).data() || {};
    return d.name || d.caption || id;
  };
  const from = edge.from || edge.source;
  const to = edge.to || edge.target;
  const verb = VERB[edge.type] || String(edge.type).toLowerCase().replace(/_/g, ' ');
  const isClaimEdge = !FACT_TYPES.has(edge.type);
  panel.append(
    el('h3', { text: `${name(from)} ${edge.negated ? 'did not: ' : ''}${verb} ${name(to)}` }),
    el('div', { class: 'meta' }, [
      el('span', { class: 'chip predicate', text: edge.type }),
      el('span', { class: `chip ${edge.negated ? 'negated' : ''}`, 'data-flag': 'negated', text: edge.negated ? 'negated: the text says it did not happen' : 'not negated' }),
      el('span', { class: `chip ${edge.hedged ? 'hedged' : ''}`, 'data-flag': 'hedged', text: edge.hedged ? 'hedged: every sentence is tentative' : 'not hedged' }),
    ]),
    el('div', { class: 'line muted small', text: [edge.date ? `Earliest report ${edge.date}` : 'Undated', isClaimEdge ? null : plural(edge.evidenceCount, 'supporting sentence')].filter(Boolean).join(' · ') }),
  );
  if (isClaimEdge) panel.append(el('p', { class: 'muted small', text: 'Click the claim node for its wording, outlets and sentences.' }));
  else panel.append(el('h2', { text: 'Why this edge exists' }), ...evidenceList(edge));
  const others = (edge.members || []).filter((m) => m.id !== edge.relId);
  if (!others.length) return;
  panel.append(el('h2', { text: `Also between these two (${others.length})` }));
  for (const m of others) {
    const title = `${name(m.source)} ${m.negated ? 'did not: ' : ''}${VERB[m.type] || m.type} ${name(m.target)}${m.hedged ? ' (hedged)' : ''}`;
    panel.append(el('div', { class: 'member' }, [el('div', { class: 'line' }, [el('strong', { text: title }), m.date ? ` · ${m.date}` : '']), ...(FACT_TYPES.has(m.type) ? evidenceList(m) : [])]));
  }
}
