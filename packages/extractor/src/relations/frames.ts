// Relation words found in a sentence through the verb lexicon, and two shapes several patterns share:
// a coordinated pair of persons ("A and B met") and the place of a meeting ("met B in <capital>").
import type { RelationPredicate } from '@kg/ontology';
import { PREPS } from '../lexicon/function-words.js';
import { CHANNELS, FRAME_ADVERBS, LIGHT_VERB_LEMMAS, PAIR_MEETING_LEMMAS, RELATION_IDIOMS, RELATION_WORDS, type RelationWord } from '../lexicon/relations.js';
import { isActor, isArgumentDeterminer, isTitleWord, subjectBefore, tokensOf } from './args.js';
import { relate } from './emit.js';
import type { Arg, RawRelation, SentenceScope } from './types.js';

export interface FrameMatch {
  /** The relation word. */
  k: number;
  predicate: RelationPredicate;
  /** Token after the word and its preposition. */
  q: number;
  /** The preposition the frame took ("with", "on", "between"), if any. */
  prep?: string;
  /** "X and Y accused each other". */
  reciprocal: boolean;
  /** `passive`: the actor follows the preposition ("Y was criticised by X"). */
  direction: RelationWord['direction'];
}

const IDIOMS = new Map(RELATION_IDIOMS.map((i) => [i.lemma, i]));

/** "backed down", "hails from": the word with this particle is another verb. */
function isIdiomParticle(sc: SentenceScope, k: number): boolean {
  const toks = tokensOf(sc);
  return IDIOMS.get(toks[k]!.lemma)?.particle?.has(toks[k + 1]?.l ?? '') ?? false;
}

/** "ready to meet X halfway": a word just after the object (ending at token t) makes the phrase an idiom. */
export function isIdiomAfterObject(sc: SentenceScope, k: number, t: number): boolean {
  const toks = tokensOf(sc);
  const after = IDIOMS.get(toks[k]!.lemma)?.afterObject;
  return !!after && (after.has(toks[t]?.l ?? '') || after.has(toks[t + 1]?.l ?? ''));
}

/** The relation words of the lexicon by lemma. */
const BY_LEMMA: ReadonlyMap<string, readonly RelationWord[]> = RELATION_WORDS.reduce((m, w) => m.set(w.lemma, [...(m.get(w.lemma) ?? []), w]), new Map<string, RelationWord[]>());

/** Where the argument after the word at k begins, past adverbs ("cooperate closely with", "spoke by phone with"). */
function afterAdverbs(sc: SentenceScope, k: number): number {
  const toks = tokensOf(sc);
  let q = k + 1;
  if (/ly$/.test(toks[q]?.l ?? '') && toks[q]!.pos === 'ADV') q++;
  if (FRAME_ADVERBS.has(toks[q]?.l ?? '')) q++;
  if (toks[q]?.l === 'by' && CHANNELS.has(toks[q + 1]?.l ?? '')) q += 2;
  return q;
}

/** The token after the frame of word w at k, or -1 when the frame does not fit. */
function frameEnd(sc: SentenceScope, k: number, w: RelationWord, all: readonly RelationWord[]): number {
  const toks = tokensOf(sc);
  if (!w.prep) {
    // "met with X" is read by the word's "with" frame
    const next = toks[k + 1]?.l ?? '';
    return all.some((x) => x.prep?.includes(next)) ? -1 : k + 1;
  }
  const q = afterAdverbs(sc, k);
  return w.prep.includes(toks[q]?.l ?? '') ? q + 1 : -1;
}

