import {
  ADMINISTRATION_NOUNS, RELATION_WORDS, SANCTION_AGENT_LEMMAS, SANCTION_LEMMA, SANCTION_LIFT_LEMMAS, SANCTION_LIFT_PHRASES,
  SANCTION_MODIFIERS, SANCTION_NOUN_PREPS,
} from '../../lexicon/relations.js';
import { PREPS } from '../../lexicon/function-words.js';
import { claimAt, isActor, objectAfter, subjectBefore, tokensOf, type ObjectArg } from '../args.js';
import { relate } from '../emit.js';
import type { Arg, RawRelation, SentenceScope } from '../types.js';

const RULE = 'sanctioned';
const URGE_LEMMAS = new Set(RELATION_WORDS.filter((w) => w.predicate === 'URGED').map((w) => w.lemma));

/** In "urged X to ... lift sanctions", the urged party is the agent. */
function urgedBefore(sc: SentenceScope, k: number): Arg | null {
  const toks = tokensOf(sc);
  for (let q = k - 1; q >= sc.unit.t0; q--) {
    if (URGE_LEMMAS.has(toks[q]!.lemma) && toks[q]!.pos === 'VERB') {
      const o = objectAfter(sc, q + 1 + (toks[q + 1]?.l === 'on' ? 1 : 0), 2, false);
      // the urged party is the verb's object, not the caller of a noun ("calls from X to ease sanctions")
      const m = o ? sc.input.resolved.mentions[o.i]! : undefined;
      return o && m && !PREPS.has(toks[m.t0 - 1]?.l ?? '') ? { e: o.e, t: o.t } : null;
    }
  }
  return null;
}

/** "his administration": the country the speaking person serves. */
function administrationOf(sc: SentenceScope, k: number): Arg | null {
  const toks = tokensOf(sc);
  const r = sc.input.resolved;
  for (let q = k - 1; q > sc.unit.t0; q--) {
    if (ADMINISTRATION_NOUNS.has(toks[q]!.l) && /^(?:his|her)$/.test(toks[q - 1]!.l)) {
      const who = claimAt(sc, q)?.speaker;
      if (who === undefined) return null;
      const role = r.roles.find((x) => x.person === who && r.entities[x.affil]!.type === 'Country');
      return role ? { e: role.affil, t: q } : null;
    }
  }
  return null;
}

/** The sanctioned party after the word at k: "sanctions on/against X", "sanctioned (13 entities, including) X". */
function sanctionedParty(sc: SentenceScope, k: number, noun: boolean): ObjectArg | null {
  const toks = tokensOf(sc);
  let q = k + 1;
  if (noun) { if (!SANCTION_NOUN_PREPS.has(toks[q]?.l ?? '')) return null; q++; }
  const o = objectAfter(sc, q, noun ? 2 : 4, false);
  if (o || noun) return o;
  for (let z = q; z < Math.min(sc.unit.t1, q + 20) && !/^[.;]$/.test(toks[z]!.v); z++) if (toks[z]!.l === 'including') return objectAfter(sc, z + 1, 3, false);
  return null;
}

/** The sanctioning party: a nominal modifier ("U.S. sanctions"), "adopted by X", the urged party, the speaker's state. */
function sanctioningParty(sc: SentenceScope, k: number, o: ObjectArg): Arg | null {
  const toks = tokensOf(sc);
  const r = sc.input.resolved;
  let z = k - 1;
  while (z > sc.unit.t0 && SANCTION_MODIFIERS.has(toks[z]!.l)) z--;
  const mod = sc.doc.mentionEnd.get(z + 1);
  if (mod !== undefined && isActor(sc, mod)) return { e: r.entOf[mod]!, t: r.mentions[mod]!.t0 };
  // "sanctions against X adopted by Y"
  if (SANCTION_AGENT_LEMMAS.has(toks[o.t]?.lemma ?? '') && toks[o.t + 1]?.l === 'by') {
    const ag = objectAfter(sc, o.t + 2, 1, false);
    if (ag) return { e: ag.e, t: ag.t };
  }
  return urgedBefore(sc, k) ?? administrationOf(sc, k);
}

/** "lift/ease/roll back sanctions": in the five words before k. */
function isLifting(sc: SentenceScope, k: number): boolean {
  const toks = tokensOf(sc);
  for (let i = Math.max(sc.unit.t0, k - 5); i < k; i++) {
    if (SANCTION_LIFT_LEMMAS.has(toks[i]!.lemma)) return true;
    if (SANCTION_LIFT_PHRASES.some((p) => p.every((w, j) => toks[i + j]?.lemma === w))) return true;
  }
  return false;
}

/**
 * Sanctions: "imposes sanctions on X", "lift sanctions against X" (the sanctions exist: not negated),
 * "U.S. sanctions on X", "restrictive measures against X", "sanctioned X".
 * @example "Freedonia imposed fresh sanctions on three Ruritanian banks." -> Freedonia SANCTIONED the banks
 */
export function sanctioned(sc: SentenceScope): RawRelation[] {
  const toks = tokensOf(sc);
  const out: RawRelation[] = [];
  for (let k = sc.unit.t0; k < sc.unit.t1; k++) {
    const t = toks[k]!;
    const restrictive = t.l === 'measures' && toks[k - 1]?.l === 'restrictive';
    if (t.lemma !== SANCTION_LEMMA && !restrictive) continue;
    const o = sanctionedParty(sc, k, restrictive || t.pos !== 'VERB');
    if (!o) continue;
    const lifting = isLifting(sc, k);
    // "calls to ease sanctions against X": the clause subject is not the sanctioning party
    const s = sanctioningParty(sc, k, o) ?? (lifting ? null : subjectBefore(sc, k, o.e));
    if (s) out.push(...relate(sc, RULE, s, 'SANCTIONED', o.e, s.t, k, lifting ? { hedged: false, negated: false } : {}));
  }
  return out;
}
