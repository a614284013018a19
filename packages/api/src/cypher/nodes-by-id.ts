import { cypher, type CypherQuery } from '../db/cypher.js';
import { entityMap } from './projections.js';

// Entities and topics share the loader: relation objects and claim subjects can be either.
// Two label-scoped lookups keep both on their unique-id indexes.
const TEXT = `
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
OPTIONAL MATCH (t:Topic {id: id})
WITH id, coalesce(e, t) AS n
WHERE n IS NOT NULL
RETURN id, ${entityMap('n')} AS node`;

export function nodesById(ids: readonly string[]): CypherQuery {
  return cypher('nodesById', TEXT, { ids: [...ids] });
}
