import { PLACE_NOUNS, PLACE_PREPOSITIONS, PLACE_VERBS } from '../../lexicon/index.js';
import { isCueAt } from './cue.js';
import { typed, wordsOf, type CandidateRule } from './types.js';

/**
 * A short unknown name after a locative word or before a place noun is a place: "around Goma",
 * "travel to Perth", "North Kivu province" (but not "to Smith said", a speaker, nor an initial).
 */
export const placeFromContext: CandidateRule = (c, ctx) => {
  const { toks } = ctx;
  const w = wordsOf(c);
  const prev = toks[c.t0 - 1];
  // "according to X" names a source, not a place
  const locative = !!prev && (PLACE_PREPOSITIONS.has(prev.l) || PLACE_VERBS.has(prev.lemma)) && toks[c.t0 - 2]?.l !== 'according';
  if (PLACE_NOUNS.has(toks[c.t1]?.l ?? '') || (locative && w.length <= 2 && !isCueAt(toks, c.t1) && !/^[A-Z]\.$/.test(w[0]!))) {
    return typed(c, 'Place', c.text, 0.6);
  }
  return undefined;
};
