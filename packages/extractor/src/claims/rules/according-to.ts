import { TITLE_MODIFIERS } from '../../lexicon/index.js';
import { DOC_NOUNS, ISSUED, SOURCE_WORDS } from '../../lexicon/attribution.js';
import { TITLE_WORDS } from '../../lexicon/function-words.js';
import { administrationCountry } from '../source.js';
import type { CueSite, RuleResult } from '../site.js';
import type { Attribution, ClaimContext, Learnt, SpeakerRef, Unit } from '../types.js';

const WORD = 'according to';
const RULE = 'according-to';

/**
 * "According to X, ..." and "..., according to X": the source is a name, a document issued by a body
 * ("according to a statement from the ministry"), or an unnamed official ("according to a senior
 * administration official").
 */
export const accordingTo = (site: CueSite): RuleResult => {
  const { ctx, k, u } = site;
  const { toks } = ctx;
  if (toks[k]!.l !== 'according' || toks[k + 1]?.l !== 'to') return undefined;
  const src = documentSource(ctx, k, u) ?? namedSource(ctx, k, u) ?? officialSource(ctx, k, u);
  if (!src) return 'block';
  let e = src.end;
  if (toks[e]?.v === ',' && !src.bare) e++;
  const b = k > u.t0 && toks[k - 1]?.v === ',' ? k - 1 : k;
  // at the end of the sentence (or before a relative clause about the source) the content is what came before
  const relative = ['who', 'which'].includes(toks[e]?.l ?? '') && !src.bare;
  const base: Attribution = { rule: RULE, k, kEnd: e, word: WORD, mode: 'according', b, c: e, source: src.ref, ...(src.learnt ? { learnt: src.learnt } : {}) };
  if (e >= u.t1 - 1 || relative) return { ...base, mode: 'backward', c: undefined };
  if (src.bare && toks[e]?.v === ',') base.c = e + 1;
  return base;
};

interface AccordingSource { ref: SpeakerRef; end: number; learnt?: Learnt; bare?: boolean }

/** "according to a statement (issued) by/from X", "according to the statement" (the body speaking). */
function documentSource(ctx: ClaimContext, k: number, u: Unit): AccordingSource | null {
  const { toks } = ctx;
  if (ctx.mentionStarting.has(k + 2)) return null;
  const docAt = ['a', 'the', 'an'].includes(toks[k + 2]?.l ?? '') ? k + 3 : k + 2;
  if (!DOC_NOUNS.has(toks[docAt]?.l ?? '')) return null;
  let q = docAt + 1;
  if (ISSUED.has(toks[q]?.l ?? '')) q++;
  if (!['from', 'by', 'of'].includes(toks[q]?.l ?? '')) return q <= u.t1 ? { ref: { kind: 'issuer', fallback: -1 }, end: q, bare: true } : null;
  q++;
  if (toks[q]?.l === 'the') q++;
  const sm = ctx.mentionStarting.get(q);
  return sm === undefined ? null : { ref: { kind: 'mention', mention: sm }, end: ctx.r.mentions[sm]!.t1 };
}

/** "according to X" with X a mention. */
function namedSource(ctx: ClaimContext, k: number, _u: Unit): AccordingSource | null {
  const sm = ctx.mentionStarting.get(k + 2);
  return sm === undefined ? null : { ref: { kind: 'mention', mention: sm }, end: ctx.r.mentions[sm]!.t1 };
}

/** "according to a senior State Department official", "according to a senior administration official". */
function officialSource(ctx: ClaimContext, k: number, u: Unit): AccordingSource | null {
  const { toks, r } = ctx;
  let q = k + 2, admin = false;
  while (q < Math.min(u.t1, k + 8) && !ctx.mentionStarting.has(q) && (SOURCE_WORDS.has(toks[q]!.l) || toks[q]!.l === 'the' || TITLE_MODIFIERS.has(toks[q]!.l))
    && !/^(?:officials?|sources?)$/.test(toks[q]!.l)) {
    if (toks[q]!.l === 'administration') admin = true;
    q++;
  }
  const m2 = q > k + 2 ? ctx.mentionStarting.get(q) : undefined;
  if (m2 !== undefined && r.entOf[m2]! >= 0 && r.mentions[m2]!.type !== 'Place') {
    let e = r.mentions[m2]!.t1;
    while (e < u.t1 && TITLE_WORDS.has(toks[e]!.l)) e++;
    return { ref: { kind: 'mention', mention: m2 }, end: e, learnt: { official: r.entOf[m2]! } };
  }
  if (admin && /^(?:officials?|sources?)$/.test(toks[q]?.l ?? '')) {
    const official = administrationCountry(ctx, k);
    return official < 0 ? null : { ref: { kind: 'entity', entity: official }, end: q + 1, learnt: { official } };
  }
  return null;
}
