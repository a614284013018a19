import { CONCERN_INTENSIFIERS, CONCERN_NOUN, CONCERN_PREPS, CONCERN_VERB_LEMMAS } from '../../lexicon/relations.js';
import { isActor, subjectOrSpeaker, tokensOf } from '../args.js';
import { relate } from '../emit.js';
import type { Arg, RawRelation, SentenceScope } from '../types.js';

const RULE = 'concern-over';

/** The actors whose act is the concern: "X's launches", "between X and Y", "by X" (not a topic). */
function concernTargets(sc: SentenceScope, s: Arg, k: number): RawRelation[] {
  const toks = tokensOf(sc);
  const r = sc.input.resolved;
  const out: RawRelation[] = [];
  let between = false;
  for (let q = k + 2, n = 0; q < sc.unit.t1 && n < 8; q++, n++) {
    if (/^[,.;:"“”]$/.test(toks[q]!.v)) break;
    if (toks[q]!.l === 'between') between = true;
    const mi = sc.doc.mentionAt.get(q);
    if (mi === undefined || !isActor(sc, mi)) continue;
    if (r.mentions[mi]!.possessive || between || toks[q - 1]?.l === 'by') out.push(...relate(sc, RULE, s, 'CRITICIZED', r.entOf[mi]!, s.t, k));
    q = r.mentions[mi]!.t1 - 1;
  }
  return out;
}

/**
 * Concern voiced over an actor's act is a criticism of that actor.
 * @example "The ministry expressed deep concern over Ruritania's missile launches." -> ministry CRITICIZED Ruritania
 */
export function concernOver(sc: SentenceScope): RawRelation[] {
  const toks = tokensOf(sc);
  const out: RawRelation[] = [];
  for (let k = sc.unit.t0; k < sc.unit.t1; k++) {
    const t = toks[k]!;
    if (t.lemma !== CONCERN_NOUN || t.pos === 'VERB' || !CONCERN_PREPS.has(toks[k + 1]?.l ?? '')) continue;
    let v = k - 1;
    while (v > sc.unit.t0 && CONCERN_INTENSIFIERS.has(toks[v]!.l)) v--;
    if (!CONCERN_VERB_LEMMAS.has(toks[v]!.lemma)) continue;
    const s = subjectOrSpeaker(sc, v);
    if (s) out.push(...concernTargets(sc, s, k));
  }
  return out;
}
