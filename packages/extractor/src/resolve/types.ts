// The resolve stage's input and output types.
import type { EntityType } from '@kg/ontology';
import type { Analysis } from '../nlp.js';
import type { Mention, MentionResult } from '../mentions.js';

export interface ArticleEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: Set<string>;
  /** Mention indices. */
  mentions: number[];
  /** For organisations: the country they belong to. */
  country?: string;
  /** A person's gender as stated by a title ("spokeswoman") or courtesy title ("Mr.", "Ms."). */
  gender?: 'f' | 'm';
  /**
   * The gender a person's given name usually has in English ("Margaret" f, "Thomas" m): a weaker hint than
   * `gender` (the lists are English: "Andrea" or "Ola" are men's names elsewhere), for pronoun resolution.
   */
  nameGender?: 'f' | 'm';
  /** Titles seen for a person (lower case), for "the spokeswoman"-style descriptions. */
  titles: Set<string>;
  /** How sure the type is (0..1); see Entity.typeConfidence in @kg/ontology. */
  typeConfidence?: number;
}
export interface RoleFact {
  person: number;
  title: string;
  affil: number; // entity index
  mention: number;
  inferred: boolean;
}
/** Output of the resolve stage. `mentions` is the stage's own copy (sorted by offset, candidates typed). */
export interface Resolved {
  mentions: Mention[];
  entities: ArticleEntity[];
  /** mention index -> entity index (-1 when unresolved). */
  entOf: number[];
  roles: RoleFact[];
  homeCountry: string | null;
}
/** Input of the resolve stage. */
export interface ResolveInput {
  text: string;
  analysis: Analysis;
  mentions: MentionResult;
  datelinePlace: string | null;
}
