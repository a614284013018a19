// Map projections shared by the statements. They take a Cypher expression chosen by the
// statement's own constant text, never user input. Literal maps (not `v {.x}`) so they also
// apply to expressions such as `x.node`.
import { RELATION_PREDICATES, SYMMETRIC_PREDICATES } from '@kg/ontology';

/** `HOLDS_ROLE|URGED|…`: the entity-relation types, for patterns (types cannot be parameters). */
export const RELATION_TYPES = RELATION_PREDICATES.join('|');
export const SYMMETRIC = [...SYMMETRIC_PREDICATES];

const extraOf = (extra: string): string => (extra ? `, ${extra}` : '');

export const entityMap = (v: string, extra = ''): string =>
  `{id: ${v}.id, name: ${v}.name, aliases: ${v}.aliases, type: ${v}.type, labels: labels(${v})${extraOf(extra)}}`;

export const claimMap = (v: string, extra = ''): string =>
  `{id: ${v}.id, text: ${v}.text, caption: ${v}.caption, kind: ${v}.kind, speakerId: ${v}.speakerId, ` +
  `date: toString(${v}.date), articleCount: ${v}.articleCount, outletCount: ${v}.outletCount, outlets: ${v}.outlets${extraOf(extra)}}`;

export const articleMap = (v: string, extra = ''): string =>
  `{id: ${v}.id, title: ${v}.title, source: ${v}.source, publishedAt: toString(${v}.publishedAt), path: ${v}.path, ` +
  `url: ${v}.url, dateline: toString(${v}.dateline), name: ${v}.name${extraOf(extra)}}`;

/** The REPORTED_IN edges of a claim with their articles, as `claimReports` returns them one by one. */
export const reportsOf = (v: string): string =>
  `[(${v})-[r:REPORTED_IN]->(a:Article) | {article: ${articleMap('a')}, text: r.text, cue: r.cue, kind: r.kind, ` +
  `sentence: r.sentence, start: r.start, end: r.end, date: toString(r.date), articleId: coalesce(r.articleId, a.id)}]`;

/**
 * A claim row for lists: the claim, its speaker (one SAID edge, so `speaker` costs no further
 * statement) and, when the request selects `reportedIn`, every report with its article.
 */
export const claimRow = (v: string, opts: { reports?: boolean } = {}): string =>
  claimMap(
    v,
    `speaker: head([(s:Entity)-[:SAID]->(${v}) | ${entityMap('s')}])` + (opts.reports ? `, reports: ${reportsOf(v)}` : ''),
  );

/**
 * A relation as the API models it: both endpoints (so `subject`/`object` need no further statement)
 * plus the relationship's own properties (evidence arrays included).
 */
export const relationMap = (v: string): string =>
  `{predicate: type(${v}), subjectId: startNode(${v}).id, objectId: endNode(${v}).id, ` +
  `subject: ${entityMap(`startNode(${v})`)}, object: ${entityMap(`endNode(${v})`)}, props: properties(${v})}`;

/**
 * Shared tail of every paged statement: the ordered list becomes `total` plus one projected slice
 * `items` (projecting only the slice keeps wide rows off the wire).
 */
export const pagedReturn = (list: string, v: string, projection: string): string =>
  `size(${list}) AS total, [${v} IN ${list}[$skip..$end] | ${projection}] AS items`;

/**
 * Batched shape of every nested list: one row per parent id, `inner` (a subquery over `p`,
 * returning the ordered list `xs`) runs once per parent, all parents in one statement.
 * Entity and topic parents come back too (`parent`), so `entity(id) { claims }` can skip its
 * own lookup.
 */
export const perParent = (label: string, inner: string, v: string, projection: string): string => `
UNWIND $ids AS id
MATCH (p:${label} {id: id})
CALL (p) {
${inner.trim()}
}
RETURN id, ${label === 'Entity' || label === 'Topic' ? `${entityMap('p')} AS parent, ` : ''}${pagedReturn('xs', v, projection)}`;

/** Same date predicate everywhere: ISO prefix comparison works for strings and Neo4j dates alike. */
export const dateBetween = (expr: string): string =>
  `($from IS NULL OR substring(toString(${expr}), 0, 10) >= $from) AND ($to IS NULL OR substring(toString(${expr}), 0, 10) <= $to)`;
