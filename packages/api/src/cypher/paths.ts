import { cypher, type CypherQuery } from '../db/cypher.js';
import { pagedReturn, relationMap, RELATION_TYPES } from './projections.js';
import { pageParams, type Page } from '../pagination.js';

export const MAX_PATH_HOPS = 6;
/** Shortest paths considered before paging (hubs can produce very many of equal length). */
export const PATH_CAP = 500;

// One constant text per hop bound (variable-length bounds cannot be parameters). The predicate
// filter sits on all relationships of the path, which the planner evaluates during the search.
const TEXTS = Array.from(
  { length: MAX_PATH_HOPS },
  (_, i) => `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH path = allShortestPaths((a)-[:${RELATION_TYPES}*..${i + 1}]-(b))
WHERE all(r IN relationships(path) WHERE type(r) IN $predicates)
WITH path LIMIT ${PATH_CAP}
WITH path ORDER BY [n IN nodes(path) | n.name], [r IN relationships(path) | type(r)]
WITH collect(path) AS xs
RETURN ${pagedReturn('xs', 'path', `{nodeIds: [n IN nodes(path) | n.id], relations: [r IN relationships(path) | ${relationMap('r')}]}`)}`,
);

export function shortestPaths(from: string, to: string, maxHops: number, predicates: readonly string[], page: Page): CypherQuery {
  const text = TEXTS[maxHops - 1];
  if (!text) throw new RangeError(`maxHops must be 1..${MAX_PATH_HOPS}`);
  return cypher(`shortestPaths${maxHops}`, text, { from, to, predicates: [...predicates], ...pageParams(page) });
}
