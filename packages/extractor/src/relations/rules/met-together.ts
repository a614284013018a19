import { objectAfter, tokensOf } from '../args.js';
import { relate } from '../emit.js';
import { coordinatedPair, frameMatches, isPairMeetingWord, meetingPlace } from '../frames.js';
import type { RawRelation, SentenceScope } from '../types.js';

const RULE = 'met-together';

/**
 * Two persons meeting named together: a coordinated subject without "with", or "a meeting between".
 * @example "Kenyan President A and his Tanzanian counterpart B held talks in Nairobi." -> A MET_WITH B
 * @example "The summit followed a meeting between President A and President B." -> A MET_WITH B
 */
export function metTogether(sc: SentenceScope): RawRelation[] {
  const toks = tokensOf(sc);
  const out: RawRelation[] = [];
  for (let k = sc.unit.t0; k < sc.unit.t1; k++) {
    const pair = isPairMeetingWord(sc, k) ? coordinatedPair(sc, k) : null;
    if (!pair) continue;
    out.push(...relate(sc, RULE, pair[0], 'MET_WITH', pair[1], pair[2], k));
    out.push(...meetingPlace(sc, RULE, [{ e: pair[0], t: pair[2] }, { e: pair[1], t: pair[2] }], k + 1, k));
  }
  for (const m of frameMatches(sc, ['MET_WITH'])) {
    if (m.prep !== 'between') continue;
    const a = objectAfter(sc, m.q, 2, false);
    const b = a && toks[a.t]?.l === 'and' ? objectAfter(sc, a.t + 1, 2, false) : null;
    if (a && b) out.push(...relate(sc, RULE, a.e, 'MET_WITH', b.e, m.k, b.t));
  }
  return out;
}
