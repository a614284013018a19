import { cypher, type CypherQuery } from '../db/cypher.js';
import { perParent, relationMap, RELATION_TYPES, SYMMETRIC } from './projections.js';
import { pageParams, type Page } from '../pagination.js';

export type Direction = 'OUTGOING' | 'INCOMING' | 'BOTH';

// Symmetric predicates are stored one way and match either way whatever the direction asked.
const TEXT = perParent(
  'Entity',
  `
  MATCH (p)-[r:${RELATION_TYPES}]-(o)
  WHERE type(r) IN $predicates
    AND ($direction = 'BOTH' OR type(r) IN $symmetric
         OR ($direction = 'OUTGOING' AND startNode(r) = p)
         OR ($direction = 'INCOMING' AND endNode(r) = p))
  WITH r, o
  ORDER BY type(r), o.name, o.id, r.negated
  RETURN collect(r) AS xs`,
  'r',
  relationMap('r'),
);

export function entityRelations(
  ids: readonly string[],
  predicates: readonly string[],
  direction: Direction,
  page: Page,
): CypherQuery {
  return cypher('entityRelations', TEXT, {
    ids: [...ids],
    predicates: [...predicates],
    direction,
    symmetric: SYMMETRIC,
    ...pageParams(page),
  });
}
