// Words that make a claim about an actor a criticism of it, matched on lemmas, word stems and lemma
// sequences. General lexicon: nothing here is specific to any article.
import type { CueSet } from './modality.js';
import { words } from './words.js';

/** Criticism words: said about an actor in a claim, they make the claim a criticism of that actor. */
export const CRITICISM: CueSet & { stems: readonly string[] } = {
  lemmas: words('contain hurt harm hype'),
  // adjectives by their form, and "lies" (a noun) but not "lie" (the verb "lies in")
  words: words('erroneous egregious irresponsible hostile reckless dangerous biased fake malicious lies'),
  // word families by their stem ("interfere", "interference"; "provoke", "provocation", "provocative")
  stems: [...words(`interfer suppress undermin hegemon provocat provok violat disregard deflect accus destabilis
destabiliz hypocri coerc bully bulli aggress illegal arrogan prejudic slander sabotag smear`)],
  phrases: [
    ['shift', 'the', 'blame'], ['unilateral', 'sanction'], ['tool', 'of', 'confrontation'], ['instrument', 'of', 'confrontation'],
    ['source', 'of', 'confrontation'], ['bloc', 'confrontation'], ['blind', 'eye'], ['gang', 'up'], ['double', 'standard'],
    ['cold', 'war', 'mentality'],
  ],
};
