import { TITLE_MODIFIERS, WEAK_TITLES } from '../../lexicon/index.js';
import { titleAt } from '../../mentions.js';
import { mentionAt } from '../mention-index.js';
import { isCueAt } from './cue.js';
import { nameShape } from './name-shape.js';
import { typed, wordsOf, type Candidate, type CandidateContext, type CandidateRule } from './types.js';
import type { Mention } from '../../mentions.js';

/** "the special envoy for X affairs, Li Hui, said": a name set off by commas after a title phrase. */
function titleBefore(c: Candidate, ctx: CandidateContext): { title: string; affil?: Mention } | null {
  const { toks, text } = ctx;
  if (wordsOf(c).length < 2 || toks[c.t0 - 1]?.v !== ',' || toks[c.t1]?.v !== ',') return null;
  for (let ts = Math.max(0, c.t0 - 8); ts < c.t0 - 1; ts++) {
    if (!titleAt(toks, ts, c.t0 - 1)) continue;
    let punct = false;
    for (let q = ts; q < c.t0 - 1; q++) if (/^[.;:"“”,]$/.test(toks[q]!.v)) punct = true;
    if (punct) continue;
    // "China's special envoy for X affairs, NAME,": the possessor is the affiliation
    const ai = /^['’]s$/.test(toks[ts - 1]?.v ?? '')
      ? mentionAt(ctx.ix.byT1, ctx.mentions, ts - 1, (o) => (o.type === 'Country' || o.type === 'Organization') && o.kind !== 'desc') : -1;
    return { title: text.slice(toks[ts]!.s, toks[c.t0 - 2]!.e).toLowerCase(), ...(ai >= 0 ? { affil: ctx.mentions[ai]! } : {}) };
  }
  return null;
}

/**
 * A name set off by commas after a title phrase is that titled person: "Norway's special envoy for
 * Arctic affairs, Ola Berg, arrived" (title "special envoy for arctic affairs", affiliation Norway).
 */
export const personAfterTitlePhrase: CandidateRule = (c, ctx) => {
  if (nameShape(c, ctx) === 'drop') return undefined;
  const afterTitle = titleBefore(c, ctx);
  if (!afterTitle) return undefined;
  return typed(c, 'Person', c.text, 0.85, { title: afterTitle.title, ...(afterTitle.affil ? { affil: afterTitle.affil } : {}) });
};

/**
 * A person from the words around the name: before a reporting verb ("Dana Whitfield said"), before an
 * apposition ("Dana Whitfield, the sister of"), or after a weak title or modifier ("leader Kim Jong
 * Un", "former Tom Reyes").
 */
export const personFromContext: CandidateRule = (c, ctx) => {
  const { toks } = ctx;
  const n = wordsOf(c).length;
  const prev = toks[c.t0 - 1]?.l ?? '';
  const apposition = toks[c.t1]?.v === ',' && ['a', 'an', 'the'].includes(toks[c.t1 + 1]?.l ?? '');
  const weakTitle = WEAK_TITLES.has(prev) || TITLE_MODIFIERS.has(prev) || (prev !== '' && titleAt(toks, c.t0 - 1, c.t0) === 1);
  // speaking is weak evidence: a body can speak too ("Quantum Ridge said")
  if (isCueAt(toks, c.t1) && (n >= 2 || toks[c.t0 - 1]?.v !== '.')) return typed(c, 'Person', c.text, 0.5);
  if (n >= 2 && (apposition || weakTitle)) return typed(c, 'Person', c.text, 0.7);
  return undefined;
};
