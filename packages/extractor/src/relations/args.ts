// Finding the arguments of a relation word inside one sentence: its subject (with coordination,
// pronouns and claims' speakers), its object, the possessor of a nominal ("X's visit"), the person a
// sentence is about. Pure functions of the sentence scope.
import type { RawClaim } from '../claims.js';
import type { Arg, SentenceScope } from './types.js';
import { PREPS, TITLE_WORDS } from '../lexicon/function-words.js';
import {
  ARGUMENT_DETERMINERS as DET, COORDINATED_ADVERBS, LIGHT_VERB_LEMMAS, NOMINAL_MODIFIERS, STANCE_NOUNS, SUBJECT_PRONOUNS, TITLE_PREMODIFIERS,
} from '../lexicon/relations.js';

/** A word of a title phrase before a named argument ("visiting Foreign Minister"). */
export const isTitleWord = (w: string): boolean => TITLE_WORDS.has(w) || TITLE_PREMODIFIERS.has(w);
export const isArgumentDeterminer = (w: string): boolean => DET.has(w);
export const tokensOf = (sc: SentenceScope) => sc.input.analysis.tokens;
export const entityOf = (sc: SentenceScope, mention: number) => sc.input.resolved.entities[sc.input.resolved.entOf[mention]!]!;
/** A mention that can act: not a demonym, not a place. */
export function isActor(sc: SentenceScope, mention: number): boolean {
  return sc.input.resolved.mentions[mention]!.kind !== 'demonym' && entityOf(sc, mention).type !== 'Place';
}
export const typeOf = (sc: SentenceScope, e: number) => sc.input.resolved.entities[e]!.type;

/** The claim whose content holds token k, else the sentence's first claim. */
export function claimAt(sc: SentenceScope, k: number): RawClaim | undefined {
  return sc.claims.find((c) => k >= c.c0 && k < c.c1) ?? sc.claims[0];
}

/** "we" said by a minister is the minister's country. */
function weCountry(sc: SentenceScope, speaker: number, w: string): number {
  if (w !== 'we') return speaker;
  const r = sc.input.resolved;
  const role = r.roles.find((x) => x.person === speaker);
  const aff = role ? r.entities[role.affil]! : undefined;
  if (aff?.type === 'Country') return role!.affil;
  if (aff?.country) return r.entities.findIndex((e) => e.type === 'Country' && e.name === aff.country);
  return speaker;
}

/** A pronoun subject: the speaker of the claim it sits in, or the person the sentence is about. */
function pronounSubject(sc: SentenceScope, q: number, exclude: number): Arg | null | undefined {
  const w = tokensOf(sc)[q]!;
  const r = sc.input.resolved;
  const c = claimAt(sc, q);
  // "he"/"she" is a person: not a body that reports about him ("He met X, according to the ministry")
  const personal = w.l === 'he' || w.l === 'she';
  if (c && (w.l === 'we' || w.l === 'i' || q < c.c1) && !(personal && r.entities[c.speaker]!.type !== 'Person')) {
    if (c.speaker !== exclude) return { e: weCountry(sc, c.speaker, w.l), t: q, via: 'pronoun' };
  } else if (personal && (!c || r.entities[c.speaker]!.type !== 'Person')) {
    const who = personSubject(sc, q) ?? sc.prevPerson;
    if (who >= 0 && who !== exclude) return { e: who, t: q, via: 'pronoun' };
  }
  return undefined;
}

/** Is the verb at k coordinated with an earlier verb ("said X supports Y and urged Z")? */
function isCoordinated(sc: SentenceScope, k: number): boolean {
  const toks = tokensOf(sc);
  // "and later held talks with": the light verb before a nominal frame is the coordinated verb
  const light = LIGHT_VERB_LEMMAS.has(toks[k - 1]?.lemma ?? '') ? k - 1 : k;
  let kq = light - 1;
  while (kq > sc.unit.t0 && COORDINATED_ADVERBS.has(toks[kq]!.l)) kq--;
  return (toks[k]?.pos === 'VERB' || light < k) && ['and', 'but'].includes(toks[kq]?.l ?? '');
}

