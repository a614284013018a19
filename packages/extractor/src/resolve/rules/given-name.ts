import { GIVEN_NAMES, NAME_STOP } from '../../lexicon/index.js';
import { typed, wordsOf, type CandidateRule } from './types.js';
import { isCueAt } from './cue.js';

/**
 * A name of two to four words opening with a known given name is a person: "Margaret Holloway said",
 * "John F. Kennedy", "Mary Ann Collins, who said" (the name's usual gender becomes the entity's
 * `nameGender` hint in resolve/index.ts, not a stated gender).
 */
export const personByGivenName: CandidateRule = (c, ctx) => {
  const w = wordsOf(c);
  if (w.length < 2 || w.length > 4 || NAME_STOP.has(w[0]!) || !GIVEN_NAMES.has(w[0]!.toLowerCase())) return undefined;
  if (ctx.toks[c.t0]!.pos !== 'PROPN') return undefined;
  // after a tagged given name, a capitalised word the tagger reads as a verb or common noun is still a
  // surname ("Ada Cook", "Lena Fox"), unless inflected ("Grace Notes": a plural is a title, not a name)
  // or an adjective ("West African States")
  for (let k = c.t0 + 1; k < c.t1; k++) {
    const t = ctx.toks[k]!;
    if (t.pos === 'PROPN' || /^(?:[A-Z]\.)+$/.test(t.v)) continue;
    if (!/^\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)?$/u.test(t.v) || t.lemma !== t.l || (t.pos !== 'NOUN' && t.pos !== 'VERB')) return undefined;
  }
  return typed(c, 'Person', c.text, isCueAt(ctx.toks, c.t1) ? 0.9 : 0.8);
};
