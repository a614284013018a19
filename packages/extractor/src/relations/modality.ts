// Cue sets of the lexicon (hedges, negations, criticism words) matched on tokens: a lemma, a word form,
// a word stem or a lemma sequence.
import type { CueSet } from '../lexicon/modality.js';
import { FUTURE_MODALS, HEDGES, NEGATIONS, ONGOING_AFTER_MODAL } from '../lexicon/modality.js';
import type { Token } from '../nlp.js';

const same = (t: Token | undefined, w: string): boolean => t !== undefined && (t.lemma === w || t.l === w);

/** Does a cue of the set start at token i (a phrase must end by token `last`)? */
export function cueAt(toks: readonly Token[], i: number, last: number, cues: CueSet & { stems?: readonly string[] }): boolean {
  const t = toks[i]!;
  if (cues.lemmas.has(t.lemma) || cues.words.has(t.l)) return true;
  if (cues.stems?.some((s) => t.l.startsWith(s))) return true;
  return cues.phrases.some((p) => i + p.length - 1 <= last && p.every((w, j) => same(toks[i + j], w)));
}

/** Negated/hedged from the tokens from..to (inclusive). */
export function modalityOf(toks: readonly Token[], from: number, to: number): { negated: boolean; hedged: boolean } {
  let negated = false, hedged = false;
  for (let i = from; i <= to; i++) {
    negated ||= cueAt(toks, i, to, NEGATIONS);
    // "will visit" is a plan; "will continue to work with" is a relation that holds
    hedged ||= cueAt(toks, i, to, HEDGES) || (FUTURE_MODALS.has(toks[i]!.l) && !ONGOING_AFTER_MODAL.has(toks[i + 1]?.l ?? ''));
  }
  return { negated, hedged };
}