/** For a coordinated verb, is the mention [t0, ...) the object of the first verb? Returns where to resume. */
function objectOfFirstVerb(sc: SentenceScope, t0: number): number | null {
  const toks = tokensOf(sc);
  const u = sc.unit;
  const pre = toks[t0 - 1]?.l ?? '';
  // the object of the first verb, titles and affiliation included ("met Ukrainian Foreign Minister X")
  let st = t0;
  for (let n = 0; st - 1 > u.t0 && n < 6 && (isTitleWord(toks[st - 1]!.l) || /^[A-Z]/.test(toks[st - 1]!.v)); n++) st--;
  const v0 = toks[st - 1];
  if (st < t0 && v0 && (v0.pos === 'VERB' || v0.pos === 'AUX') && st > u.t0 + 1) return st;
  const v = toks[t0 - 1 - (DET.has(pre) ? 1 : 0)];
  if (v && (v.pos === 'VERB' || v.pos === 'AUX') && t0 > u.t0 + 1) return t0;
  return null;
}

/**
 * Subject of the verb at k: the nearest actor before it that is not inside a prepositional phrase.
 * A verb coordinated with an earlier one shares that verb's subject: actors after a verb are its objects.
 */
export function subjectBefore(sc: SentenceScope, k: number, exclude = -1): Arg | null {
  const toks = tokensOf(sc);
  const r = sc.input.resolved;
  const coordinated = isCoordinated(sc, k);
  for (let q = k - 1; q >= sc.unit.t0; q--) {
    if (SUBJECT_PRONOUNS.has(toks[q]!.l)) {
      const p = pronounSubject(sc, q, exclude);
      if (p) return p;
      continue;
    }
    const mi = sc.doc.mentionEnd.get(q + 1);
    if (mi === undefined) continue;
    const m = r.mentions[mi]!;
    if (!isActor(sc, mi) || r.entOf[mi] === exclude) { q = m.t0; continue; }
    const pre = toks[m.t0 - 1]?.l ?? '';
    const pre2 = toks[m.t0 - 2]?.l ?? '';
    if (m.possessive || PREPS.has(pre) || (DET.has(pre) && PREPS.has(pre2))) { q = m.t0; continue; }
    if (coordinated) {
      const resume = objectOfFirstVerb(sc, m.t0);
      if (resume !== null) { q = resume; continue; }
    }
    return { e: r.entOf[mi]!, t: m.t0 };
  }
  return null;
}

