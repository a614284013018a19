import { cypher, type CypherQuery } from '../db/cypher.js';
import { claimRow } from './projections.js';

const TEXT = `
UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN id, ${claimRow('c')} AS claim`;

export function claimsById(ids: readonly string[]): CypherQuery {
  return cypher('claimsById', TEXT, { ids: [...ids] });
}
