import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from '../graphql.js';
import { buildSchema } from 'type-graphql';
import { QueryResolver } from './resolvers/query.js';
import { MutationResolver } from './resolvers/mutation.js';
import { EntityResolver } from './resolvers/entity.js';
import { ClaimResolver } from './resolvers/claim.js';
import { ArticleResolver, EvidenceResolver } from './resolvers/article.js';
import { RelationResolver } from './resolvers/relation.js';
import { TopicResolver } from './resolvers/topic.js';
import { Country, Organization, Person, Place, Topic } from './types/entity.js';

let cached: Promise<GraphQLSchema> | undefined;

/** The executable schema (built once per process; type-graphql metadata is global). */
export function buildApiSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: [
      QueryResolver,
      MutationResolver,
      EntityResolver,
      ClaimResolver,
      ArticleResolver,
      EvidenceResolver,
      RelationResolver,
      TopicResolver,
    ],
    orphanedTypes: [Person, Organization, Country, Place, Topic],
    validate: false,
  });
  return cached;
}

export const SDL_HEADER = '# Generated from the type-graphql classes by `pnpm --filter @kg/api print-schema`. Do not edit.\n\n';

/** The SDL as committed in packages/api/schema.graphql. */
export async function printApiSchema(): Promise<string> {
  return SDL_HEADER + printSchema(lexicographicSortSchema(await buildApiSchema())) + '\n';
}
