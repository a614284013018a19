// A cue site: the token a rule looks at, with what every verb rule needs to know about it (the verb's
// lexicon entry, whether it is a participle or coordinated), and the helpers that attach a speaker.
import type { Token } from '../nlp.js';
import { reportingVerb, type ReportingVerb } from '../lexicon/index.js';
import { CLAUSE_LINKS, NEG_AUX, SPEAKER_PRONOUNS, TAIL_START } from '../lexicon/attribution.js';
import { TITLE_WORDS } from '../lexicon/function-words.js';
import { knownRun } from './known-name.js';
import { isQuote } from './quotes.js';
import { phraseStart, speakerLeft } from './source.js';
import type { Attribution, ClaimContext, CueMode, Unit } from './types.js';

/** A reporting verb at the site. */
export interface VerbSite {
  t: Token;
  lemma: string;
  info: ReportingVerb | undefined;
  /** Token after the verb (and its particle: "pointed out"). */
  e: number;
  /** The verb's particle is missing ("pointed to"): not a cue. */
  particleMissing: boolean;
  participle: boolean;
  coordinated: boolean;
}

export interface CueSite {
  ctx: ClaimContext;
  u: Unit;
  k: number;
  inQ: (i: number) => boolean;
  /** Set when the token is a reporting verb. */
  verb?: VerbSite;
}

/** What a rule returns: a cue, `'block'` (this token is no cue, ask no further rule), or nothing (not mine). */
export type RuleResult = Attribution | 'block' | undefined;
/** A rule: one family of attributions. */
export type CueRule = (site: CueSite) => RuleResult;

/** The reporting verb at token k, if any (matched on its lemma). */
export function verbAt(ctx: ClaimContext, u: Unit, k: number): VerbSite | undefined {
  const { toks } = ctx;
  const t = toks[k]!;
  const lemma = ctx.cueLemmas[k]!;
  if (!lemma) return undefined;
  const info = reportingVerb(lemma);
  const e0 = k + 1;
  const particleOk = !!info?.particle && toks[e0]?.l === info.particle;
  if (t.pos !== 'VERB' && t.pos !== 'AUX' && !(/(?:ing|ed)$/.test(t.l) || lemma === 'say' || lemma === 'tell') && !particleOk) return undefined;
  let kp = k - 1;
  while (kp > u.t0 && NEG_AUX.has(toks[kp]!.l)) kp--; // "but did not rule out"
  const prevT = toks[kp];
  const participle = t.l.endsWith('ing') && (prevT?.v === ',' || k === u.t0);
  const coordinated = !!prevT && (['and', 'but'].includes(prevT.l) || (['also', 'then'].includes(prevT.l) && ['and', 'but'].includes(toks[k - 2]?.l ?? '')))
    || (!!prevT && SPEAKER_PRONOUNS.has(prevT.l) && ['and', 'but'].includes(toks[kp - 1]?.l ?? ''));
  return { t, lemma, info, e: particleOk ? e0 + 1 : e0, particleMissing: !!info?.particle && !particleOk, participle, coordinated };
}

/** Where the cue phrase of a verb begins: a participle at its comma, a coordinated verb at its "and". */
function bStart(ctx: ClaimContext, k: number, v: VerbSite): number {
  const { toks } = ctx;
  if (v.participle && toks[k - 1]?.v === ',') return k - 1;
  if (v.coordinated) {
    let q = k - 1;
    while (q > 0 && !['and', 'but'].includes(toks[q]!.l)) q--;
    return toks[q - 1]?.v === ',' ? q - 1 : q;
  }
  return k;
}

/** A cue whose content follows it ("said that ...", "urged X to ..."), with its speaker on the left. */
export function forwardCue(site: CueSite, rule: string, mode: CueMode, kEnd: number, c: number, word?: string): Attribution | null {
  const v = site.verb!;
  return withSpeaker(site.ctx, {
    rule, k: site.k, kEnd, word: word ?? v.t.l, mode, b: bStart(site.ctx, site.k, v), c, inherit: v.participle || v.coordinated,
  });
}

