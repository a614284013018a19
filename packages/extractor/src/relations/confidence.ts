// How likely a relation found by a rule is right: the rule's own confidence (how specific its pattern
// is), lowered when the subject was not named in the clause but carried over from a pronoun or from the
// speaker of a claim. Priors, checked against the precision of each rule on the development sets.
import type { Arg } from './types.js';

const RULE_CONFIDENCE: Readonly<Record<string, number>> = {
  'holds-role': 0.9,
  'met-together': 0.85,
  'subject-verb-object': 0.8,
  visit: 0.85,
  urged: 0.85,
  'support-oppose': 0.7,
  'each-other': 0.8,
  passive: 0.75,
  'concern-over': 0.7,
  'stance-noun': 0.7,
  sanctioned: 0.7,
  'criticism-from-claim': 0.55,
};
/** How the subject was found: named in the clause, a pronoun, or the speaker of the claim around the word. */
const VIA: Readonly<Record<NonNullable<Arg['via']>, number>> = { pronoun: 0.85, speaker: 0.8 };

export function confidenceOf(rule: string, subject?: Arg): number {
  const base = RULE_CONFIDENCE[rule] ?? 0.6;
  return Math.round(base * (subject?.via ? VIA[subject.via] : 1) * 100) / 100;
}
