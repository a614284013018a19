import { objectAfter, subjectOrSpeaker, tokensOf } from '../args.js';
import { relate } from '../emit.js';
import { activeFrames } from '../frames.js';
import type { RawRelation, SentenceScope } from '../types.js';

const RULE = 'support-oppose';

/**
 * A stance verb on an actor: "supports/welcomed/backed/stands with X", "opposes/rejected X", and the
 * agent of a welcomed act ("welcomed a decision by X").
 * @example "The union welcomed a decision by the regional court." -> union SUPPORTED court
 */
export function supportOppose(sc: SentenceScope): RawRelation[] {
  const toks = tokensOf(sc);
  const out: RawRelation[] = [];
  for (const m of activeFrames(sc, ['SUPPORTED', 'OPPOSED'])) {
    if (m.reciprocal) continue;
    let o = objectAfter(sc, m.q, 2);
    if (!o && m.predicate === 'SUPPORTED') {
      for (let z = m.q; z < Math.min(sc.unit.t1, m.q + 5); z++) if (toks[z]!.l === 'by') { o = objectAfter(sc, z + 1, 1); break; }
    }
    if (!o) continue;
    const s = subjectOrSpeaker(sc, m.k, o.e);
    if (s) out.push(...relate(sc, RULE, s, m.predicate, o.e, s.t, m.k));
  }
  return out;
}
