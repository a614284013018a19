// The mention stage's output types and the per-sentence working state its passes share.
import type { EntityType } from '@kg/ontology';
import type { Token } from '../nlp.js';

export type MentionKind =
  | 'name' // a proper name (person, organisation, place, country)
  | 'demonym' // "Chinese" -> country (not an alias)
  | 'capital' // a capital city: place, or the country when it acts (resolved later)
  | 'side' // "the US side" -> country
  | 'title-only' // "the State Department spokesperson": an unnamed official of `affil`
  | 'desc'; // "the ministry", "the spokeswoman", "the secretary of state"

export interface Mention {
  s: number;
  e: number;
  t0: number;
  t1: number;
  sent: number;
  text: string;
  type: EntityType;
  kind: MentionKind;
  /** Canonical name candidate (for org: the core without the national prefix). */
  name: string;
  /** Country canonical name for demonyms, capitals, national bodies ("Chinese Foreign Ministry"). */
  country?: string;
  /** Person title or description head ("spokeswoman", "ministry"). */
  title?: string;
  /** The affiliation of a titled person or unnamed official. */
  affil?: Mention;
  gender?: 'f' | 'm';
  /** Followed by "'s" or "'". */
  possessive?: boolean;
  /** Set by roles/appositions: extra roles beyond `title`/`affil`. */
  roles?: Array<{ title: string; affil: Mention }>;
  /** Whether the surface form is a name worth listing among aliases. */
  alias: boolean;
  /** How sure `type` is (0..1) when it rests on weak evidence; absent means certain (gazetteer, title, head noun). */
  typeConfidence?: number;
}

export interface Candidate { t0: number; t1: number; sent: number; s: number; e: number; text: string }

/** Output of the mention stage. */
export interface MentionResult {
  mentions: Mention[];
  /** Capitalised name candidates not yet typed (decided by the resolver). */
  candidates: Candidate[];
}

/** Working state while one sentence is scanned: the stage's own output arrays, appended to. */
export interface Ctx {
  text: string;
  toks: Token[];
  sent: number;
  /** Sentence token range. */
  t0: number;
  t1: number;
  /** All mentions so far (this sentence's start at `first`). */
  out: Mention[];
  first: number;
  /** Untyped capitalised runs found in this sentence (decided by the titled-names pass). */
  names: Array<{ t0: number; t1: number }>;
  candidates: Candidate[];
}
