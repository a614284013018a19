import { foldKey, getGazetteer } from '../../gazetteer.js';
import { NON_NAME_HEADS, SPEAKER_GROUP_LEMMAS } from '../../lexicon/index.js';
import { wordsOf, type CandidateRule } from './types.js';

/**
 * Stop-list: a candidate the gazetteer already knows in another shape, one with the head of a
 * document or event ("Paris Agreement", "Summit"), or a plural noun of people opening a sentence
 * ("Observers said ...") is no new entity.
 */
export const notAName: CandidateRule = (c, ctx) => {
  if (getGazetteer().byKey.has(foldKey(c.text))) return 'drop';
  const w = wordsOf(c);
  if (w.some((x) => NON_NAME_HEADS.has(x))) return 'drop';
  const t = ctx.toks[c.t0]!;
  if (w.length === 1 && /s$/.test(t.l) && SPEAKER_GROUP_LEMMAS.has(t.l.replace(/s$/, ''))) return 'drop';
  return undefined;
};
