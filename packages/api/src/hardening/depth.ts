// Depth limit: the deepest field of an operation, following fragments (each measured once).
import type { FieldNode, ValidationRule } from '../graphql.js';
import { limitRule } from './limit-rule.js';
import type { Measure } from './walk.js';

/** Introspection fields (`__schema`, `__type`) do not count: GraphiQL's own schema query is deep by nature. */
export const depthMeasure: Measure<number> = {
  empty: 0,
  field: (node: FieldNode, children: number) => (node.name.value.startsWith('__') ? 0 : 1 + children),
  combine: Math.max,
};

/** Validation rule: rejects operations nested deeper than `maxDepth` before anything executes. */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return limitRule({ code: 'QUERY_TOO_DEEP', what: 'Query depth', max: maxDepth, measure: depthMeasure, key: 'depth' });
}
