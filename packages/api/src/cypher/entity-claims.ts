import { cypher, type CypherQuery } from '../db/cypher.js';
import { claimRow, dateBetween, perParent, perParentClaimsWithReports } from './projections.js';
import { pageParams, type Page } from '../pagination.js';

export interface DateRange {
  from?: string | null;
  to?: string | null;
}

// Newest first; undated claims last.
const ORDER = `ORDER BY coalesce(toString(c.date), '') DESC, c.id`;

const claimList = (label: 'Entity' | 'Topic' | 'Article', inner: string, o: ClaimListOptions): string =>
  o.reports ? perParentClaimsWithReports(label, inner, !!o.speaker, !!o.reportDetail) : perParent(label, inner, 'c', claimRow('c', { speaker: !!o.speaker }));

const SAID_INNER = `
  MATCH (p)-[:SAID]->(c:Claim)
  WHERE ${dateBetween('c.date')}
  WITH c ${ORDER}
  RETURN collect(c) AS xs`;


// "What others said about it": the entity's own claims about itself are under `claims`.
const ABOUT_INNER = `
  MATCH (c:Claim)-[:ABOUT]->(p)
  WHERE ${dateBetween('c.date')} AND NOT EXISTS { (p)-[:SAID]->(c) }
  WITH c ${ORDER}
  RETURN collect(c) AS xs`;


/**
 * One constant text per list and per combination of what rides along (at most six), built on
 * first use: the options only choose among texts, they never enter one.
 */
const texts = new Map<string, string>();
export function variant(list: string, o: ClaimListOptions, build: (o: ClaimListOptions) => string): { name: string; text: string } {
  const reports = o.reports ? (o.reportDetail ? '+reports+wording' : '+reports') : '';
  const name = `${list}${o.speaker ? '+speaker' : ''}${reports}`;
  let text = texts.get(name);
  if (text === undefined) texts.set(name, (text = build({ speaker: !!o.speaker, reports: !!o.reports, reportDetail: !!o.reportDetail })));
  return { name, text };
}

function params(ids: readonly string[], range: DateRange, page: Page, o: ClaimListOptions) {
  return { ids: [...ids], from: range.from ?? null, to: range.to ?? null, ...pageParams(page), ...reportParams(o) };
}

/** `reportLimit` only travels with the variant that uses it. */
export function reportParams(o: ClaimListOptions): { reportLimit?: number } {
  return o.reports ? { reportLimit: Math.max(0, o.reportLimit ?? 0) } : {};
}

/**
 * What claim rows bring along: `speaker` (the request selects it) and each claim's first
 * `reportLimit` REPORTED_IN rows when `reports` (the request selects `reportedIn`).
 */
export interface ClaimListOptions {
  speaker?: boolean;
  reports?: boolean;
  /** Also each report's wording, sentence and offsets (`text` or `evidence` is selected). */
  reportDetail?: boolean;
  reportLimit?: number;
}

export function entityClaims(ids: readonly string[], range: DateRange, page: Page, o: ClaimListOptions = {}): CypherQuery {
  const v = variant('entityClaims', o, (x) => claimList('Entity', SAID_INNER, x));
  return cypher(v.name, v.text, params(ids, range, page, o));
}

export function entityClaimsAbout(ids: readonly string[], range: DateRange, page: Page, o: ClaimListOptions = {}): CypherQuery {
  const v = variant('entityClaimsAbout', o, (x) => claimList('Entity', ABOUT_INNER, x));
  return cypher(v.name, v.text, params(ids, range, page, o));
}

export function topicClaims(ids: readonly string[], range: DateRange, page: Page, o: ClaimListOptions = {}): CypherQuery {
  const v = variant('topicClaims', o, (x) => claimList('Topic', ABOUT_INNER, x));
  return cypher(v.name, v.text, params(ids, range, page, o));
}

export { claimList };
