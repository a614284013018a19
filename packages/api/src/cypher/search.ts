import { cypher, type CypherQuery } from '../db/cypher.js';
import { entityMap, pagedReturn } from './projections.js';
import type { Page } from '../pagination.js';
import { pageParams } from '../pagination.js';

// Ranked by the index score; ties go to the entity mentioned in more articles.
const TEXT = `
CALL db.index.fulltext.queryNodes('entityNames', $lucene) YIELD node, score
WHERE node:Entity AND (size($types) = 0 OR any(l IN labels(node) WHERE l IN $types))
WITH node, score
ORDER BY score DESC, COUNT { (node)<-[:MENTIONS]-() } DESC, node.name, node.id
WITH collect({node: node, score: score}) AS xs
RETURN ${pagedReturn('xs', 'x', entityMap('x.node', 'score: x.score'))}`;

export function searchEntities(lucene: string, types: readonly string[], page: Page): CypherQuery {
  return cypher('searchEntities', TEXT, { lucene, types: [...types], ...pageParams(page) });
}
