import { cypher, type CypherQuery } from '../db/cypher.js';
import { articleMap, perParent } from './projections.js';
import { pageParams, type Page } from '../pagination.js';

// The article comes back with its REPORTED_IN properties, so `reportedIn { node { source } }`
// costs one statement for the whole level.
const TEXT = perParent(
  'Claim',
  `
  MATCH (p)-[r:REPORTED_IN]->(a:Article)
  WITH r, a ORDER BY coalesce(toString(a.publishedAt), ''), a.id
  RETURN collect({r: r, a: a}) AS xs`,
  'x',
  `{article: ${articleMap('x.a')}, text: x.r.text, cue: x.r.cue, kind: x.r.kind, sentence: x.r.sentence, ` +
    `start: x.r.start, end: x.r.end, date: toString(x.r.date), saidAt: x.r.saidAt, articleId: coalesce(x.r.articleId, x.a.id)}`,
);

export function claimReports(ids: readonly string[], page: Page): CypherQuery {
  return cypher('claimReports', TEXT, { ids: [...ids], ...pageParams(page) });
}
