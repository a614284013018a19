// The extraction JSON of ../shared/ontology.md, as TypeScript types.
// Everything the extractor produces and the store consumes goes through these shapes.

export const ENTITY_TYPES = ['Person', 'Organization', 'Country', 'Place'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Relation predicates between entities (the extraction JSON's `relations`). */
export const RELATION_PREDICATES = [
  'HOLDS_ROLE',
  'URGED',
  'SANCTIONED',
  'MET_WITH',
  'VISITED',
  'OPPOSED',
  'SUPPORTED',
  'CRITICIZED',
  'COOPERATED_WITH',
] as const;
export type RelationPredicate = (typeof RELATION_PREDICATES)[number];

/** Predicates that read the same both ways; stored in one direction, matched in either. */
export const SYMMETRIC_PREDICATES: ReadonlySet<RelationPredicate> = new Set(['MET_WITH', 'COOPERATED_WITH']);

export type ClaimKind = 'direct' | 'indirect';

/** Where Article.publishedAt came from (docs/graph-model.md, "Dates"). */
export const DATE_SOURCES = ['metadata', 'dateline', 'text'] as const;
export type DateSource = (typeof DATE_SOURCES)[number];

/**
 * How much of a resolved time the text gave: the ISO date beside it is that day, the Monday of that
 * week, the first of that month or January 1 of that year.
 */
export const TIME_PRECISIONS = ['day', 'week', 'month', 'year'] as const;
export type TimePrecision = (typeof TIME_PRECISIONS)[number];

export interface ArticleMeta {
  /** Content hash of the normalised text (see articleId in ids.ts). */
  id: string;
  title: string | null;
  /** Outlet, e.g. "Xinhua". */
  source: string | null;
  /** ISO date (YYYY-MM-DD) or null when the text does not say. */
  publishedAt: string | null;
  path: string | null;
  url?: string | null;
  /** Date of the event from a dateline ("BEIJING, Jan. 30 (Xinhua) --"), when present. */
  dateline?: string | null;
  /** Where publishedAt came from; null when the article has no date. */
  dateSource?: DateSource | null;
}

export interface Entity {
  /** Stable slug: `person:mao-ning`, `country:united-states`. */
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** Article ids that name the entity (drives MENTIONS). */
  mentionedIn?: string[];
  /**
   * How sure the extractor is of `type`, 0..1: high for a gazetteer entry, a title ("Minister X") or a
   * legal suffix ("X Ltd"); lower for a type guessed from context alone. Absent when not computed.
   */
  typeConfidence?: number;
}

export interface Topic {
  id: string; // `topic:fentanyl`
  name: string;
}

export interface Evidence {
  articleId: string;
  /** The sentence text, verbatim. */
  sentence: string;
  /** Character offsets in the article text (of the claim text, or of the sentence for relations). */
  start: number;
  end: number;
  negated?: boolean;
  hedged?: boolean;
  /** Relations: when the fact happened by this sentence (ISO date, see occurredAtPrecision), if known. */
  occurredAt?: string | null;
  occurredAtPrecision?: TimePrecision | null;
}

export interface Claim {
  id: string;
  /** Entity id of the speaker. */
  speaker: string;
  /** Content of the claim, without the attribution cue. */
  text: string;
  kind: ClaimKind;
  /** Entity or topic ids the claim concerns. */
  about: string[];
  /** Article ids where the claim was found. */
  articles: string[];
  /** The reporting cue ("said", "urged", "according to"). */
  cue?: string;
  /** Offsets of `text` in the article (the first article when several). */
  start?: number;
  end?: number;
  sentence?: string;
  evidence?: Evidence[];
  /** The date of the report: the article's dateline or publication date (the store's reportedAt). */
  date?: string | null;
  /** When the claim was said (ISO date; precision in saidAtPrecision), from the time expression of its
   * attribution resolved against the article's date; null when unknown. */
  saidAt?: string | null;
  saidAtPrecision?: TimePrecision | null;
  /** How sure the extractor is that this speaker said this (0-1), so that users can filter. */
  confidence?: number;
  /** The extractor rule that found the attribution ("said-that", "according-to", "quote-then-speaker", ...). */
  rule?: string;
}

export interface Relation {
  subject: string;
  predicate: RelationPredicate;
  object: string;
  evidence: Evidence[];
  negated: boolean;
  hedged: boolean;
  /** HOLDS_ROLE only: the title, lower case ("spokesperson", "defense minister"). */
  title?: string;
  /** The extractor's pattern rule that found the relation (first evidence), e.g. "subject-verb-object". */
  rule?: string;
  /** 0-1: how likely the extraction is right (the rule's confidence, lower when the subject was a pronoun or a speaker carried over); the highest over the evidence. */
  confidence?: number;
}

export interface Extraction {
  articles: ArticleMeta[];
  entities: Entity[];
  claims: Claim[];
  relations: Relation[];
  topics?: Topic[];
}

/** Per-article failure reported instead of crashing (binary input, no English, too large). */
export interface ExtractionError {
  path: string | null;
  reason: string;
}
