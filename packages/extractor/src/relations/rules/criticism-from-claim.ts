import type { RawClaim } from '../../claims.js';
import { CRITICISM } from '../../lexicon/criticism.js';
import { PREPS } from '../../lexicon/function-words.js';
import { tokensOf } from '../args.js';
import { cueAt } from '../modality.js';
import { confidenceOf } from '../confidence.js';
import type { RawRelation, SentenceScope } from '../types.js';

const RULE = 'criticism-from-claim';
const ACTOR_TYPES = ['Country', 'Organization', 'Person'];

/** The speaker and the speaker's side (the body and state they serve): never the target of their own criticism. */
function sideOf(sc: SentenceScope, speaker: number): Set<number> {
  const r = sc.input.resolved;
  const countryIndex = (name: string) => r.entities.findIndex((e) => e.type === 'Country' && e.name === name);
  const side = new Set<number>([speaker]);
  for (const role of r.roles) {
    if (role.person !== speaker) continue;
    side.add(role.affil);
    const a = r.entities[role.affil]!;
    if (a.country) side.add(countryIndex(a.country));
  }
  const sp = r.entities[speaker]!;
  if (sp.country) side.add(countryIndex(sp.country));
  return side;
}

/** The actor a criticism word at offset `at` is about: the last actor before it in the claim, else a body after it. */
function targetOf(sc: SentenceScope, c: RawClaim, at: number, side: Set<number>): number {
  const r = sc.input.resolved;
  const toks = tokensOf(sc);
  let target = -1;
  let best = -1;
  r.mentions.forEach((mm, i) => {
    const e = r.entOf[i]!;
    if (e < 0 || mm.s < c.start || mm.e > at || side.has(e) || mm.kind === 'demonym') return;
    if (ACTOR_TYPES.includes(r.entities[e]!.type) && mm.s > best) { best = mm.s; target = e; }
  });
  if (target >= 0) return target;
  const after = r.mentions.findIndex((mm, i) => {
    const e = r.entOf[i]!;
    if (e < 0 || mm.s < at || mm.e > c.end || side.has(e) || mm.kind === 'demonym') return false;
    if (PREPS.has(toks[mm.t0 - 1]?.l ?? '') || PREPS.has(toks[mm.t0 - 2]?.l ?? '')) return false;
    return ['Country', 'Organization'].includes(r.entities[e]!.type) && !mm.possessive;
  });
  return after < 0 ? -1 : r.entOf[after]!;
}

/**
 * A claim blaming an actor other than the speaker's side is a criticism of it.
 * @example "The minister said Freedonia keeps interfering in the region's affairs." -> minister CRITICIZED Freedonia
 */
export function criticismFromClaim(sc: SentenceScope): RawRelation[] {
  const out: RawRelation[] = [];
  const toks = tokensOf(sc);
  for (const c of sc.claims) {
    const side = sideOf(sc, c.speaker);
    for (let k = c.c0; k < c.c1; k++) {
      if (!cueAt(toks, k, c.c1 - 1, CRITICISM)) continue;
      const target = targetOf(sc, c, toks[k]!.s, side);
      if (target < 0) continue;
      out.push({ subject: c.speaker, predicate: 'CRITICIZED', object: target, start: c.sentStart, end: c.sentEnd, negated: false, hedged: false, rule: RULE, confidence: confidenceOf(RULE) });
      break;
    }
  }
  return out;
}
