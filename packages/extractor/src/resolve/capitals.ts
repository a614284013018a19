// Capitals: a place where something happens ("in Beijing", "trip to Kyiv"), or the country when it
// acts ("Washington said", "weapons to Kyiv"); a seat of an international body stands for the body.
import type { Token } from '../nlp.js';
import type { Mention } from '../mentions.js';
import { foldKey, getGazetteer } from '../gazetteer.js';
import { LOC_PREPOSITIONS, LOC_VERBS, MOTION_LEMMAS, SEAT_OF } from '../lexicon/index.js';

/** "to"/"from" locate a capital only after a word of motion within a few words. */
function afterMotion(toks: readonly Token[], m: Mention): boolean {
  for (let q = m.t0 - 2; q >= Math.max(0, m.t0 - 9); q--) {
    if (/^[.;:"“”]$/.test(toks[q]!.v)) return false;
    if (MOTION_LEMMAS.has(toks[q]!.lemma)) return true;
  }
  return false;
}

/** Re-types the capitals of `mentions` (the stage's own copies) in place: Place when located, else Country/body. */
export function typeCapitals(toks: readonly Token[], mentions: Mention[]): void {
  const gaz = getGazetteer();
  const locatedEnd = new Set<number>();
  for (const m of mentions) {
    if (m.kind !== 'capital') continue;
    const prevTok = toks[m.t0 - 1];
    const prev = prevTok?.l ?? '';
    const locPrep = LOC_PREPOSITIONS.has(prev) || LOC_VERBS.has(prevTok?.lemma ?? '');
    const motion = prev === 'to' || prev === 'from' ? afterMotion(toks, m) : true;
    // "toured Kyiv, Warsaw and Paris": a capital listed after a located one is located too
    const listed = (prev === ',' || prev === 'and') && locatedEnd.has(m.t0 - 1);
    const located = (locPrep && motion) || (toks[m.t1]?.v === ',' && gaz.byKey.get(foldKey(toks[m.t1 + 1]?.v ?? ''))?.type === 'Country')
      || prev === 'of' || listed;
    if (located) { locatedEnd.add(m.t1); continue; }
    const body = SEAT_OF.get(m.name);
    if (body) { m.type = 'Organization'; m.kind = 'name'; m.name = body; delete m.country; continue; }
    m.type = 'Country'; m.name = m.country!;
  }
}
