// The relations stage's hand-offs: what it reads, what it gives, and what each pattern rule sees.
import type { RelationPredicate } from '@kg/ontology';
import type { Analysis } from '../nlp.js';
import type { Resolved } from '../resolve.js';
import type { RawClaim, Unit } from '../claims.js';

/** Everything the stage reads; it never changes any of it. */
export interface RelationInput {
  /** The cleaned text the analysis and offsets refer to. */
  text: string;
  analysis: Analysis;
  resolved: Resolved;
  units: readonly Unit[];
  claims: readonly RawClaim[];
}

/** A relation between two entity indices, with its sentence (offsets into the text) as evidence. */
export interface RawRelation {
  subject: number;
  predicate: RelationPredicate;
  object: number;
  start: number;
  end: number;
  negated: boolean;
  hedged: boolean;
  title?: string;
  /** Name of the pattern rule that found it. */
  rule: string;
  /** 0-1: how likely the relation is right (relations/confidence.ts). */
  confidence: number;
}

export interface RelationOutput {
  relations: RawRelation[];
}

/** An argument found in a sentence: entity index, the token it was found at, and the pair it speaks for. */
export interface Arg {
  e: number;
  t: number;
  /** Every speaker when a pair spoke together ("Both leaders urged X"): the relation holds for each. */
  group?: readonly number[];
  /** Found through a pronoun or as the speaker of the claim around the word, not named in the clause. */
  via?: 'pronoun' | 'speaker';
}

/** Lookups over the whole document, built once. */
export interface DocIndex {
  /** First token of a mention -> the longest resolved mention starting there. */
  mentionAt: ReadonlyMap<number, number>;
  /** Token after a mention -> the longest resolved mention ending there. */
  mentionEnd: ReadonlyMap<number, number>;
  /** Affiliation mention object -> the titled person mention it belongs to ("US Secretary of State X"). */
  personOfAffil: ReadonlyMap<object, number>;
}

/** What a rule sees: one sentence (unit), its claims and the discourse state carried from earlier sentences. */
export interface SentenceScope {
  input: RelationInput;
  doc: DocIndex;
  unit: Unit;
  /** Claims whose sentence is this unit. */
  claims: readonly RawClaim[];
  /** Person the previous sentence was about, or -1 ("His visit to X ..."). */
  prevPerson: number;
}

/** A relation pattern: reads one sentence, returns the relations it recognises there. */
export type RelationRule = (s: SentenceScope) => RawRelation[];
