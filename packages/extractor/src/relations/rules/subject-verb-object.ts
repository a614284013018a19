import type { RelationPredicate } from '@kg/ontology';
import { moreObjects, objectAfter, possessorBefore, subjectOrSpeaker, typeOf } from '../args.js';
import { relate } from '../emit.js';
import { activeFrames, coordinatedPair, isIdiomAfterObject, isPairMeetingWord, meetingPlace } from '../frames.js';
import type { RawRelation, SentenceScope } from '../types.js';

const RULE = 'subject-verb-object';
const PREDICATES: readonly RelationPredicate[] = ['MET_WITH', 'CRITICIZED', 'COOPERATED_WITH'];

/**
 * An actor acting on another through a verb or its nominal: meetings, criticism, cooperation, with the
 * subject from the clause, a possessor ("Seoul's cooperation with X") or the speaker of the claim.
 * @example "The minister met with his French counterpart in Paris on Monday." -> minister MET_WITH counterpart
 * @example "The ministry condemned Ruritania and Freedonia." -> ministry CRITICIZED each
 */
export function subjectVerbObject(sc: SentenceScope): RawRelation[] {
  const out: RawRelation[] = [];
  for (const m of activeFrames(sc, PREDICATES)) {
    const { k, predicate: pred } = m;
    // "a meeting between A and B", "A and B met" are read by met-together
    if (m.reciprocal || m.prep === 'between' || (pred === 'MET_WITH' && isPairMeetingWord(sc, k) && coordinatedPair(sc, k))) continue;
    // meetings and criticism are between actors; cooperation may name a place ("cooperate with Hong Kong")
    const o = objectAfter(sc, m.q, 2, pred === 'COOPERATED_WITH');
    if (!o || typeOf(sc, o.e) === 'Place' || isIdiomAfterObject(sc, k, o.t)) continue;
    const s = possessorBefore(sc, k) ?? subjectOrSpeaker(sc, k, o.e);
    if (!s) continue;
    out.push(...relate(sc, RULE, s, pred, o.e, s.t, k));
    if (pred === 'MET_WITH') out.push(...meetingPlace(sc, RULE, [s, { e: o.e, t: o.t }], o.t, k));
    // "accused Washington and Seoul", "cooperate with Australia and the United States"
    for (const nx of moreObjects(sc, o, (x) => typeOf(sc, x.e) !== 'Place', { commas: false, maxGap: 2, places: false })) out.push(...relate(sc, RULE, s, pred, nx.e, s.t, k));
  }
  return out;
}
