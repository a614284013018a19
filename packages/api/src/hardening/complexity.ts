import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, GraphQLSchema } from '../graphql.js';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { ApiError } from '../errors.js';

/** Cost of an operation: connections multiply their children by `first` (see connectionComplexity). */
export function operationComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string | null,
): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    operationName: operationName ?? undefined,
    estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
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
