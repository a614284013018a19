// Cost of an operation, computed in one pass (fragments priced once, see walk.ts) from the
// `complexity` each field declares in the schema (type-graphql puts it in the field's extensions):
// a number is the field's own cost, a function prices it from its arguments and its children.
import type { ApolloServerPlugin } from '@apollo/server';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import {
  getArgumentValues,
  getVariableValues,
  type DocumentNode,
  type FieldNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from '../graphql.js';
import { ApiError } from '../errors.js';
import { fieldDefOf } from './types.js';
import { fragmentsOf, measureSelectionSet, type Measure } from './walk.js';

function costMeasure(variables: Record<string, unknown>): Measure<number> {
  return {
    empty: 0,
    combine: (a, b) => a + b,
    field(node: FieldNode, children: number, parentType: GraphQLNamedType | undefined) {
      const def = fieldDefOf(parentType, node.name.value);
      const declared = def?.extensions?.complexity as number | ComplexityEstimator | undefined;
      if (typeof declared === 'number') return declared + children;
      if (typeof declared !== 'function' || !def) return 1 + children;
      const args = getArgumentValues(def, node, variables);
      const cost = declared({ args, childComplexity: children, field: def as never, node, type: parentType as never, context: {} });
      return typeof cost === 'number' && Number.isFinite(cost) ? cost : 1 + children;
    },
  };
}

function operationOf(document: DocumentNode, name: string | null | undefined): OperationDefinitionNode | undefined {
  const ops = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  return name ? ops.find((o) => o.name?.value === name) : ops.length === 1 ? ops[0] : undefined;
}

/** Cost of the operation that will run; throws a GraphQLError when its variables do not coerce. */
export function operationComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string | null,
): number {
  const op = operationOf(document, operationName);
  if (!op) return 0; // Apollo reports the missing or ambiguous operation itself
  const coerced = getVariableValues(schema, op.variableDefinitions ?? [], variables ?? {}, { maxErrors: 1 });
  if (coerced.errors) throw coerced.errors[0]!;
  const root = op.operation === 'mutation' ? schema.getMutationType() : op.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  return measureSelectionSet(op.selectionSet, fragmentsOf(document.definitions), costMeasure(coerced.coerced), {
    schema,
    rootType: root ?? undefined,
  });
}

/**
 * Rejects operations costlier than `max` once variables are known, before execution starts,
 * so no Cypher runs for them.
 */
export function complexityPlugin<C extends object>(schema: GraphQLSchema, max: number): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let cost: number;
          try {
            cost = operationComplexity(schema, document, request.variables, request.operationName);
          } catch (err) {
            throw new ApiError('BAD_USER_INPUT', err instanceof Error ? err.message : 'Invalid operation');
          }
          if (cost > max) {
            throw new ApiError('QUERY_TOO_COMPLEX', `Query complexity ${cost} exceeds the limit of ${max}`, {
              complexity: cost,
              maxComplexity: max,
            });
          }
        },
      };
    },
  };
}
