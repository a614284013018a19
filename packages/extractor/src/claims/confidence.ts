// How sure the extractor is of a claim: the rule that found its cue (an explicit "X said that" is surer
// than a quoted label or a quotation continued from before) times how its speaker was named (a name is
// surer than a pronoun, a pronoun surer than a body inferred from the discourse).
import type { Attribution, ClaimContext, SpeakerRef } from './types.js';

/** Confidence of each rule's cue, before the speaker is considered. */
const RULE_CONFIDENCE: Readonly<Record<string, number>> = {
  'said-that': 0.95, 'quote-then-speaker': 0.95, 'said-speaker': 0.95, 'said-colon': 0.9, 'transcript-answer': 0.9,
  'speaker-then-quote': 0.85, 'told-object': 0.85, 'according-to': 0.85, 'urge-object': 0.85, 'leading-participle': 0.75,
  'object-cue': 0.7, 'continued-quote': 0.7, 'called-label': 0.6,
};

/** How much a speaker reference is trusted. */
function speakerWeight(ctx: ClaimContext, ref: SpeakerRef | undefined): number {
  if (!ref) return 0.85; // inherited from the clause subject or the previous cue
  switch (ref.kind) {
    case 'mention': return ctx.r.mentions[ref.mention]!.kind === 'name' ? 1 : 0.85;
    case 'entity': case 'group': return 0.9;
    case 'pronoun': return 0.8;
    case 'pair': return 0.8;
    default: return 0.75; // a document, an unnamed official, a collective: resolved through the discourse
  }
}

/** A claim's confidence (0-1), from its rule and its speaker reference. */
export function claimConfidence(ctx: ClaimContext, c: Pick<Attribution, 'rule' | 'source'> | { rule: string; source?: undefined }): number {
  return Math.round((RULE_CONFIDENCE[c.rule] ?? 0.7) * speakerWeight(ctx, c.source) * 100) / 100;
}
