import { normaliseName } from '@kg/ontology';
import { nameKeyProbe } from '@kg/store';
import { cypher, type CypherQuery } from '../db/cypher.js';
import { entityMap } from './projections.js';

// Both lookups are index reads (docs/graph-model.md, "Name keys"): the canonical name is a seek on the
// range index of `nameKey`, names and aliases a CONTAINS on the text index of `nameKeys`. Canonical name
// first, then aliases; among equals the most mentioned entity wins.
const TEXT = `
CALL () {
  MATCH (e:Entity) WHERE e.nameKey = $name RETURN e, 0 AS rank
  UNION
  MATCH (e:Entity) WHERE e.nameKeys CONTAINS $probe RETURN e, 1 AS rank
}
WITH e, min(rank) AS rank
ORDER BY rank, COUNT { (e)<-[:MENTIONS]-() } DESC, e.id
LIMIT 1
RETURN ${entityMap('e')} AS entity`;

export function entityByName(name: string): CypherQuery {
  return cypher('entityByName', TEXT, { name: normaliseName(name), probe: nameKeyProbe(name) });
}
