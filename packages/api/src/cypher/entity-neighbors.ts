import { cypher, type CypherQuery } from '../db/cypher.js';
import { entityMap, perParent, RELATION_TYPES } from './projections.js';
import { pageParams, type Page } from '../pagination.js';

export const MAX_NEIGHBOR_DEPTH = 3;

// Variable-length bounds cannot be parameters, so there is one constant text per depth.
// DISTINCT end nodes with min(length) lets the planner use its pruning breadth-first expand.
const TEXTS = Array.from({ length: MAX_NEIGHBOR_DEPTH }, (_, i) =>
  perParent(
    'Entity',
    `
  MATCH path = (p)-[:${RELATION_TYPES}*1..${i + 1}]-(n:Entity)
  WHERE n <> p AND all(r IN relationships(path) WHERE type(r) IN $predicates)
  WITH n, min(length(path)) AS distance
  ORDER BY distance, n.name, n.id
  RETURN collect({n: n, distance: distance}) AS xs`,
    'x',
    entityMap('x.n', 'distance: x.distance'),
  ),
);

export function entityNeighbors(
  ids: readonly string[],
  depth: number,
  predicates: readonly string[],
  page: Page,
): CypherQuery {
  const text = TEXTS[depth - 1];
  if (!text) throw new RangeError(`depth must be 1..${MAX_NEIGHBOR_DEPTH}`);
  return cypher(`entityNeighbors${depth}`, text, { ids: [...ids], predicates: [...predicates], ...pageParams(page) });
}
