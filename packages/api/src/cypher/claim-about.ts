import { cypher, type CypherQuery } from '../db/cypher.js';
import { entityMap, perParent } from './projections.js';
import { pageParams, type Page } from '../pagination.js';

const TEXT = perParent(
  'Claim',
  `
  MATCH (p)-[:ABOUT]->(t)
  WHERE t:Entity OR t:Topic
  WITH t ORDER BY t.name, t.id
  RETURN collect(t) AS xs`,
  't',
  entityMap('t'),
);

export function claimAbout(ids: readonly string[], page: Page): CypherQuery {
  return cypher('claimAbout', TEXT, { ids: [...ids], ...pageParams(page) });
}
