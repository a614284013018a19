import { moreObjects, objectAfter, subjectOrSpeaker, tokensOf } from '../args.js';
import { relate } from '../emit.js';
import { activeFrames } from '../frames.js';
import type { RawRelation, SentenceScope } from '../types.js';

const RULE = 'urged';

/**
 * Urging someone to act: "urged/asked/pressed X (and Y) to ...", "called on X to ...". Never negated by the
 * urged act ("urged X not to ..." is still an urging).
 * @example "The ministers urged Ruritania and Freedonia to return to talks." -> ministers URGED each
 */
export function urged(sc: SentenceScope): RawRelation[] {
  const toks = tokensOf(sc);
  const out: RawRelation[] = [];
  for (const m of activeFrames(sc, ['URGED'])) {
    if (m.reciprocal) continue;
    const o = objectAfter(sc, m.q, 2, false);
    if (!o) continue;
    const objs = [o, ...moreObjects(sc, o, () => true, { commas: true, maxGap: 2, places: false })];
    const end = objs[objs.length - 1]!.t;
    if (!(toks[end]?.l === 'to' || (toks[end]?.l === 'not' && toks[end + 1]?.l === 'to'))) continue;
    const s = subjectOrSpeaker(sc, m.k, o.e);
    if (s) for (const x of objs) out.push(...relate(sc, RULE, s, 'URGED', x.e, s.t, m.k, { negated: false }));
  }
  return out;
}
