// Hedges and negations as lemmas, words and lemma sequences (matched on wink-nlp's `token.lemma`, so no
// inflections are listed). General lexicon: nothing here is specific to any article.
import { words } from './words.js';

/** A cue: single lemmas, single words (forms whose lemma would be too broad), and lemma sequences. */
export interface CueSet {
  lemmas: ReadonlySet<string>;
  words: ReadonlySet<string>;
  phrases: ReadonlyArray<readonly string[]>;
}
const phrases = (s: string): string[][] => s.split(',').map((p) => p.trim().split(/\s+/));

/** Hedging cues: a plan, an intention, a possibility, a report ("will visit", "plans to", "may"). */
export const HEDGES: CueSet = {
  lemmas: words('consider plan potential possibly schedule hope intend propose prospective likely reportedly upcoming unless if'),
  // modal verbs by their form: wink lemmatises some of them to another modal
  words: words('may might could should'),
  phrases: phrases(`commit to, expect to, be expect, ready to, willing to, look forward, aim to, seek to, about to, set to, be to,
ahead of, want to, wish to, be due to, agree to, prepare to, try to, offer to`),
};
/** Future modals hedge a plan ("will visit") but not a relation that goes on ("will continue to work with"). */
export const FUTURE_MODALS = words('will would shall');
export const ONGOING_AFTER_MODAL = words('continue remain keep always still');

/** Negation cues. */
export const NEGATIONS: CueSet = {
  // "denied meeting X": the speaker says it did not happen
  lemmas: words('not never without deny'),
  words: words("n't"),
  phrases: phrases('no longer, refuse to, decline to, fail to'),
};
