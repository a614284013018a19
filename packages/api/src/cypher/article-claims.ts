import { cypher, type CypherQuery } from '../db/cypher.js';
import { claimList, reportParams, variant, type ClaimListOptions } from './entity-claims.js';
import { pageParams, type Page } from '../pagination.js';

// In reading order: by where the claim sits in this article.
const INNER = `
  MATCH (c:Claim)-[r:REPORTED_IN]->(p)
  WITH c ORDER BY coalesce(r.start, 0), c.id
  RETURN collect(c) AS xs`;

export function articleClaims(ids: readonly string[], page: Page, o: ClaimListOptions = {}): CypherQuery {
  const v = variant('articleClaims', o, (x) => claimList('Article', INNER, x));
  return cypher(v.name, v.text, { ids: [...ids], ...pageParams(page), ...reportParams(o) });
}
