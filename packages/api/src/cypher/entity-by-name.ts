import { cypher, type CypherQuery } from '../db/cypher.js';
import { normaliseText } from '@kg/ontology';
import { entityMap } from './projections.js';

// Canonical name first, then aliases; among equals the most mentioned entity wins.
const TEXT = `
MATCH (e:Entity)
WHERE toLower(e.name) = $name OR any(a IN coalesce(e.aliases, []) WHERE toLower(a) = $name)
WITH e, CASE WHEN toLower(e.name) = $name THEN 0 ELSE 1 END AS rank
ORDER BY rank, COUNT { (e)<-[:MENTIONS]-() } DESC, e.id
LIMIT 1
RETURN ${entityMap('e')} AS entity`;

/** The query name as Cypher's toLower sees stored names: the shared text normalisation, lower-cased. */
export function normaliseName(name: string): string {
  return normaliseText(name).toLowerCase();
}

export function entityByName(name: string): CypherQuery {
  return cypher('entityByName', TEXT, { name: normaliseName(name) });
}
