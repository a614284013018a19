import { cypher, type CypherQuery } from '../db/cypher.js';
import { claimPageWithReports, claimRow, dateBetween, pagedReturn } from './projections.js';
import { reportParams, variant, type ClaimListOptions } from './entity-claims.js';
import { pageParams, type Page } from '../pagination.js';

export interface ClaimFilterValues {
  speaker?: string | null;
  about?: string | null;
  /** Already a safe Lucene query (see lucene.ts). */
  lucene?: string | null;
  kind?: string | null;
  from?: string | null;
  to?: string | null;
}

// The starting point decides the plan: an indexed speaker or subject, the full-text index, or
// every claim. Each is a constant text; the filter values only ever travel as parameters.
const STARTS = {
  text: `CALL db.index.fulltext.queryNodes('claimText', $lucene) YIELD node AS c, score
WHERE c:Claim`,
  speaker: `MATCH (:Entity {id: $speaker})-[:SAID]->(c:Claim)
WITH c, 0.0 AS score`,
  about: `CALL () {
  MATCH (t:Entity {id: $about}) RETURN t
  UNION
  MATCH (t:Topic {id: $about}) RETURN t
}
MATCH (c:Claim)-[:ABOUT]->(t)
WITH c, 0.0 AS score`,
  all: `MATCH (c:Claim)
WITH c, 0.0 AS score`,
} as const;

type Start = keyof typeof STARTS;

const text = (start: Start, o: ClaimListOptions): string => `
${STARTS[start]}
WITH c, score
WHERE ($speaker IS NULL OR c.speakerId = $speaker OR EXISTS { (:Entity {id: $speaker})-[:SAID]->(c) })
  AND ($about IS NULL OR EXISTS { (c)-[:ABOUT]->(t) WHERE t.id = $about })
  AND ($kind IS NULL OR c.kind = $kind)
  AND ${dateBetween('c.date')}
WITH c ORDER BY score DESC, coalesce(toString(c.date), '') DESC, c.id
WITH collect(c) AS xs
${o.reports ? `${claimPageWithReports('xs', !!o.speaker, !!o.reportDetail)}
RETURN size(xs) AS total, items` : `RETURN ${pagedReturn('xs', 'c', claimRow('c', { speaker: !!o.speaker }))}`}`;


export function startOf(f: ClaimFilterValues): Start {
  if (f.lucene) return 'text';
  if (f.speaker) return 'speaker';
  if (f.about) return 'about';
  return 'all';
}

export function filterClaims(f: ClaimFilterValues, page: Page, o: ClaimListOptions = {}): CypherQuery {
  const start = startOf(f);
  const v = variant(`filterClaims:${start}`, o, (x) => text(start, x));
  return cypher(v.name, v.text, {
    lucene: f.lucene ?? null,
    speaker: f.speaker ?? null,
    about: f.about ?? null,
    kind: f.kind ?? null,
    from: f.from ?? null,
    to: f.to ?? null,
    ...pageParams(page),
    ...reportParams(o),
  });
}