function withSpeaker(ctx: ClaimContext, c: Attribution): Attribution | null {
  const { toks } = ctx;
  // participle / coordination: the speaker comes from context; the previous claim ends at the comma
  if (c.inherit && !SPEAKER_PRONOUNS.has(toks[c.k - 1]?.l ?? '')) return c;
  const sp = speakerLeft(ctx, c.k);
  if (!sp) return toks[c.k - 1]?.v === ',' ? { ...c, inherit: true, b: c.k - 1 } : null;
  const out: Attribution = { ...c, source: sp.ref, b: phraseStart(ctx, sp.start), ...(sp.learnt ? { learnt: sp.learnt } : {}) };
  if (c.inherit && sp.ref.kind === 'pronoun') out.b = sp.start - 1;
  return out;
}

/** A cue whose content came before it: "..., X said" or "..., said X". */
export function backwardCue(ctx: ClaimContext, rule: string, k: number, fin: number, word: string): Attribution | null {
  const { toks } = ctx;
  const c: Attribution = { rule, k, kEnd: fin, word, mode: 'backward', b: k };
  const sp = speakerLeft(ctx, k);
  if (sp) {
    c.b = phraseStart(ctx, sp.start);
    c.source = sp.ref;
    if (sp.learnt) c.learnt = sp.learnt;
  } else {
    let sm: number | undefined, nouns = 0;
    for (let q = k + 1; q < Math.min(k + 7, toks.length) && sm === undefined; q++) {
      sm = ctx.mentionStarting.get(q);
      if (sm === undefined && /^[a-z]+$/.test(toks[q]!.v) && toks[q]!.pos === 'NOUN' && !TITLE_WORDS.has(toks[q]!.l)) nouns++;
      else if (sm === undefined && !(TITLE_WORDS.has(toks[q]!.l) || /^[A-Z]/.test(toks[q]!.v) || toks[q]!.l === 'the')) break;
    }
    // role nouns before the name ('said radio host Jo Bell'): only a person's name may follow them
    if (nouns && sm !== undefined && !(ctx.r.entOf[sm]! >= 0 && ctx.r.entities[ctx.r.entOf[sm]!]!.type === 'Person'
      && toks.slice(k + 1, ctx.r.mentions[sm]!.t0).every((t, i) => /^[A-Z]/.test(t.v) || t.pos === 'NOUN' || (i === 0 && t.l === 'the')))) sm = undefined;
    // "..., said Hunt.": a known person the mention stage missed
    let e = fin;
    while (e > k + 1 && !/^[A-Z]/.test(toks[e - 1]!.v)) e--;
    const known = sm === undefined ? knownRun(ctx, k + 1, e) : -1;
    if (sm === undefined && known < 0) return null;
    c.source = sm !== undefined ? { kind: 'mention', mention: sm } : { kind: 'entity', entity: known };
  }
  // the content must end right before: a comma, a closing quote, or a colon
  let b = c.b - 1;
  const bt = toks[b];
  if (!bt || !(bt.v === ',' || isQuote(bt.v) || bt.v === ':')) return null;
  if (bt.v === ',' && isQuote(toks[b - 1]?.v)) b--;
  c.b = b;
  return c;
}

/** If only adverbials follow the cue up to the end of the unit or a participial cue, their end. */
export function finalTail(ctx: ClaimContext, e: number, u: Unit, objectOk = false): number | null {
  const { toks } = ctx;
  let q = e;
  const first = toks[e];
  if (first && !/^[,.;?!]$/.test(first.v) && !TAIL_START.has(first.l) && !(objectOk && ['DET', 'PROPN', 'NOUN', 'PRON'].includes(first.pos))) return null;
  for (let n = 0; q < u.t1 && n < 10; q++, n++) {
    const w = toks[q]!;
    if (/^[.?!]$/.test(w.v) && q >= u.t1 - 2) return q;
    if (w.v === ',') {
      const nx = toks[q + 1];
      // '..., sharing video footage': a participle clause closes the attribution
      if (nx && (ctx.cueLemmas[q + 1] || CLAUSE_LINKS.has(nx.l) || (nx.pos === 'VERB' && nx.l.endsWith('ing')))) return q;
      return null;
    }
    if (w.v === ';') return q;
    if (w.pos === 'VERB' && !w.l.endsWith('ed')) return null;
    if (w.l === 'that') return null;
  }
  return q >= u.t1 ? u.t1 : null;
}

