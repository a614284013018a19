import { cypher, type CypherQuery } from '../db/cypher.js';
import { claimMap, perParent } from './projections.js';
import { pageParams, type Page } from '../pagination.js';

// In reading order: by where the claim sits in this article.
const TEXT = perParent(
  'Article',
  `
  MATCH (c:Claim)-[r:REPORTED_IN]->(p)
  WITH c ORDER BY coalesce(r.start, 0), c.id
  RETURN collect(c) AS xs`,
  'c',
  claimMap('c'),
);

export function articleClaims(ids: readonly string[], page: Page): CypherQuery {
  return cypher('articleClaims', TEXT, { ids: [...ids], ...pageParams(page) });
}
