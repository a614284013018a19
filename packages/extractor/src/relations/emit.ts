// Building a relation: the sentence as evidence, the negation and hedging read from the words between
// the subject and the relation word, and a pair of speakers expanded to each of them.
import type { RelationPredicate } from '@kg/ontology';
import { ARGUMENT_DETERMINERS, NOMINAL_MODIFIERS } from '../lexicon/relations.js';
import { modalityOf } from './modality.js';
import { confidenceOf } from './confidence.js';
import type { Arg, RawRelation, SentenceScope } from './types.js';

export interface Flags { negated?: boolean; hedged?: boolean; title?: string }

/** Negated/hedged as read from the tokens between from and to (inclusive, clipped to the sentence). */
export function modality(sc: SentenceScope, from: number, to: number): { negated: boolean; hedged: boolean } {
  const u = sc.unit;
  const toks = sc.input.analysis.tokens;
  // the window takes in the premodifiers of a nominal ("the upcoming talks between A and B")
  let a = Math.max(u.t0, Math.min(from, to));
  while (a > u.t0 && (NOMINAL_MODIFIERS.has(toks[a - 1]!.l) || ARGUMENT_DETERMINERS.has(toks[a - 1]!.l))) a--;
  return modalityOf(toks, a, Math.min(u.t1 - 1, Math.max(from, to)));
}

/**
 * The relation subject -pred-> object found by `rule`, or none when an argument is missing or both are the
 * same; a subject speaking for a pair gives one relation per member.
 */
export function relate(sc: SentenceScope, rule: string, s: Arg | number, pred: RelationPredicate, o: number, from: number, to: number, flags: Flags = {}): RawRelation[] {
  const subj = typeof s === 'number' ? { e: s, t: from } : s;
  if (subj.e < 0 || o < 0 || subj.e === o) return [];
  const g = subj.group;
  if (g && g.length > 1 && g.includes(subj.e)) return g.flatMap((x) => relate(sc, rule, { e: x, t: subj.t, ...(subj.via ? { via: subj.via } : {}) }, pred, o, from, to, flags));
  const m = flags.negated === undefined || flags.hedged === undefined ? modality(sc, from, to) : { negated: false, hedged: false };
  return [{
    subject: subj.e, predicate: pred, object: o, start: sc.unit.start, end: sc.unit.end,
    negated: flags.negated ?? m.negated, hedged: flags.hedged ?? m.hedged,
    ...(flags.title ? { title: flags.title } : {}), rule, confidence: confidenceOf(rule, subj),
  }];
}
