// Relation words found in a sentence through the verb lexicon, and two shapes several patterns share:
// a coordinated pair of persons ("A and B met") and the place of a meeting ("met B in <capital>").
import type { RelationPredicate } from '@kg/ontology';
import { AMBIGUOUS_NOUNS, DET, PREPS, TITLE_WORDS, VERB_FRAMES } from './words.js';
import { isActor, subjectBefore, tokensOf } from './args.js';
import { relate } from './emit.js';
import type { Arg, RawRelation, SentenceScope } from './types.js';

export interface FrameMatch {
  /** The relation word. */
  k: number;
  predicate: RelationPredicate;
  /** Token after the word and its preposition. */
  q: number;
  /** The frame names a preposition ("talks with", "call on"). */
  prep: boolean;
  /** "X and Y accused each other". */
  reciprocal: boolean;
}

/** Where the argument after the word at k begins, past adverbs ("cooperate closely with", "spoke by phone with"). */
function afterAdverbs(sc: SentenceScope, k: number): number {
  const toks = tokensOf(sc);
  let q = k + 1;
  if (/ly$/.test(toks[q]?.l ?? '') && toks[q]!.pos === 'ADV') q++;
  if (/^(?:today|yesterday|again|separately|briefly)$/.test(toks[q]?.l ?? '')) q++;
  if (toks[q]?.l === 'by' && /^(?:phone|telephone|video|videolink)$/.test(toks[q + 1]?.l ?? '')) q += 2;
  return q;
}

/** Every relation word of the given predicates in the sentence, with its frame checked. */
export function frameMatches(sc: SentenceScope, preds: readonly RelationPredicate[]): FrameMatch[] {
  const toks = tokensOf(sc);
  const out: FrameMatch[] = [];
  const frames = VERB_FRAMES.filter((f) => preds.includes(f.pred));
  for (let k = sc.unit.t0; k < sc.unit.t1; k++) {
    const t = toks[k]!;
    for (const f of frames) {
      if (!f.re.test(t.l)) continue;
      let q = k + 1;
      if (f.prep) {
        q = afterAdverbs(sc, k);
        if (!f.prep.test(toks[q]?.l ?? '')) continue;
        q++;
      }
      // nouns that are also verbs ("support for", "a visit") count as verbs only when tagged so
      if (AMBIGUOUS_NOUNS.has(t.l) && t.pos !== 'VERB') continue;
      const reciprocal = toks[q]?.l === 'each' && toks[q + 1]?.l === 'other';
      out.push({ k, predicate: f.pred, q, prep: !!f.prep, reciprocal });
    }
  }
  return out;
}

/** A meeting verb with a coordinated subject and no "with" ("X and Y met", "X and Y held talks"). */
export function isPairMeetingWord(sc: SentenceScope, k: number): boolean {
  const toks = tokensOf(sc);
  const t = toks[k]!;
  const next = toks[k + 1]?.l;
  return (/^(?:met|meet|talks|discuss|discussed)$/.test(t.l) && next !== 'with' && t.pos === 'VERB')
    || (t.l === 'talks' && toks[k - 1]?.l === 'held' && next !== 'with');
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
    if (!(TITLE_WORDS.has(toks[q]!.l) || DET.has(toks[q]!.l))) return null;
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
