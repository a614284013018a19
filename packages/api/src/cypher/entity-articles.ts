import { cypher, type CypherQuery } from '../db/cypher.js';
import { articleMap, perParent } from './projections.js';
import { pageParams, type Page } from '../pagination.js';

// Newest articles first.
const TEXT = perParent(
  'Entity',
  `
  MATCH (a:Article)-[m:MENTIONS]->(p)
  WITH a ORDER BY coalesce(toString(a.publishedAt), '') DESC, a.id
  RETURN collect(a) AS xs`,
  'a',
  articleMap('a'),
);

export function entityArticles(ids: readonly string[], page: Page): CypherQuery {
  return cypher('entityArticles', TEXT, { ids: [...ids], ...pageParams(page) });
}
