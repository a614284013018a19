// Alias limit: aliases are how one request asks for the same expensive field many times over.
// Counted as executed, i.e. an alias inside a fragment counts once per spread of that fragment.
import type { FieldNode, ValidationRule } from '../graphql.js';
import { limitRule } from './limit-rule.js';
import type { Measure } from './walk.js';

export const aliasMeasure: Measure<number> = {
  empty: 0,
  field: (node: FieldNode, children: number) => (node.alias ? 1 : 0) + children,
  combine: (a, b) => a + b,
};

export function aliasLimitRule(maxAliases: number): ValidationRule {
  return limitRule({ code: 'TOO_MANY_ALIASES', what: 'Aliases', max: maxAliases, measure: aliasMeasure, key: 'aliases' });
}
