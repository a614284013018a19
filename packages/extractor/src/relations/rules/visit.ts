import { moreObjects, objectAfter, possessorBefore, subjectBefore, tokensOf, typeOf, type ObjectArg } from '../args.js';
import { relate } from '../emit.js';
import { activeFrames, type FrameMatch } from '../frames.js';
import type { RawRelation, SentenceScope } from '../types.js';

const RULE = 'visit';

/** "meeting with visiting X in Beijing": X visited the place. Null when no person follows ("is visiting Kenya"). */
function visitingPerson(sc: SentenceScope, m: FrameMatch, q: number): RawRelation[] | null {
  const toks = tokensOf(sc);
  const person = objectAfter(sc, q, 2, false);
  if (!person || typeOf(sc, person.e) !== 'Person') return null;
  if (toks[person.t]?.l !== 'in') return [];
  const place = objectAfter(sc, person.t + 1, 1);
  return place && isLocation(sc, place) ? relate(sc, RULE, person.e, 'VISITED', place.e, m.k, place.t) : [];
}

/** "the visit of X to Y". */
function visitOf(sc: SentenceScope, m: FrameMatch, q: number): RawRelation[] {
  const toks = tokensOf(sc);
  const who = objectAfter(sc, q + 1, 2, false);
  if (!who || typeOf(sc, who.e) !== 'Person' || toks[who.t]?.l !== 'to') return [];
  const where = objectAfter(sc, who.t + 1, 2);
  return where && isLocation(sc, where) ? relate(sc, RULE, who.e, 'VISITED', where.e, m.k, where.t) : [];
}

const isLocation = (sc: SentenceScope, o: ObjectArg) => ['Place', 'Country'].includes(typeOf(sc, o.e));

/**
 * A visit to a country or place, by a verb ("visited", "arrived in", "toured A, B and C") or a nominal
 * with its possessor ("his visit to X", "the visit of X to Y", "visiting X in Y").
 * @example "The foreign minister toured Kenya, Ghana and Senegal last week." -> minister VISITED each
 */
export function visit(sc: SentenceScope): RawRelation[] {
  const toks = tokensOf(sc);
  const out: RawRelation[] = [];
  for (const m of activeFrames(sc, ['VISITED'])) {
    let q = m.q;
    if (toks[q]?.l === 'to') q++;
    if (toks[m.k]!.l.endsWith('ing')) {
      const v = visitingPerson(sc, m, q);
      if (v) { out.push(...v); continue; }
    }
    if (toks[q]?.l === 'of') { out.push(...visitOf(sc, m, q)); continue; }
    const o = objectAfter(sc, q, 2);
    if (!o || !isLocation(sc, o)) continue;
    const s = possessorBefore(sc, m.k) ?? subjectBefore(sc, m.k, o.e);
    if (!s) continue;
    out.push(...relate(sc, RULE, s, 'VISITED', o.e, s.t, m.k));
    for (const nx of moreObjects(sc, o, (x) => isLocation(sc, x), { commas: true, maxGap: 1, places: true })) {
      out.push(...relate(sc, RULE, s, 'VISITED', nx.e, s.t, m.k));
    }
  }
  return out;
}
