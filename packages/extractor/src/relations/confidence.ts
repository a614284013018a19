// How likely a relation found by a rule is right: the rule's own confidence (how specific its pattern
// is), lowered when the subject was not named in the clause but carried over from a pronoun or from the
// speaker of a claim. Set a little below each rule's precision on the development sets (seeds and the
// three held-out sets, which the rules were tuned on: urged 0.88, holds-role 0.96, subject-verb-object
// 0.90, sanctioned 1.0, criticism-from-claim 0.82, support-oppose 0.56, visit 1.0, met-together 1.0,
// stance-noun 1.0, concern-over 0.80, each-other 0.75; passive unmeasured).
import type { Arg } from './types.js';

const RULE_CONFIDENCE: Readonly<Record<string, number>> = {
  'holds-role': 0.9,
  'met-together': 0.9,
  'subject-verb-object': 0.85,
  visit: 0.9,
  urged: 0.85,
  'support-oppose': 0.55,
  'each-other': 0.7,
  passive: 0.75,
  'concern-over': 0.7,
  'stance-noun': 0.8,
  sanctioned: 0.8,
  'criticism-from-claim': 0.7,
};
/** How the subject was found: named in the clause, a pronoun, or the speaker of the claim around the word. */
const VIA: Readonly<Record<NonNullable<Arg['via']>, number>> = { pronoun: 0.85, speaker: 0.8 };

export function confidenceOf(rule: string, subject?: Arg): number {
  const base = RULE_CONFIDENCE[rule] ?? 0.6;
  return Math.round(base * (subject?.via ? VIA[subject.via] : 1) * 100) / 100;
}
