// Stage: mentions. Capitalised runs are chunked, split at titles, classified with the gazetteer and
// head-noun rules (organisations, places), and joined with title cues and appositions into persons
// with roles. Descriptions ("the ministry", "the spokeswoman") and "the X side" are marked for the
// resolver. Everything is token-level and linear in the text length.
import type { Analysis } from '../nlp.js';
import { MENTION_RULES } from './rules/index.js';
import type { Ctx, MentionResult } from './types.js';

export type { Candidate, Mention, MentionKind, MentionResult } from './types.js';
export { titleAt, appositionTitleAfter } from './titles.js';
export { MENTION_RULES } from './rules/index.js';

/** Mentions and untyped name candidates of an analysed text (the analysis is only read). */
export function findMentions(text: string, an: Analysis): MentionResult {
  const out: MentionResult = { mentions: [], candidates: [] };
  an.sentences.forEach((S, si) => {
    const ctx: Ctx = {
      text, toks: an.tokens, sent: si, t0: S.t0, t1: S.t1, out: out.mentions, first: out.mentions.length, names: [], candidates: out.candidates,
    };
    for (const rule of MENTION_RULES) rule(ctx);
  });
  return out;
}
