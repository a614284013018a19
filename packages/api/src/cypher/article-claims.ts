import { cypher, type CypherQuery } from '../db/cypher.js';
import { claimRow, perParent } from './projections.js';
import type { ClaimListOptions } from './entity-claims.js';
import { pageParams, type Page } from '../pagination.js';

// In reading order: by where the claim sits in this article.
const text = (reports: boolean): string => perParent(
  'Article',
  `
  MATCH (c:Claim)-[r:REPORTED_IN]->(p)
  WITH c ORDER BY coalesce(r.start, 0), c.id
  RETURN collect(c) AS xs`,
  'c',
  claimRow('c', { reports }),
);
const TEXTS = [text(false), text(true)] as const;

export function articleClaims(ids: readonly string[], page: Page, o: ClaimListOptions = {}): CypherQuery {
  return cypher(`articleClaims${o.reports ? '+reports' : ''}`, TEXTS[o.reports ? 1 : 0], { ids: [...ids], ...pageParams(page) });
}
