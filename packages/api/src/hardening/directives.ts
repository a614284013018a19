// Directive limit: each directive is evaluated per executed selection, and piles of them
// (`@include(if: true)` × thousands) are a known way to make validation and execution slow.
import type { DirectiveNode, FieldNode, ValidationRule } from '../graphql.js';
import { limitRule } from './limit-rule.js';
import type { Measure } from './walk.js';

const count = (nodes: readonly DirectiveNode[] | undefined): number => nodes?.length ?? 0;

export const directiveMeasure: Measure<number> = {
  empty: 0,
  field: (node: FieldNode, children: number) => count(node.directives) + children,
  combine: (a, b) => a + b,
  directives: count,
};

export function directiveLimitRule(maxDirectives: number): ValidationRule {
  return limitRule({ code: 'TOO_MANY_DIRECTIVES', what: 'Directives', max: maxDirectives, measure: directiveMeasure, key: 'directives' });
}
