// Stage: attributions. At every token outside quotations the rules are tried in order; the cues found
// are then settled (a cue inside reported content is part of it, not a new claim) and a leading
// participle is put in front. Pure: reads the context, returns one UnitAttributions per unit.
import { cueLemma, hasFrame } from '../lexicon/index.js';
import { CLAUSE_LINKS } from '../lexicon/attribution.js';
import { TITLE_WORDS } from '../lexicon/function-words.js';
import { quoteMask } from './quotes.js';
import { specifiedRules } from './rules/index.js';
import { verbAt, type CueSite } from './site.js';
import type { Attribution, ClaimContext, Learnt, Unit, UnitAttributions } from './types.js';

/** The first rule's answer at token k. */
export function cueAt(ctx: ClaimContext, u: Unit, k: number, inQ: (i: number) => boolean): Attribution | null {
  const verb = verbAt(ctx, u, k);
  if (!verb && ctx.toks[k]!.l !== 'according') return null; // only "according to" is a cue without a verb
  const site: CueSite = { ctx, u, k, inQ };
  if (verb) site.verb = verb;
  for (const rule of specifiedRules) {
    const res = rule(site);
    if (res === 'block') return null;
    if (res) return res;
  }
  return null;
}

export function findAttributions(ctx: ClaimContext, us: readonly Unit[]): UnitAttributions[] {
  return us.map((u) => unitAttributions(ctx, u));
}

export function unitAttributions(ctx: ClaimContext, u: Unit): UnitAttributions {
  const { toks } = ctx;
  const mask = quoteMask(toks, u);
  const inQ = (i: number): boolean => mask[i - u.t0] === true;
  const found: Attribution[] = [];
  for (let k = u.t0; k < u.t1; k++) {
    if (inQ(k)) continue;
    const c = cueAt(ctx, u, k, inQ);
    if (c) { found.push(c); k = Math.max(k, c.k); }
  }
  const learnt: Learnt = {};
  for (const c of found) Object.assign(learnt, c.learnt);
  const lead = toks[u.t0]!;
  const hasLead = lead.l.endsWith('ing') && hasFrame(cueLemma(lead.lemma, lead.l), 'leading') && found.some((c) => c.k > u.t0 + 2 && !c.inherit);
  const cues = settle(ctx, found);
  if (hasLead && cues.length) {
    let kk = u.t0 + 1;
    if (toks[kk]?.l === 'out') kk++;
    if (toks[kk]?.l === 'that') kk++;
    cues.unshift({ rule: 'leading-participle', k: u.t0, kEnd: kk, word: lead.l, mode: 'forward', b: u.t0, c: kk, inherit: true, leading: true });
  }
  return { unit: u, cues, inQuote: mask, learnt };
}

const named = (c: Attribution): boolean => c.source?.kind === 'mention' || c.source?.kind === 'pronoun';

/** Which cues survive: backward content swallows cues inside it; forward content too, except splitting cues. */
function settle(ctx: ClaimContext, found: Attribution[]): Attribution[] {
  const { toks } = ctx;
  const accepted: Attribution[] = [];
  for (const c of [...found].sort((a, b) => a.k - b.k)) {
    if (c.leading) continue;
    const prev = accepted[accepted.length - 1];
    if (c.mode === 'backward') {
      // "X said that ..., according to <outlet>": a named speaker's cue keeps the claim
      if (c.word === 'according to' && prev && prev.mode === 'forward' && prev.source?.kind === 'mention' && !prev.inherit) continue;
      // drop earlier non-splitting cues whose content this backward claim covers
      while (accepted.length && accepted[accepted.length - 1]!.mode !== 'backward' && accepted[accepted.length - 1]!.k > c.k - 60) accepted.pop();
      accepted.push(c);
      continue;
    }
    // "According to the ministry, he reiterated ...": the named speaker's own cue wins over the source
    if (prev && prev.mode === 'according' && c.b - (prev.c ?? prev.kEnd) <= 4 && (c.b === (prev.c ?? prev.kEnd) || toks[c.b - 1]?.v === ',') && named(c)) {
      accepted.pop(); accepted.push(c); continue;
    }
    // a cue inside reported content, unless a new speaker is named after a clause break ("X said A, and Y said B")
    const brk = c.source?.kind === 'mention' ? clauseBreak(ctx, c.b) : -1;
    if (prev && !c.inherit && prev.mode !== 'backward' && brk < 0) continue;
    accepted.push(prev && brk >= 0 ? { ...c, b: brk } : c);
  }
  return accepted;
}

/** Where a new clause opens before token b (", and", ", but", ", while", ";"), over the speaker's title phrase; else -1. */
function clauseBreak(ctx: ClaimContext, b: number): number {
  const { toks } = ctx;
  let q = b - 1; // "..., and Trade Minister X said"
  while (q > b - 8 && q > 0 && (TITLE_WORDS.has(toks[q]!.l) || /^[A-Z]/.test(toks[q]!.v) || toks[q]!.l === 'the')) q--;
  if (toks[q]?.v === ';') return q;
  return CLAUSE_LINKS.has(toks[q]?.l ?? '') && toks[q - 1]?.v === ',' ? q - 1 : -1;
}
