// The shape every entity-typing rule for name candidates shares (see ./index.ts for the ordered list).
import type { Token } from '../../nlp.js';
import type { Mention, MentionResult } from '../../mentions.js';
import type { MentionIndex } from '../mention-index.js';

/** A capitalised run the mention stage could not type. */
export type Candidate = MentionResult['candidates'][number];

/** What a rule may look at: the article's tokens and its typed mentions (read only). */
export interface CandidateContext {
  text: string;
  toks: readonly Token[];
  mentions: readonly Mention[];
  ix: MentionIndex;
  /** Acronyms written in brackets right after a body: "Ministry of Commerce (MOFCOM)". */
  bracketed: ReadonlyMap<string, Mention>;
  /** Named bodies by their initials ("WHO"), spelled-out acronyms included. */
  orgByInitials: ReadonlyMap<string, Mention>;
  /** Parts of persons named in full (first word, last word, last two words) -> the full-name mention. */
  personParts: ReadonlyMap<string, Mention>;
}

/**
 * A rule's verdict on a candidate: a typed mention, 'drop' (certainly not an entity), or undefined
 * (the rule does not apply; the next rule decides).
 */
export type Verdict = Mention | 'drop' | undefined;
export type CandidateRule = (c: Candidate, ctx: CandidateContext) => Verdict;

/** The candidate as a mention of the given type. */
export function typed(c: Candidate, type: Mention['type'], name: string, confidence: number, extra: Partial<Mention> = {}): Mention {
  return { ...c, type, kind: 'name', name, alias: true, typeConfidence: confidence, ...extra };
}
/** Words of the candidate's surface text. */
export const wordsOf = (c: Candidate): string[] => c.text.split(/\s+/);
