import { cypher, type CypherQuery } from '../db/cypher.js';
import { claimRow, pagedReturn, relationMap, RELATION_TYPES } from './projections.js';
import { pageParams, type Page } from '../pagination.js';

// Claims by or about the entity, dated by the claim's earliest report, and its relations,
// dated by the earliest article among their evidence. Oldest first, undated last.
const TEXT = `
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[:SAID]->(c:Claim) RETURN c
  UNION
  MATCH (c:Claim)-[:ABOUT]->(e) RETURN c
}
WITH e, collect({kind: 'Claim', date: substring(toString(c.date), 0, 10), key: c.id, claim: ${claimRow('c')}}) AS claimItems
CALL (e) {
  OPTIONAL MATCH (e)-[r:${RELATION_TYPES}]-()
  WHERE type(r) IN $predicates
  CALL (r) {
    UNWIND coalesce(r.evidenceArticleIds, CASE WHEN r.articleId IS NULL THEN [] ELSE [r.articleId] END) AS aid
    OPTIONAL MATCH (a:Article {id: aid})
    RETURN min(substring(toString(a.publishedAt), 0, 10)) AS date
  }
  WITH r, date WHERE r IS NOT NULL
  RETURN collect({kind: 'Relation', date: date, key: type(r) + startNode(r).id + endNode(r).id, relation: ${relationMap('r')}}) AS relationItems
}
UNWIND claimItems + relationItems AS item
WITH item
WHERE ($from IS NULL OR item.date >= $from) AND ($to IS NULL OR item.date <= $to)
WITH item ORDER BY item.date IS NULL, item.date, item.kind, item.key
WITH collect(item) AS xs
RETURN ${pagedReturn('xs', 'item', 'item')}`;

export function timeline(
  id: string,
  predicates: readonly string[],
  range: { from?: string | null; to?: string | null },
  page: Page,
): CypherQuery {
  return cypher('timeline', TEXT, { id, predicates: [...predicates], from: range.from ?? null, to: range.to ?? null, ...pageParams(page) });
}
