import { cypher, type CypherQuery } from '../db/cypher.js';
import { entityMap, perParent } from './projections.js';
import { pageParams, type Page } from '../pagination.js';

// Most-named entities first.
const TEXT = perParent(
  'Article',
  `
  MATCH (p)-[m:MENTIONS]->(e:Entity)
  WITH e, m ORDER BY coalesce(m.count, 1) DESC, e.name, e.id
  RETURN collect({e: e, count: coalesce(m.count, 1)}) AS xs`,
  'x',
  entityMap('x.e', 'mentionCount: x.count'),
);

export function articleMentions(ids: readonly string[], page: Page): CypherQuery {
  return cypher('articleMentions', TEXT, { ids: [...ids], ...pageParams(page) });
}