/** The token "that" among the adverbials after a cue ("said on Monday at a briefing that"), or -1. */
export function thatAfter(site: CueSite): number {
  const { toks } = site.ctx;
  for (let q = site.verb!.e, n = 0; q < site.u.t1 && n < 14; q++, n++) {
    const w = toks[q]!;
    if (w.l === 'that') return q;
    if (/^[,.;:?!]$/.test(w.v) || isQuote(w.v) || site.inQ(q)) return -1;
    if (w.pos === 'VERB' || w.pos === 'AUX') return -1;
  }
  return -1;
}

/**
 * '"A," she said (on Monday), "B."': a comma after the cue (and its adverbials) followed by a second
 * quotation. Returns the comma and the quotation's token range, or null.
 */
export function quoteAfter(site: CueSite, from: number): { comma: number; tail: [number, number] } | null {
  const { toks } = site.ctx;
  let q = from;
  // adverbials or a participle clause may stand between: '"A," she said, referring to B, "C."'
  for (let n = 0; q < site.u.t1 && n < 16; q++, n++) {
    const w = toks[q]!;
    if (/^[.;:?!]$/.test(w.v) || isQuote(w.v) || site.inQ(q) || w.l === 'that') return null;
    if ((w.pos === 'VERB' || w.pos === 'AUX') && !w.l.endsWith('ing')) return null;
    if (w.v === ',' && isQuote(toks[q + 1]?.v)) break;
  }
  if (toks[q]?.v !== ',' || !isQuote(toks[q + 1]?.v) || !site.inQ(q + 1)) return null;
  let end = q + 2;
  while (end < site.u.t1 && site.inQ(end)) end++;
  return end - (q + 1) >= 3 ? { comma: q, tail: [q + 1, end] } : null;
}

/**
 * After a quotation and its speaker ('"...," she said several months later, and ...'), the cue's tail
 * runs to the next comma or full stop when no finite verb stands in it: its end, or null.
 */
export function tailAfterQuote(ctx: ClaimContext, k: number, e: number, u: Unit): number | null {
  const { toks } = ctx;
  const sp = speakerLeft(ctx, k);
  const before = sp ? toks[phraseStart(ctx, sp.start) - 1] : undefined;
  if (!before || !(isQuote(before.v) || (before.v === ',' && isQuote(toks[phraseStart(ctx, sp!.start) - 2]?.v)))) return null;
  for (let q = e, n = 0; q < u.t1 && n < 14; q++, n++) {
    const w = toks[q]!;
    if (/^[.,;?!]$/.test(w.v) || isQuote(w.v)) return q;
    if ((w.pos === 'VERB' || w.pos === 'AUX') && !/(?:ed|ing)$/.test(w.l)) return null;
  }
  return null;
}

/**
 * A parenthetical attribution inside its content: "The economy, she said, is weak." The rest of the
 * sentence after the cue's comma, when no other cue or quotation is in it: its token range, or null.
 */
export function parentheticalTail(site: CueSite): [number, number] | null {
  const { toks } = site.ctx;
  const v = site.verb!;
  if (toks[v.e]?.v !== ',' || v.e + 3 >= site.u.t1) return null;
  const sp = speakerLeft(site.ctx, site.k);
  if (!sp || toks[phraseStart(site.ctx, sp.start) - 1]?.v !== ',') return null;
  for (let q = v.e + 1; q < site.u.t1; q++) if (site.ctx.cueLemmas[q] || isQuote(toks[q]!.v) || toks[q]!.v === ';') return null;
  return [v.e + 1, site.u.t1];
}
