// What the cost model charges for fields whose work is not proportional to what they return.
// Figures are "rows touched", the unit of connectionComplexity (page size × what each node asks for).
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { connectionComplexity } from '../schema/types/common.js';

/**
 * A statement that reads every node of a label (no index anchors it): unfiltered `claims`, unanchored
 * `relations`. Its real cost grows with
 * the graph, so it is priced like a large page: a few of them fit in the default budget, a thousand do not.
 */
export const UNINDEXED_SCAN_COST = 2_000;

/**
 * `neighborhood` reads, for each kept entity, its relations to the others and every evidence slot of
 * each (to count and date them): priced per kept entity and hop, times the evidence a busy relation holds.
 */
export const NEIGHBORHOOD_EVIDENCE_COST = 50;
const CLAIM_LINK_COST = 5;

const anyOf = (o: unknown, keys: readonly string[]): boolean =>
  !!o && typeof o === 'object' && keys.some((k) => (o as Record<string, unknown>)[k] != null);

/** `claims(filter)`: anchored on a speaker, a subject or the full-text index, else a scan of every claim. */
export const claimsQueryCost: ComplexityEstimator = (o) =>
  (anyOf(o.args.filter, ['speaker', 'about', 'text']) ? 0 : UNINDEXED_SCAN_COST) + (connectionComplexity(o) ?? 1);

/** `relations(filter)`: anchored on a subject or object, else a scan of every relation. */
export const relationsQueryCost: ComplexityEstimator = (o) =>
  (anyOf(o.args.filter, ['subject', 'object']) ? 0 : UNINDEXED_SCAN_COST) + (connectionComplexity(o) ?? 1);

/** `entityByName`: two index reads (name keys, docs/graph-model.md), like a lookup by id. */
export const entityByNameCost: ComplexityEstimator = ({ childComplexity }) => 1 + childComplexity;

/** `neighborhood(depth, limit, claims)`: kept entities × hops × (evidence per entity + what each asks for). */
export const neighborhoodCost: ComplexityEstimator = ({ args, childComplexity }) => {
  const limit = Math.max(1, Number(args.limit ?? 50));
  const depth = Math.max(1, Number(args.depth ?? 1));
  const claims = Math.max(0, Number(args.claims ?? 0));
  return 1 + limit * depth * (NEIGHBORHOOD_EVIDENCE_COST + childComplexity) + claims * CLAIM_LINK_COST;
};
