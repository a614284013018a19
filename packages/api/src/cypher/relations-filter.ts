import { cypher, type CypherQuery } from '../db/cypher.js';
import { pagedReturn, relationMap, RELATION_TYPES, SYMMETRIC } from './projections.js';
import { pageParams, type Page } from '../pagination.js';

export interface RelationFilterValues {
  predicates: readonly string[];
  subject?: string | null;
  object?: string | null;
  negated?: boolean | null;
}

// Symmetric predicates match with subject and object swapped too.
const WHERE = `
WHERE type(r) IN $predicates
  AND ($negated IS NULL OR coalesce(r.negated, false) = $negated)
  AND (
    (($subject IS NULL OR s.id = $subject) AND ($object IS NULL OR o.id = $object))
    OR (type(r) IN $symmetric AND ($subject IS NULL OR o.id = $subject) AND ($object IS NULL OR s.id = $object))
  )`;

const TAIL = `
WITH r, s, o ORDER BY type(r), s.name, o.name, s.id, o.id, r.negated
WITH collect(r) AS xs
RETURN ${pagedReturn('xs', 'r', relationMap('r'))}`;

// Anchored on an indexed endpoint when one is given (undirected so symmetric facts are found).
const STARTS = {
  subject: `MATCH (x:Entity {id: $subject})-[r:${RELATION_TYPES}]-()
WITH DISTINCT r
WITH r, startNode(r) AS s, endNode(r) AS o`,
  object: `CALL () {
  MATCH (x:Entity {id: $object}) RETURN x
  UNION
  MATCH (x:Topic {id: $object}) RETURN x
}
MATCH (x)-[r:${RELATION_TYPES}]-()
WITH DISTINCT r
WITH r, startNode(r) AS s, endNode(r) AS o`,
  all: `MATCH (s:Entity)-[r:${RELATION_TYPES}]->(o)`,
} as const;

type Start = keyof typeof STARTS;
const TEXTS: Record<Start, string> = {
  subject: STARTS.subject + WHERE + TAIL,
  object: STARTS.object + WHERE + TAIL,
  all: STARTS.all + WHERE + TAIL,
};

export function filterRelations(f: RelationFilterValues, page: Page): CypherQuery {
  const start: Start = f.subject ? 'subject' : f.object ? 'object' : 'all';
  return cypher(`filterRelations:${start}`, TEXTS[start], {
    predicates: [...f.predicates],
    subject: f.subject ?? null,
    object: f.object ?? null,
    negated: f.negated ?? null,
    symmetric: SYMMETRIC,
    ...pageParams(page),
  });
}
