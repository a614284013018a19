import { cypher, type CypherQuery } from '../db/cypher.js';
import { claimMap, entityMap, RELATION_TYPES } from './projections.js';

export const MAX_NEIGHBORHOOD_DEPTH = 3;

// Nearest and best-connected entities first until `limit`; then every relation among the kept
// nodes, and optionally the centre's latest claims with their SAID/ABOUT edges into the view.
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
       [r IN rels | {predicate: type(r), source: startNode(r).id, target: endNode(r).id,
                     negated: coalesce(r.negated, false), hedged: coalesce(r.hedged, false),
                     evidenceCount: size(coalesce(r.evidenceArticleIds, CASE WHEN r.articleId IS NULL THEN [] ELSE [r.articleId] END))}] AS edges,
       claimLinks, truncated`;

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
