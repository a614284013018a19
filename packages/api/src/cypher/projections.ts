// Map projections shared by the statements. They take a Cypher expression chosen by the
// statement's own constant text, never user input. Literal maps (not `v {.x}`) so they also
// apply to expressions such as `x.node`.
import { ENTITY_TYPES, RELATION_PREDICATES, SYMMETRIC_PREDICATES } from '@kg/ontology';

/** `HOLDS_ROLE|URGED|…`: the entity-relation types, for patterns (types cannot be parameters). */
export const RELATION_TYPES = RELATION_PREDICATES.join('|');
export const SYMMETRIC = [...SYMMETRIC_PREDICATES];

const extraOf = (extra: string): string => (extra ? `, ${extra}` : '');
const TYPE_LABELS = `[${[...ENTITY_TYPES, 'Topic'].map((t) => `'${t}'`).join(', ')}]`;

// Fallbacks are applied here, once, so the GraphQL types can use plain property resolvers.
export const entityMap = (v: string, extra = ''): string =>
  `{id: ${v}.id, name: coalesce(${v}.name, ${v}.id), aliases: coalesce(${v}.aliases, []), ` +
  `type: coalesce(${v}.type, head([l IN labels(${v}) WHERE l IN ${TYPE_LABELS}])), labels: labels(${v})${extraOf(extra)}}`;

export const claimMap = (v: string, extra = ''): string =>
  `{id: ${v}.id, text: coalesce(${v}.text, ''), caption: ${v}.caption, kind: ${v}.kind, speakerId: ${v}.speakerId, ` +
  `date: toString(${v}.date), reportedAt: toString(${v}.date), saidAt: ${v}.saidAt, saidAtPrecision: ${v}.saidAtPrecision, articleCount: coalesce(${v}.articleCount, 0), ` +
  `outletCount: coalesce(${v}.outletCount, size(coalesce(${v}.outlets, []))), outlets: coalesce(${v}.outlets, [])${extraOf(extra)}}`;

export const articleMap = (v: string, extra = ''): string =>
  `{id: ${v}.id, title: ${v}.title, source: ${v}.source, publishedAt: toString(${v}.publishedAt), path: ${v}.path, ` +
  `url: ${v}.url, dateline: toString(${v}.dateline), dateSource: ${v}.dateSource, name: ${v}.name${extraOf(extra)}}`;

/** A claim row, with its speaker when asked (one SAID edge, so `speaker` then costs no further statement). */
export const claimRow = (v: string, opts: { speaker?: boolean; extra?: string } = {}): string =>
  claimMap(
    v,
    [opts.speaker === false ? '' : `speaker: head([(s:Entity)-[:SAID]->(${v}) | ${entityMap('s')}])`, opts.extra ?? '']
      .filter(Boolean)
      .join(', '),
  );

/**
 * The page `xs[$skip..$end]` of claims projected with, for each, its first `$reportLimit` reports
 * (oldest first, as `claimReports` orders them) and their count: what `reportedIn` will ask for.
 * The wording and sentence of each report only come when `detail` (they are most of the bytes).
 * `i` keeps the claims' order explicit.
 */
export const claimPageWithReports = (list: string, speaker = true, detail = true): string => `CALL (${list}) {
  WITH ${list}[$skip..$end] AS page
  UNWIND range(0, size(page) - 1) AS i
  WITH i, page[i] AS c
  CALL (c) {
    MATCH (c)-[r:REPORTED_IN]->(a:Article)
    WITH r, a ORDER BY coalesce(toString(a.publishedAt), ''), a.id
    LIMIT $reportLimit
    RETURN collect({article: ${articleMap('a')}, cue: r.cue, kind: r.kind, date: toString(r.date), saidAt: r.saidAt, articleId: coalesce(r.articleId, a.id)${
      detail ? ', text: r.text, sentence: r.sentence, start: r.start, end: r.end' : ''
    }}) AS reports
  }
  RETURN collect(${claimRow('c', { speaker, extra: `i: i, reports: reports, reportCount: COUNT { (c)-[:REPORTED_IN]->(:Article) }` })}) AS items
}`;

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

const parentOf = (label: string): string => (label === 'Entity' || label === 'Topic' ? `${entityMap('p')} AS parent, ` : '');

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
RETURN id, ${parentOf(label)}${pagedReturn('xs', v, projection)}`;

/** perParent for claim lists whose claims bring their reports along (see claimPageWithReports). */
export const perParentClaimsWithReports = (label: string, inner: string, speaker = true, detail = true): string => `
UNWIND $ids AS id
MATCH (p:${label} {id: id})
CALL (p) {
${inner.trim()}
}
${claimPageWithReports('xs', speaker, detail)}
RETURN id, ${parentOf(label)}size(xs) AS total, items`;

/** Same date predicate everywhere: ISO prefix comparison works for strings and Neo4j dates alike. */
export const dateBetween = (expr: string): string =>
  `($from IS NULL OR substring(toString(${expr}), 0, 10) >= $from) AND ($to IS NULL OR substring(toString(${expr}), 0, 10) <= $to)`;
