import {
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from '../graphql.js';
import { ApiError } from '../errors.js';

/**
 * Depth of the deepest field of a selection set, following fragments. Introspection fields
 * (`__schema`, `__type`) do not count: GraphiQL's own schema query is deep by nature.
 */
export function selectionDepth(
  set: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string> = new Set(),
): number {
  if (!set) return 0;
  let max = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith('__')) continue;
      max = Math.max(max, 1 + selectionDepth(sel.selectionSet, fragments, seen));
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      max = Math.max(max, selectionDepth(sel.selectionSet, fragments, seen));
    } else {
      const name = sel.name.value;
      const frag = fragments[name];
      if (!frag || seen.has(name)) continue; // unknown or cyclic spreads are reported by the standard rules
      seen.add(name);
      max = Math.max(max, selectionDepth(frag.selectionSet, fragments, seen));
      seen.delete(name);
    }
  }
  return max;
}

/** Validation rule: rejects operations nested deeper than `maxDepth` before anything executes. */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
    }
    return {
      OperationDefinition(node) {
        const depth = selectionDepth(node.selectionSet, fragments);
        if (depth > maxDepth) {
          context.reportError(
            new ApiError('QUERY_TOO_DEEP', `Query depth ${depth} exceeds the limit of ${maxDepth}`, { depth, maxDepth }),
          );
        }
      },
    };
  };
}
