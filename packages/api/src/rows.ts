// The shapes resolvers receive: plain objects decoded from Cypher rows.
import { ENTITY_TYPES, type EntityType } from '@kg/ontology';

export interface EntityRow {
  id: string;
  /** Never null in statement results (entityMap falls back to the id). */
  name: string | null;
  aliases: string[] | null;
  type: string | null;
  labels: string[];
  score?: number;
  distance?: number;
  mentionCount?: number;
}

export interface ClaimRow {
  id: string;
  text: string | null;
  caption: string | null;
  kind: string | null;
  speakerId: string | null;
  date: string | null;
  articleCount: number | null;
  outletCount: number | null;
  outlets: string[] | null;
  reportedAt?: string | null;
  saidAt?: string | null;
  saidAtPrecision?: string | null;
  /** The speaker, when the statement brought it along. */
  speaker?: EntityRow | null;
  /** The first reports with their articles (oldest first), when the statement brought them along. */
  reports?: ReportRow[];
  /** All reports of the claim, when `reports` came along. */
  reportCount?: number;
  /** Position in the page, when the statement built the page row by row. */
  i?: number;
}

export interface ArticleRow {
  id: string;
  title: string | null;
  source: string | null;
  publishedAt: string | null;
  path: string | null;
  url: string | null;
  dateline: string | null;
  dateSource?: string | null;
  name: string | null;
}

/** One REPORTED_IN edge with its article; wording, sentence and offsets may be left out (see reportPlan). */
export interface ReportRow {
  article: ArticleRow;
  articleId: string;
  cue: string | null;
  kind: string | null;
  date: string | null;
  saidAt?: string | null;
  text?: string | null;
  sentence?: string | null;
  start?: number | null;
  end?: number | null;
}

export interface EvidenceRow {
  articleId: string;
  sentence: string | null;
  start: number | null;
  end: number | null;
  negated: boolean;
  hedged: boolean;
}

export interface RelationRow {
  id: string;
  predicate: string;
  subjectId: string;
  objectId: string;
  negated: boolean;
  hedged: boolean;
  title: string | null;
  articleCount: number;
  occurredAt: string | null;
  occurredAtPrecision: string | null;
  evidence: EvidenceRow[];
  subject: EntityRow | null;
  object: EntityRow | null;
}

/** The raw relationship map returned by `relationMap()`. */
export interface RawRelation {
  predicate: string;
  subjectId: string;
  objectId: string;
  subject?: EntityRow | null;
  object?: EntityRow | null;
  props: Record<string, unknown>;
}

export function entityTypeOf(row: Pick<EntityRow, 'type' | 'labels'>): EntityType | 'Topic' | null {
  if (row.type && (ENTITY_TYPES as readonly string[]).includes(row.type)) return row.type as EntityType;
  const labels = row.labels ?? [];
  const fromLabel = ENTITY_TYPES.find((t) => labels.includes(t));
  if (fromLabel) return fromLabel;
  return labels.includes('Topic') ? 'Topic' : null;
}

export function isEntity(row: EntityRow): boolean {
  return (row.labels ?? []).includes('Entity');
}

/** Stable id of a fact: it is merged on (subject, predicate, object, negated). */
export function relationId(subjectId: string, predicate: string, objectId: string, negated: boolean): string {
  return `${subjectId}|${predicate}|${objectId}${negated ? '|not' : ''}`;
}

const arr = <T>(v: unknown): T[] | null => (Array.isArray(v) ? (v as T[]) : null);

/** Evidence arrays to slots; falls back to the scalar first slot when arrays are absent. */
export function evidenceOf(props: Record<string, unknown>): EvidenceRow[] {
  const ids = arr<string>(props.evidenceArticleIds);
  if (ids) {
    const sentences = arr<string>(props.evidenceSentences) ?? [];
    const starts = arr<number>(props.evidenceStarts) ?? [];
    const ends = arr<number>(props.evidenceEnds) ?? [];
    const neg = arr<boolean>(props.evidenceNegated) ?? [];
    const hed = arr<boolean>(props.evidenceHedged) ?? [];
    return ids.map((articleId, i) => ({
      articleId,
      sentence: sentences[i] ?? null,
      start: starts[i] ?? null,
      end: ends[i] ?? null,
      negated: neg[i] ?? Boolean(props.negated),
      hedged: hed[i] ?? Boolean(props.hedged),
    }));
  }
  if (typeof props.articleId === 'string') {
    return [
      {
        articleId: props.articleId,
        sentence: (props.sentence as string | undefined) ?? null,
        start: (props.start as number | undefined) ?? null,
        end: (props.end as number | undefined) ?? null,
        negated: Boolean(props.negated),
        hedged: Boolean(props.hedged),
      },
    ];
  }
  return [];
}

export function toRelation(raw: RawRelation): RelationRow {
  const p = raw.props ?? {};
  const negated = Boolean(p.negated);
  const evidence = evidenceOf(p);
  const articles = new Set(evidence.map((e) => e.articleId));
  return {
    id: relationId(raw.subjectId, raw.predicate, raw.objectId, negated),
    predicate: raw.predicate,
    subjectId: raw.subjectId,
    objectId: raw.objectId,
    negated,
    hedged: Boolean(p.hedged),
    title: typeof p.title === 'string' ? p.title : null,
    articleCount: typeof p.articleCount === 'number' ? p.articleCount : articles.size,
    occurredAt: typeof p.occurredAt === 'string' ? p.occurredAt : null,
    occurredAtPrecision: typeof p.occurredAtPrecision === 'string' ? p.occurredAtPrecision : null,
    evidence,
    subject: raw.subject ?? null,
    object: raw.object ?? null,
  };
}

/** Rows built one by one in a subquery carry their position `i`; put them back in that order. */
export function inOrder<T>(items: T[]): T[] {
  const first = items[0] as { i?: unknown } | undefined;
  if (typeof first?.i !== 'number') return items;
  return [...items].sort((a, b) => ((a as { i: number }).i - (b as { i: number }).i));
}
