// Parallel edges: every relation between the same two nodes (either direction) is drawn as one edge that
// lists its members and shows a count, so a pair with five facts is one readable line, not a fan.
import { RELATION_STYLES } from './style.js';

const ORDER = RELATION_STYLES.map((s) => s.type);
const VERBS = Object.fromEntries(RELATION_STYLES.map((s) => [s.type, s.verb]));

/** The drawn edge's id for a pair of node ids, whatever the direction. */
export function pairKey(a, b) {
  return a < b ? `edge:${a}|${b}` : `edge:${b}|${a}`;
}

/** A relation's identity within a pair: the same fact fetched twice is one member. */
export function memberKey(e) {
  return `${e.source}|${e.type}|${e.target}|${e.negated ? 'not' : ''}`;
}

export function verbOf(e) {
  const verb = VERBS[e.type] || String(e.type || '').toLowerCase().replace(/_/g, ' ');
  return `${e.negated ? 'not ' : ''}${verb}${e.hedged ? ' (?)' : ''}`;
}

/** Members in a fixed order: facts before claim edges (style order), then by direction and id. */
export function sortMembers(members) {
  const rank = (m) => (ORDER.includes(m.type) ? ORDER.indexOf(m.type) : ORDER.length);
  return members.slice().sort((a, b) => {
    const facts = Number(['SAID', 'ABOUT', 'REPORTED_IN', 'MENTIONS'].includes(a.type)) - Number(['SAID', 'ABOUT', 'REPORTED_IN', 'MENTIONS'].includes(b.type));
    return facts || rank(a) - rank(b) || memberKey(a).localeCompare(memberKey(b));
  });
}

/**
 * What the drawn edge shows for its (visible) members: the first member's type, direction, flags and
 * evidence, a caption naming up to two verbs, and the count when there is more than one.
 */
export function summarise(members) {
  const sorted = sortMembers(members);
  const first = sorted[0];
  const verbs = [...new Set(sorted.map(verbOf))];
  const named = verbs.slice(0, 2).join(' · ') + (verbs.length > 2 ? ' …' : '');
  const dates = sorted.map((m) => m.date).filter(Boolean).sort();
  return {
    type: first.type,
    // Direction of the first member (the drawn edge's own ends are fixed when it is created).
    from: first.source,
    to: first.target,
    relId: first.id,
    negated: Boolean(first.negated),
    hedged: Boolean(first.hedged),
    evidenceCount: first.evidenceCount || 0,
    evidence: first.evidence || [],
    date: dates[0] || null,
    count: sorted.length,
    caption: sorted.length > 1 ? `${named} ×${sorted.length}` : named,
  };
}
