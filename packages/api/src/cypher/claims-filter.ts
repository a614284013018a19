import { cypher, type CypherQuery } from '../db/cypher.js';
import { claimPageWithReports, claimRow, dateBetween, pagedReturn } from './projections.js';
import { reportParams, variant, type ClaimListOptions } from './entity-claims.js';
import { refIds, refParams } from './entity-refs.js';
import { pageParams, type Page } from '../pagination.js';

export interface ClaimFilterValues {
  /** Entity id, name or alias of the speaker. */
  speaker?: string | null;
  /** Also the claims of the speaker's spokespeople. */
  includeSpokespeople?: boolean | null;
  /** Entity id, name or alias, or topic id, the claim is about. */
  about?: string | null;
  /** Already a safe Lucene query (see lucene.ts). */
  lucene?: string | null;
  kind?: string | null;
  /** Range of the earliest report's date. */
  from?: string | null;
  to?: string | null;
  /** Range of saidAt (claims with no known saidAt are left out when either is given). */
  saidFrom?: string | null;
  saidTo?: string | null;
  /** One of the outlets carrying the claim (case-insensitive). */
  outlet?: string | null;
  /** Oldest first by saidAt (else the earliest report), instead of ranked/newest first. */
  chronological?: boolean;
}

// The starting point decides the plan: the speakers' claims, the subjects', the full-text index, or
// every claim. Each is a constant text; the filter values only ever travel as parameters.
const STARTS = {
  text: `CALL db.index.fulltext.queryNodes('claimText', $lucene) YIELD node AS c, score
WHERE c:Claim`,
  speaker: `UNWIND speakers AS sid
MATCH (:Entity {id: sid})-[:SAID]->(c:Claim)
WITH DISTINCT c, speakers, abouts, 0.0 AS score`,
  about: `UNWIND abouts AS aid
CALL (aid) {
  MATCH (t:Entity {id: aid}) RETURN t
  UNION
  MATCH (t:Topic {id: aid}) RETURN t
}
MATCH (c:Claim)-[:ABOUT]->(t)
WITH DISTINCT c, speakers, abouts, 0.0 AS score`,
  all: `MATCH (c:Claim)
WITH c, speakers, abouts, 0.0 AS score`,
} as const;

type Start = keyof typeof STARTS;

const text = (start: Start, o: ClaimListOptions): string => `
${refIds('speaker', 'speakers')}
${refIds('about', 'abouts')}
${STARTS[start]}
WITH c, score, speakers, abouts
WHERE ($speaker IS NULL OR c.speakerId IN speakers OR EXISTS { (s:Entity)-[:SAID]->(c) WHERE s.id IN speakers })
  AND ($about IS NULL OR EXISTS { (c)-[:ABOUT]->(t) WHERE t.id IN abouts })
  AND ($kind IS NULL OR c.kind = $kind)
  AND ($outlet IS NULL OR any(o IN coalesce(c.outlets, []) WHERE toLower(o) = $outlet))
  AND ${dateBetween('c.date')}
  AND ($saidFrom IS NULL OR c.saidAt >= $saidFrom) AND ($saidTo IS NULL OR c.saidAt <= $saidTo)
WITH c ORDER BY CASE WHEN $chronological THEN coalesce(c.saidAt, substring(toString(c.date), 0, 10)) END,
  score DESC, coalesce(toString(c.date), '') DESC, c.id
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
    ...refParams('speaker', f.speaker, !!f.includeSpokespeople),
    ...refParams('about', f.about),
    kind: f.kind ?? null,
    outlet: f.outlet?.trim().toLowerCase() || null,
    from: f.from ?? null,
    to: f.to ?? null,
    saidFrom: f.saidFrom ?? null,
    saidTo: f.saidTo ?? null,
    chronological: !!f.chronological,
    ...pageParams(page),
    ...reportParams(o),
  });
}
