// Speakers: a source reference resolved through the discourse (pronouns, descriptions, groups), and
// the subject a participle or coordinated cue inherits.
import { GROUP_NOUNS } from '../lexicon/attribution.js';
import { PREPS } from '../lexicon/function-words.js';
import { DOC_HEADS } from '../resolve.js';
import { lastPair, type Discourse } from './discourse.js';
import { isQuote } from './quotes.js';
import { speakerLeft } from './source.js';
import type { Attribution, ClaimContext, Learnt, Unit } from './types.js';

export interface Speaker { speaker: number; group?: number[] }

/** The speaker of a cue: its source resolved, else the inherited speaker. */
export function resolveSource(ctx: ClaimContext, d: Discourse, c: Attribution, inherited: number): Speaker {
  const { r } = ctx;
  const s = c.source;
  if (!s) return { speaker: inherited };
  switch (s.kind) {
    case 'entity': return { speaker: s.entity };
    case 'group': return { speaker: s.entities[0]!, group: s.entities };
    case 'pair': { const p = lastPair(d); return p ? { speaker: p[0]!, group: p } : { speaker: -1 }; }
    case 'issuer': return { speaker: d.org >= 0 ? d.org : s.fallback };
    case 'official': return { speaker: d.official };
    case 'collective': return { speaker: d.collective >= 0 ? d.collective : s.orBody ? d.org : -1 };
    case 'mention': {
      const m = r.mentions[s.mention]!;
      const e = r.entOf[s.mention]!;
      if (m.kind === 'desc' && DOC_HEADS.has(m.title ?? '')) return { speaker: d.org >= 0 ? d.org : e };
      // "The official said": the unnamed official quoted before
      if (m.kind === 'desc' && e < 0 && /\bofficial$/.test(m.title ?? '') && d.official >= 0) return { speaker: d.official };
      return { speaker: e };
    }
    case 'pronoun': {
      if (s.pronoun === 'they' && d.group.length && d.unitNo - d.groupUnit <= 2) return { speaker: d.group[0]!, group: [...d.group] };
      // within a sentence "he"/"she" is the speaker already named in it
      if (inherited >= 0 && s.pronoun !== 'it' && r.entities[inherited]?.type === 'Person') return { speaker: inherited };
      return { speaker: pronounTarget(ctx, d, s.pronoun) };
    }
  }
}

/** What "he", "she", "it" and "they" mean here. */
export function pronounTarget(ctx: ClaimContext, d: Discourse, p: string): number {
  if (p === 'it') return d.itOrg >= 0 ? d.itOrg : d.org;
  if (p === 'they') return -1;
  const want = p === 'she' ? 'f' : 'm';
  const ok = (e: number): boolean => { const g = ctx.r.entities[e]?.gender; return !g || g === want; };
  if (d.subjPerson >= 0 && d.unitNo - d.subjUnit === 1 && ok(d.subjPerson)) return d.subjPerson;
  if (d.person >= 0 && ok(d.person)) return d.person;
  for (let i = d.persons.length - 1; i >= 0; i--) if (ok(d.persons[i]!)) return d.persons[i]!;
  return d.person;
}

export interface Subject { entity: number; learnt?: Learnt }

/** Subject of the finite verb the participle or coordinated cue at k attaches to ("X mentioned ..., saying"). */
export function clauseSubject(ctx: ClaimContext, d: Discourse, u: Unit, k: number): Subject {
  const { toks, r } = ctx;
  for (let q = k - 2; q > u.t0; q--) {
    const w = toks[q]!;
    if (isQuote(w.v)) break;
    if ((w.pos === 'VERB' || w.pos === 'AUX') && !w.l.endsWith('ing')) {
      const sp = speakerLeft(ctx, q);
      if (sp?.ref.kind === 'mention' && r.entOf[sp.ref.mention]! >= 0) {
        const m = r.mentions[sp.ref.mention]!;
        if (m.kind === 'desc' && DOC_HEADS.has(m.title ?? '')) return { entity: d.org };
        return { entity: r.entOf[sp.ref.mention]!, ...(sp.learnt ? { learnt: sp.learnt } : {}) };
      }
      if (sp?.ref.kind === 'pronoun') return { entity: pronounTarget(ctx, d, sp.ref.pronoun) };
    }
  }
  return subjectOf(ctx, u, k);
}

/** The subject of the clause holding token k: the first actor not inside a prepositional phrase. */
export function subjectOf(ctx: ClaimContext, u: Unit, k: number): Subject {
  const { toks, r } = ctx;
  // mentions are sorted by offset: start at the unit's first one (binary search) and stop past k
  let lo = 0, hi = r.mentions.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (r.mentions[mid]!.t0 < u.t0) lo = mid + 1; else hi = mid; }
  // a subject stands before its clause's first finite verb ("Trump attacked Clinton over Libya, saying ...")
  let verb = u.t0;
  while (verb < k && !((toks[verb]!.pos === 'VERB' || toks[verb]!.pos === 'AUX') && !toks[verb]!.l.endsWith('ing'))) verb++;
  for (let i = lo; i < r.mentions.length; i++) {
    const m = r.mentions[i]!;
    if (m.t0 >= Math.min(k, verb)) break;
    if (m.t0 < u.t0 || m.t1 > k) continue;
    if (m.possessive || r.entOf[i]! < 0 || m.type === 'Place') continue;
    // "Leaders of the X ended ...": the group speaks for X (and "the leaders" later means X)
    const pre = toks[m.t0 - 1]?.l === 'the' ? m.t0 - 2 : m.t0 - 1;
    if (toks[pre]?.l === 'of' && GROUP_NOUNS.has(toks[pre - 1]?.l ?? '') && pre - 1 === u.t0) return { entity: r.entOf[i]!, learnt: { collective: r.entOf[i]! } };
    if (PREPS.has(toks[m.t0 - 1]?.l ?? '') || (toks[m.t0 - 1]?.l === 'the' && PREPS.has(toks[m.t0 - 2]?.l ?? ''))) continue;
    // "British Prime Minister Theresa May said": a name followed by more capitalised words modifies them
    if (/^[A-Z]/.test(toks[m.t1]?.v ?? '') && m.t1 < k && !inMentionStarting(ctx, m.t1)) continue;
    // "China's Foreign Ministry spokesman Wang Wenbin": the official, not the body
    const p = r.mentions.findIndex((x, j) => x.type === 'Person' && x.affil === m && r.entOf[j]! >= 0 && x.t0 <= m.t1 + 4);
    return { entity: p >= 0 ? r.entOf[p]! : r.entOf[i]! };
  }
  return { entity: -1 };
}

/** Whether a mention starts at token t (a following name, not an unknown capitalised word). */
const inMentionStarting = (ctx: ClaimContext, t: number): boolean => ctx.mentionStarting.has(t);
