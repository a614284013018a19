// Source phrases: who a cue's speaker phrase names, looking left of the cue (a name, a pronoun, an
// apposition, a group, a document), and where that phrase begins.
import { BEFORE_CUE, DOC_NOUNS, GROUP_NOUNS, SOURCE_WORDS, SPEAKER_PRONOUNS } from '../lexicon/attribution.js';
import { TITLE_WORDS } from '../lexicon/function-words.js';
import { speakerCapable } from './context.js';
import { describedBefore } from './description.js';
import { knownNameBefore } from './known-name.js';
import { isQuote } from './quotes.js';
import type { ClaimContext, Learnt, SpeakerRef } from './types.js';

export interface SourcePhrase { ref: SpeakerRef; start: number; learnt?: Learnt }

const PUNCT = { test: (v: string): boolean => /^[,.;:]$/.test(v) || isQuote(v) };

/** Speaker phrase ending before the cue at k: a mention or pronoun, skipping adverbs and appositions. */
export function speakerLeft(ctx: ClaimContext, k: number): SourcePhrase | null {
  const { toks, r } = ctx;
  let q = k - 1;
  for (let n = 0; q >= 0 && n < 5 && BEFORE_CUE.has(toks[q]!.l); n++) q--;
  q = skipParenthesis(ctx, q);
  const t = toks[q];
  if (!t) return null;
  if (SPEAKER_PRONOUNS.has(t.l)) return { ref: { kind: 'pronoun', pronoun: t.l }, start: q };
  // "Both leaders", "the two ministers": the last two persons named
  if (GROUP_NOUNS.has(t.l) && (toks[q - 1]?.l === 'both' || toks[q - 1]?.l === 'two')) {
    return { ref: { kind: 'pair' }, start: toks[q - 2]?.l === 'the' ? q - 2 : q - 1 };
  }
  const mi = ctx.mentionEnding.get(q + 1);
  // "The summit's final declaration called ...": the body that issued it (the last one speaking, else named)
  if (mi === undefined && DOC_NOUNS.has(t.l)) {
    let st = q;
    while (st > 0 && !PUNCT.test(toks[st - 1]!.v) && st > q - 6) st--;
    return { ref: { kind: 'issuer', fallback: lastOrgBefore(ctx, q) }, start: st };
  }
  if (mi !== undefined && speakerCapable(ctx, mi) && !r.mentions[mi]!.possessive) return namedSource(ctx, mi);
  // "The official said": the unnamed official quoted before
  if (mi !== undefined && r.entOf[mi]! < 0 && r.mentions[mi]!.kind === 'desc' && /\bofficial$/.test(r.mentions[mi]!.title ?? '')) {
    return { ref: { kind: 'official' }, start: r.mentions[mi]!.t0 };
  }
  // "Lynch said": a known person the mention stage missed (a surname read as a verb, a bare surname)
  const known = mi === undefined ? knownNameBefore(ctx, q, (i) => clauseStart(ctx, i)) : null;
  if (known) return { ref: { kind: 'entity', entity: known.entity }, start: known.start };
  // "The company said": the body or person the article described so before
  const desc = mi === undefined ? describedBefore(ctx, q, (i) => clauseStart(ctx, i)) : null;
  if (desc) return { ref: { kind: 'entity', entity: desc.entity }, start: desc.start };
  if (t.pos === 'NOUN' || GROUP_NOUNS.has(t.l)) return groupSource(ctx, q);
  if (t.v === ',') return appositionSource(ctx, q);
  return null;
}

/** A named speaker; "Japan and Australia voiced concern": both speak. */
function namedSource(ctx: ClaimContext, mi: number): SourcePhrase {
  const { toks, r } = ctx;
  const m = r.mentions[mi]!;
  const other = toks[m.t0 - 1]?.l === 'and' ? ctx.mentionEnding.get(m.t0 - 1) : undefined;
  if (other !== undefined && speakerCapable(ctx, other) && r.entities[r.entOf[other]!]!.type === r.entities[r.entOf[mi]!]!.type
    && !r.mentions[other]!.possessive && r.entOf[other] !== r.entOf[mi] && clauseStart(ctx, r.mentions[other]!.t0)) {
    return { ref: { kind: 'group', entities: [r.entOf[other]!, r.entOf[mi]!] }, start: r.mentions[other]!.t0 };
  }
  const d = toks[m.t0 - 1]?.l === 'the' ? m.t0 - 2 : m.t0 - 1;
  // "ministers from X": later "the ministers" means X
  const learnt = ['from', 'of'].includes(toks[d]?.l ?? '') && GROUP_NOUNS.has(toks[d - 1]?.l ?? '') ? { collective: r.entOf[mi]! } : undefined;
  return { ref: { kind: 'mention', mention: mi }, start: m.t0 - (toks[m.t0 - 1]?.l === 'the' ? 1 : 0), ...(learnt ? { learnt } : {}) };
}

