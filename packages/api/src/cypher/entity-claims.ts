import { cypher, type CypherQuery } from '../db/cypher.js';
import { claimMap, dateBetween, perParent } from './projections.js';
import { pageParams, type Page } from '../pagination.js';

export interface DateRange {
  from?: string | null;
  to?: string | null;
}

// Newest first; undated claims last.
const ORDER = `ORDER BY coalesce(toString(c.date), '') DESC, c.id`;

const SAID = perParent(
  'Entity',
  `
  MATCH (p)-[:SAID]->(c:Claim)
  WHERE ${dateBetween('c.date')}
  WITH c ${ORDER}
  RETURN collect(c) AS xs`,
  'c',
  claimMap('c'),
);

// "What others said about it": the entity's own claims about itself are under `claims`.
const ABOUT = perParent(
  'Entity',
  `
  MATCH (c:Claim)-[:ABOUT]->(p)
  WHERE ${dateBetween('c.date')} AND NOT EXISTS { (p)-[:SAID]->(c) }
  WITH c ${ORDER}
  RETURN collect(c) AS xs`,
  'c',
  claimMap('c'),
);

const TOPIC_ABOUT = ABOUT.replace('MATCH (p:Entity {id: id})', 'MATCH (p:Topic {id: id})');

function params(ids: readonly string[], range: DateRange, page: Page) {
  return { ids: [...ids], from: range.from ?? null, to: range.to ?? null, ...pageParams(page) };
}

export function entityClaims(ids: readonly string[], range: DateRange, page: Page): CypherQuery {
  return cypher('entityClaims', SAID, params(ids, range, page));
}

export function entityClaimsAbout(ids: readonly string[], range: DateRange, page: Page): CypherQuery {
  return cypher('entityClaimsAbout', ABOUT, params(ids, range, page));
}

export function topicClaims(ids: readonly string[], range: DateRange, page: Page): CypherQuery {
  return cypher('topicClaims', TOPIC_ABOUT, params(ids, range, page));
}