export interface ObjectArg { e: number; t: number; i: number }
/** First actor after k (skipping determiners, titles and a few adjectives); t is the token after it. */
export function objectAfter(sc: SentenceScope, k: number, maxGap = 3, places = true): ObjectArg | null {
  const toks = tokensOf(sc);
  const r = sc.input.resolved;
  for (let q = k, n = 0; q < sc.unit.t1 && n <= maxGap; q++, n++) {
    const mi = sc.doc.mentionAt.get(q);
    if (mi !== undefined) {
      const m = r.mentions[mi]!;
      // an affiliation before a titled person: "US Secretary of State Antony Blinken" -> the person
      const person = sc.doc.personOfAffil.get(m) ?? -1;
      if (person >= 0) return { e: r.entOf[person]!, t: r.mentions[person]!.t1, i: person };
      if (m.kind === 'demonym') { q = m.t1 - 1; continue; }
      if (!places && entityOf(sc, mi).type === 'Place') return null;
      return { e: r.entOf[mi]!, t: m.t1, i: mi };
    }
    const w = toks[q]!;
    if (/^[,.;:"“”]$/.test(w.v)) return null;
    if (isTitleWord(w.l)) { n--; continue; } // titles do not count toward the gap
    // an actor after another verb is that verb's argument ("refused to meet X" does not oppose X)
    if (w.pos === 'VERB' && q > k) return null;
  }
  return null;
}

/** Further objects coordinated after a first one ("accused A and B", "toured A, B and C"). */
export function moreObjects(sc: SentenceScope, first: ObjectArg, accept: (o: ObjectArg) => boolean, opts: { commas: boolean; maxGap: number; places: boolean }): ObjectArg[] {
  const toks = tokensOf(sc);
  const out: ObjectArg[] = [];
  let last = first;
  while (toks[last.t]?.l === 'and' || (opts.commas && toks[last.t]?.v === ',')) {
    const nx = objectAfter(sc, last.t + 1, opts.maxGap, opts.places);
    if (!nx || !accept(nx)) break;
    out.push(nx);
    last = nx;
  }
  return out;
}

/** "X's (upcoming) visit to", "his talks with": the possessor is the subject of a nominal frame. */
export function possessorBefore(sc: SentenceScope, k: number): Arg | null {
  const toks = tokensOf(sc);
  let q = k - 1;
  while (q > sc.unit.t0 && NOMINAL_MODIFIERS.has(toks[q]!.l)) q--;
  if (toks[q]?.v === "'s" || toks[q]?.v === '’s' || toks[q]?.v === "'") {
    const mi = sc.doc.mentionEnd.get(q);
    if (mi !== undefined && isActor(sc, mi)) return { e: sc.input.resolved.entOf[mi]!, t: sc.input.resolved.mentions[mi]!.t0 };
  }
  // "his visit to", "her talks with": the person the sentence is about
  if ((toks[q]?.l === 'his' || toks[q]?.l === 'her') && !STANCE_NOUNS.has(toks[k]!.lemma)) {
    const who = personSubject(sc, q) ?? sc.prevPerson;
    if (who >= 0) return { e: who, t: q };
  }
  return null;
}

/** The person a possessive pronoun at q refers to: the subject of its sentence (before it, else after it). */
export function personSubject(sc: SentenceScope, q: number): number | null {
  const toks = tokensOf(sc);
  const r = sc.input.resolved;
  const isPerson = (mi: number) => r.entOf[mi]! >= 0 && entityOf(sc, mi).type === 'Person' && !r.mentions[mi]!.possessive;
  for (let z = sc.unit.t0; z < q; z++) {
    const mi = sc.doc.mentionAt.get(z);
    if (mi === undefined) continue;
    const pre = toks[z - 1]?.l ?? '';
    if (isPerson(mi) && !PREPS.has(pre) && !(toks[z - 1]?.pos === 'VERB')) return r.entOf[mi]!;
    z = r.mentions[mi]!.t1 - 1;
  }
  if (toks[sc.unit.t0]!.l.endsWith('ing')) { // "Speaking during his visit to X, Marcos said"
    for (let z = q; z < sc.unit.t1; z++) { const mi = sc.doc.mentionAt.get(z); if (mi !== undefined && isPerson(mi)) return r.entOf[mi]!; }
  }
  return null;
}

/** The speaker of a claim around k, when the relation word sits in reported speech with no subject of its own. */
export function inheritedSpeaker(sc: SentenceScope, k: number): Arg | null {
  const c = sc.claims.find((x) => x.c0 > k - 3 && x.c0 <= k + 3) ?? sc.claims.find((x) => k >= x.c0 && k < x.c1);
  if (!c) return null;
  return { e: c.speaker, t: k, via: 'speaker', ...(c.group ? { group: c.group } : {}) };
}

/** Subject from the clause, else from the claim the word is reported in. */
export function subjectOrSpeaker(sc: SentenceScope, k: number, exclude = -1): Arg | null {
  return subjectBefore(sc, k, exclude) ?? inheritedSpeaker(sc, k);
}
