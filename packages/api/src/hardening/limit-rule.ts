// A validation rule that measures every operation (fragments included, each measured once) and
// reports an ApiError when the figure exceeds its limit. Runs before any resolver or statement.
import type { ASTVisitor, ValidationContext, ValidationRule } from '../graphql.js';
import { ApiError, type ErrorCode } from '../errors.js';
import { fragmentsOf, measureSelectionSet, type Measure } from './walk.js';

export interface LimitSpec {
  code: ErrorCode;
  /** What is counted, for the message: "Query depth", "Aliases"… */
  what: string;
  max: number;
  measure: Measure<number>;
  /** Name of the figure and of its limit in `extensions` (e.g. depth / maxDepth). */
  key: string;
}

export function limitRule(spec: LimitSpec): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = fragmentsOf(context.getDocument().definitions);
    return {
      OperationDefinition(node) {
        const value = measureSelectionSet(node.selectionSet, fragments, spec.measure);
        if (value > spec.max) {
          const maxKey = `max${spec.key[0]!.toUpperCase()}${spec.key.slice(1)}`;
          context.reportError(
            new ApiError(spec.code, `${spec.what} ${value} exceeds the limit of ${spec.max}`, { [spec.key]: value, [maxKey]: spec.max }),
          );
        }
      },
    };
  };
}
