// The one `graphql` module instance the API uses. type-graphql, Apollo and graphql-scalars load
// graphql through Node's resolution (its CommonJS build); a bundler-style resolution of a plain
// `import 'graphql'` (vitest) picks the .mjs build instead, and graphql refuses to mix the two.
// Loading it with require here keeps every value from the same build in every runner.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const graphql = require('graphql') as typeof import('graphql');

export const {
  GraphQLError,
  Kind,
  getArgumentValues,
  getNamedType,
  getVariableValues,
  isInterfaceType,
  isObjectType,
  lexicographicSortSchema,
  printSchema,
  parse,
  validate,
} = graphql;
export type {
  ASTVisitor,
  DirectiveNode,
  GraphQLField,
  GraphQLNamedType,
  OperationDefinitionNode,
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLInterfaceType,
  GraphQLObjectType,
  GraphQLResolveInfo,
  GraphQLFormattedError,
  GraphQLSchema,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql';
