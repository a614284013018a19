import { cypher, type CypherQuery } from '../db/cypher.js';
import { claimRow, dateBetween, perParent } from './projections.js';
import { pageParams, type Page } from '../pagination.js';

export interface DateRange {
  from?: string | null;
  to?: string | null;
}

// Newest first; undated claims last.
const ORDER = `ORDER BY coalesce(toString(c.date), '') DESC, c.id`;

const said = (reports: boolean): string => perParent(
  'Entity',
  `
  MATCH (p)-[:SAID]->(c:Claim)
  WHERE ${dateBetween('c.date')}
  WITH c ${ORDER}
  RETURN collect(c) AS xs`,
  'c',
  claimRow('c', { reports }),
);

// "What others said about it": the entity's own claims about itself are under `claims`.
const about = (reports: boolean, label: 'Entity' | 'Topic'): string => perParent(
  label,
  `
  MATCH (c:Claim)-[:ABOUT]->(p)
  WHERE ${dateBetween('c.date')} AND NOT EXISTS { (p)-[:SAID]->(c) }
  WITH c ${ORDER}
  RETURN collect(c) AS xs`,
  'c',
  claimRow('c', { reports }),
);

// [without reports, with reports]
const SAID = [said(false), said(true)] as const;
const ABOUT = [about(false, 'Entity'), about(true, 'Entity')] as const;
const TOPIC_ABOUT = [about(false, 'Topic'), about(true, 'Topic')] as const;
const variant = (reports: boolean | undefined): 0 | 1 => (reports ? 1 : 0);
const suffix = (reports: boolean | undefined): string => (reports ? '+reports' : '');

function params(ids: readonly string[], range: DateRange, page: Page) {
  return { ids: [...ids], from: range.from ?? null, to: range.to ?? null, ...pageParams(page) };
}

/** `reports`: embed every claim's REPORTED_IN rows (the request selects `reportedIn`). */
export interface ClaimListOptions {
  reports?: boolean;
}

export function entityClaims(ids: readonly string[], range: DateRange, page: Page, o: ClaimListOptions = {}): CypherQuery {
  return cypher(`entityClaims${suffix(o.reports)}`, SAID[variant(o.reports)], params(ids, range, page));
}

export function entityClaimsAbout(ids: readonly string[], range: DateRange, page: Page, o: ClaimListOptions = {}): CypherQuery {
  return cypher(`entityClaimsAbout${suffix(o.reports)}`, ABOUT[variant(o.reports)], params(ids, range, page));
}

export function topicClaims(ids: readonly string[], range: DateRange, page: Page, o: ClaimListOptions = {}): CypherQuery {
  return cypher(`topicClaims${suffix(o.reports)}`, TOPIC_ABOUT[variant(o.reports)], params(ids, range, page));
}
