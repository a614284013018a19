import { isActor, subjectBefore, tokensOf } from '../args.js';
import { relate } from '../emit.js';
import { activeFrames } from '../frames.js';
import type { RawRelation, SentenceScope } from '../types.js';

const RULE = 'each-other';

/**
 * A reciprocal relation between two coordinated subjects: both directions.
 * @example "Ruritania and Freedonia accused each other of violating the truce." -> both CRITICIZED the other
 */
export function eachOther(sc: SentenceScope): RawRelation[] {
  const toks = tokensOf(sc);
  const out: RawRelation[] = [];
  for (const m of activeFrames(sc, ['MET_WITH', 'OPPOSED', 'SUPPORTED', 'CRITICIZED', 'COOPERATED_WITH', 'URGED'])) {
    if (!m.reciprocal) continue;
    const b = subjectBefore(sc, m.k);
    const a = b && toks[b.t - 1]?.l === 'and' ? sc.doc.mentionEnd.get(b.t - 1) : undefined;
    if (!b || a === undefined || !isActor(sc, a)) continue;
    const ea = sc.input.resolved.entOf[a]!;
    out.push(...relate(sc, RULE, ea, m.predicate, b.e, b.t, m.k), ...relate(sc, RULE, b.e, m.predicate, ea, b.t, m.k));
  }
  return out;
}
