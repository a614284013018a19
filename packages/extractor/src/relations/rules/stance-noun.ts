import { NOMINAL_MODIFIERS, STANCE_NOUNS, STANCE_VERB_LEMMAS } from '../../lexicon/relations.js';
import { objectAfter, possessorBefore, subjectOrSpeaker, tokensOf, typeOf } from '../args.js';
import { relate } from '../emit.js';
import type { Arg, RawRelation, SentenceScope } from '../types.js';

const RULE = 'stance-noun';

/** The subject of a stance verb governing the noun at k: "pledged (firm) support for", "voiced support for". */
function stanceVerbSubject(sc: SentenceScope, k: number, o: number): Arg | null {
  const toks = tokensOf(sc);
  for (let q = k - 1; q >= Math.max(sc.unit.t0, k - 4); q--) {
    if (STANCE_VERB_LEMMAS.has(toks[q]!.lemma)) {
      return subjectOrSpeaker(sc, q, o);
    }
    // "promised continued military support": premodifiers of the noun are no verb
    if (!NOMINAL_MODIFIERS.has(toks[q]!.l) && (toks[q]!.pos === 'VERB' || /^[,.;:]$/.test(toks[q]!.v))) break;
  }
  return null;
}

/**
 * Noun-phrase stances: "X's support for Y", "pledged support for Y", "opposition to Y".
 * @example "Freedonia's support for Ruritania has not wavered." -> Freedonia SUPPORTED Ruritania
 */
export function stanceNoun(sc: SentenceScope): RawRelation[] {
  const toks = tokensOf(sc);
  const out: RawRelation[] = [];
  for (let k = sc.unit.t0; k < sc.unit.t1; k++) {
    const t = toks[k]!;
    const pred = STANCE_NOUNS.get(t.lemma);
    if (!pred || t.pos === 'VERB' || !['for', 'to'].includes(toks[k + 1]?.l ?? '')) continue;
    const o = objectAfter(sc, k + 2, 2);
    if (!o || typeOf(sc, o.e) === 'Place') continue;
    const s = possessorBefore(sc, k) ?? stanceVerbSubject(sc, k, o.e);
    if (s) out.push(...relate(sc, RULE, s, pred, o.e, s.t, k));
  }
  return out;
}
