import { cypher, type CypherQuery } from '../db/cypher.js';
import { articleMap, claimMap, entityMap, RELATION_TYPES } from './projections.js';

export const MAX_NEIGHBORHOOD_DEPTH = 3;
/** Evidence sentences sent per fact: enough to say why the edge exists, few enough for hubs. */
export const MAX_EDGE_EVIDENCE = 3;

// One evidence slot `i` of fact `r` (arrays, or the scalar first slot on facts written before them).
const slot = (field: string, scalar: string): string =>
  `CASE WHEN r.evidenceArticleIds IS NULL THEN r.${scalar} ELSE r.${field}[i] END`;

// Nearest and best-connected entities first until `limit`; then every relation among the kept
// nodes, each dated by the earliest of its evidence articles (publishedAt, else dateline) with its
// first sentences (earliest article first) and their articles, and optionally the centre's latest
// claims with their SAID/ABOUT edges into the view.
const texts = (depth: number): string => `
MATCH (c:Entity {id: $id})
CALL (c) {
  OPTIONAL MATCH path = (c)-[:${RELATION_TYPES}*1..${depth}]-(n:Entity)
  WHERE n <> c AND all(r IN relationships(path) WHERE type(r) IN $predicates)
  WITH n, min(length(path)) AS d
  WHERE n IS NOT NULL
  ORDER BY d, COUNT { (n)-[:${RELATION_TYPES}]-() } DESC, n.id
  LIMIT $limit + 1
  RETURN collect({n: n, d: d}) AS found
}
WITH c, [{n: c, d: 0}] + found[0..$limit] AS kept, size(found) > $limit AS truncated
WITH c, kept, truncated, [x IN kept | x.n] AS nodes
CALL (nodes) {
  UNWIND nodes AS x
  OPTIONAL MATCH (x)-[r:${RELATION_TYPES}]->(y)
  WHERE y IN nodes AND type(r) IN $predicates
  RETURN collect(DISTINCT r) AS rels
}
CALL (rels) {
  UNWIND rels AS r
  CALL (r) {
    WITH r, coalesce(r.evidenceArticleIds, CASE WHEN r.articleId IS NULL THEN [] ELSE [r.articleId] END) AS aids
    UNWIND range(0, size(aids) - 1) AS i
    OPTIONAL MATCH (a:Article {id: aids[i]})
    WITH r, i, aids[i] AS aid, a, substring(toString(coalesce(a.publishedAt, a.dateline)), 0, 10) AS day
    ORDER BY day IS NULL, day, i
    WITH count(i) AS n, min(day) AS date,
         collect({articleId: aid, sentence: ${slot('evidenceSentences', 'sentence')}, start: ${slot('evidenceStarts', 'start')},
                  end: ${slot('evidenceEnds', 'end')}, negated: coalesce(${slot('evidenceNegated', 'negated')}, r.negated, false),
                  hedged: coalesce(${slot('evidenceHedged', 'hedged')}, r.hedged, false),
                  article: CASE WHEN a IS NULL THEN null ELSE ${articleMap('a')} END}) AS slots
    RETURN n, date, slots[0..${MAX_EDGE_EVIDENCE}] AS evidence
  }
  RETURN collect({predicate: type(r), source: startNode(r).id, target: endNode(r).id,
                  negated: coalesce(r.negated, false), hedged: coalesce(r.hedged, false),
                  evidenceCount: n, date: date, evidence: evidence}) AS edges
}
CALL (c, nodes) {
  OPTIONAL MATCH (c)-[:SAID|ABOUT]-(k:Claim)
  WITH DISTINCT k ORDER BY coalesce(toString(k.date), '') DESC, k.id
  LIMIT $claimLimit
  WITH k WHERE k IS NOT NULL
  OPTIONAL MATCH (k)-[:ABOUT]->(t) WHERE t IN nodes
  OPTIONAL MATCH (s:Entity)-[:SAID]->(k) WHERE s IN nodes
  RETURN collect(DISTINCT {claim: ${claimMap('k')}, speakerId: s.id, about: t.id}) AS claimLinks
}
RETURN [x IN kept | ${entityMap('x.n', 'distance: x.d')}] AS nodes,
       edges, claimLinks, truncated`;

const TEXTS = Array.from({ length: MAX_NEIGHBORHOOD_DEPTH }, (_, i) => texts(i + 1));

export function neighborhood(
  id: string,
  depth: number,
  limit: number,
  predicates: readonly string[],
  claimLimit: number,
): CypherQuery {
  const text = TEXTS[depth - 1];
  if (!text) throw new RangeError(`depth must be 1..${MAX_NEIGHBORHOOD_DEPTH}`);
  // `limit` counts the centre too.
  return cypher(`neighborhood${depth}`, text, {
    id,
    limit: Math.max(0, limit - 1),
    predicates: [...predicates],
    claimLimit,
  });
}