/** "Foreign ministers from the Group of Seven said": the body they represent; "The ministers said" later. */
function groupSource(ctx: ClaimContext, q: number): SourcePhrase | null {
  const { toks, r } = ctx;
  for (let p = q; p >= Math.max(0, q - 8); p--) {
    if (PUNCT.test(toks[p]!.v)) break;
    if ((toks[p]!.l === 'from' || toks[p]!.l === 'of') && GROUP_NOUNS.has(toks[p - 1]?.l ?? '')) {
      const body = ctx.mentionStarting.get(toks[p + 1]?.l === 'the' ? p + 2 : p + 1);
      if (body !== undefined && speakerCapable(ctx, body) && r.entities[r.entOf[body]!]!.type !== 'Person') {
        let st = p - 1;
        while (st > 0 && /^[A-Za-z]/.test(toks[st - 1]!.v) && (TITLE_WORDS.has(toks[st - 1]!.l) || /^[A-Z]/.test(toks[st - 1]!.v)) && !ctx.mentionEnding.has(st)) st--;
        const e = r.entOf[body]!;
        return { ref: { kind: 'entity', entity: e }, start: st, learnt: { collective: e } };
      }
    }
  }
  const t = toks[q]!;
  if (GROUP_NOUNS.has(t.l) && toks[q - 1]?.l === 'the') return { ref: { kind: 'collective', orBody: t.l === 'leaders' }, start: q - 1 };
  return null;
}

/** Apposition: "Ma Xiaoguang, a spokesman for the X Office, urged"; "KCNA, citing a statement by ..., called". */
function appositionSource(ctx: ClaimContext, q: number): SourcePhrase | null {
  const { toks, r } = ctx;
  for (let p = q - 1; p >= 0 && q - p < 40; p--) {
    if (toks[p]!.v !== ',') continue;
    const mi = ctx.mentionEnding.get(p);
    if (mi !== undefined && (r.mentions[mi]!.type === 'Person' || (r.mentions[mi]!.type === 'Organization' && r.mentions[mi]!.kind === 'name')) && r.entOf[mi]! >= 0) {
      return { ref: { kind: 'mention', mention: mi }, start: r.mentions[mi]!.t0 };
    }
    return null;
  }
  return null;
}

/** The last organisation named (not described) before token k. */
export function lastOrgBefore(ctx: ClaimContext, k: number): number {
  const { r } = ctx;
  for (let i = r.mentions.length - 1; i >= 0; i--) {
    const m = r.mentions[i]!;
    if (m.t0 < k && m.kind === 'name' && r.entOf[i]! >= 0 && r.entities[r.entOf[i]!]!.type === 'Organization') return r.entOf[i]!;
  }
  return -1;
}

/** "a senior administration official": the country whose president was named last, else the home country. */
export function administrationCountry(ctx: ClaimContext, k: number): number {
  const { r } = ctx;
  for (let i = r.mentions.length - 1; i >= 0; i--) {
    if (r.mentions[i]!.t0 >= k) continue;
    const e = r.entOf[i]!;
    if (e < 0) continue;
    const role = r.roles.find((x) => x.person === e && /\bpresident\b/i.test(x.title) && r.entities[x.affil]!.type === 'Country');
    if (role) return role.affil;
  }
  return r.entities.findIndex((x) => x.type === 'Country' && x.name === r.homeCountry);
}

/** Token i begins a clause: first of the text or a sentence, after punctuation, or after a leading "the". */
export function clauseStart(ctx: ClaimContext, i: number): boolean {
  const pv = ctx.toks[i - 1];
  if (pv?.l === 'the') return clauseStart(ctx, i - 1);
  return !pv || PUNCT.test(pv.v) || ctx.text.slice(pv.e, ctx.toks[i]!.s).includes('\n');
}

/** Start of a speaker phrase: "Foreign Ministry spokeswoman Mao Ning" reaches back over title and body. */
export function phraseStart(ctx: ClaimContext, st: number): number {
  let q = st;
  for (let n = 0; n < 12 && q > 0; n++) {
    const w = ctx.toks[q - 1]!;
    if (w.v === ',' || isQuote(w.v) || w.v === ':') break;
    // a noun phrase naming the speaker: "IMF chief economist Maury Obstfeld", "the bank's spokeswoman"
    if (ctx.inMention[q - 1] || TITLE_WORDS.has(w.l) || SOURCE_WORDS.has(w.l) || w.l === 'the' || /^[A-Z]/.test(w.v)
      || ['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(w.pos) || /^['’]s$/.test(w.v)) { q--; continue; }
    return st;
  }
  return q;
}

/** "Jo Bell (D-Ore.) said": a short parenthesis right after a name (party and state, age) is skipped. */
function skipParenthesis(ctx: ClaimContext, q: number): number {
  const { toks } = ctx;
  if (toks[q]?.v !== ')') return q;
  let p = q - 1;
  while (p > q - 7 && p > 0 && toks[p]!.v !== '(' && toks[p]!.v !== ')') p--;
  return toks[p]?.v === '(' && ctx.mentionEnding.has(p) ? p - 1 : q;
}
