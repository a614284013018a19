import { cypher, type CypherQuery } from '../db/cypher.js';
import { articleMap } from './projections.js';

const TEXT = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, ${articleMap('a')} AS article`;

export function articlesById(ids: readonly string[]): CypherQuery {
  return cypher('articlesById', TEXT, { ids: [...ids] });
}