/** Every relation word of the given predicates in the sentence (by lemma), with its frame checked. */
export function frameMatches(sc: SentenceScope, preds: readonly RelationPredicate[]): FrameMatch[] {
  const toks = tokensOf(sc);
  const out: FrameMatch[] = [];
  for (let k = sc.unit.t0; k < sc.unit.t1; k++) {
    const t = toks[k]!;
    const all = BY_LEMMA.get(t.lemma);
    if (!all || isIdiomParticle(sc, k)) continue;
    for (const w of all) {
      // nouns that are also verbs ("support for", "a call with") count as verbs only when tagged so
      if (!preds.includes(w.predicate) || (w.verbOnly && t.pos !== 'VERB')) continue;
      const q = frameEnd(sc, k, w, all);
      if (q < 0) continue;
      const reciprocal = toks[q]?.l === 'each' && toks[q + 1]?.l === 'other';
      out.push({ k, predicate: w.predicate, q, ...(w.prep ? { prep: toks[q - 1]!.l } : {}), reciprocal, direction: w.direction });
    }
  }
  return out;
}

/** A meeting verb with a coordinated subject and no "with" ("X and Y met", "X and Y held talks"). */
export function isPairMeetingWord(sc: SentenceScope, k: number): boolean {
  const toks = tokensOf(sc);
  const t = toks[k]!;
  if (!PAIR_MEETING_LEMMAS.has(t.lemma) || toks[k + 1]?.l === 'with') return false;
  return t.pos === 'VERB' || (t.pos === 'NOUN' && LIGHT_VERB_LEMMAS.has(toks[k - 1]?.lemma ?? ''));
}

/** The two persons of a subject "A and (his Iranian counterpart) B" before the verb at k: [A, B, start of A]. */
export function coordinatedPair(sc: SentenceScope, k: number): [number, number, number] | null {
  const toks = tokensOf(sc);
  const r = sc.input.resolved;
  const b = subjectBefore(sc, k);
  if (!b) return null;
  let q = b.t - 1;
  for (let n = 0; q > sc.unit.t0 && n < 6 && toks[q]!.l !== 'and'; n++) {
    const dm = sc.doc.mentionEnd.get(q + 1);
    if (dm !== undefined && r.mentions[dm]!.kind === 'demonym') { q = r.mentions[dm]!.t0 - 1; continue; }
    if (!(isTitleWord(toks[q]!.l) || isArgumentDeterminer(toks[q]!.l))) return null;
    q--;
  }
  if (toks[q]?.l !== 'and') return null;
  const a = sc.doc.mentionEnd.get(q);
  if (a === undefined || !isActor(sc, a) || r.mentions[a]!.possessive) return null;
  const ea = r.entOf[a]!;
  // states "discussing" a topic in reported speech are not a meeting
  if (ea === b.e || r.entities[ea]!.type !== 'Person' || r.entities[b.e]!.type !== 'Person') return null;
  if (PREPS.has(toks[r.mentions[a]!.t0 - 1]?.l ?? '')) return null;
  return [ea, b.e, r.mentions[a]!.t0];
}

/** "A met B in <capital>": whoever holds a role in another state travelled there. */
export function meetingPlace(sc: SentenceScope, rule: string, who: readonly Arg[], at: number, k: number): RawRelation[] {
  const toks = tokensOf(sc);
  const r = sc.input.resolved;
  if (toks[at]?.l !== 'in') return [];
  const pi = sc.doc.mentionAt.get(at + 1);
  if (pi === undefined) return [];
  const pm = r.mentions[pi]!;
  if (pm.kind !== 'capital' || r.entities[r.entOf[pi]!]!.type !== 'Place' || !pm.country) return [];
  const out: RawRelation[] = [];
  for (const a of who) {
    const role = r.roles.find((x) => x.person === a.e && !x.inferred);
    if (!role) continue;
    const aff = r.entities[role.affil]!;
    const home = aff.type === 'Country' ? aff.name : aff.country;
    if (home && home !== pm.country) out.push(...relate(sc, rule, a, 'VISITED', r.entOf[pi]!, k, pm.t1));
  }
  return out;
}

/** Matches in the active voice (the passive ones are read by the passive rule). */
export const activeFrames = (sc: SentenceScope, preds: readonly RelationPredicate[]): FrameMatch[] =>
  frameMatches(sc, preds).filter((m) => m.direction === 'active');
