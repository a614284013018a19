import { Field, ID, ObjectType } from 'type-graphql';
import { JSONObjectResolver } from 'graphql-scalars';
import { Article } from './article.js';
import { Claim } from './claim.js';
import { Entity } from './entity.js';
import { Relation } from './relation.js';
import type { ArticleRow, ClaimRow, EntityRow, RelationRow } from '../../rows.js';

@ObjectType('IngestResult', { simpleResolvers: true, description: 'What was extracted from the article and stored' })
export class IngestResult {
  @Field(() => Article, { nullable: true })
  article!: ArticleRow | null;

  @Field(() => [Entity], { description: 'Entities named in the article, as stored' })
  entities!: EntityRow[];

  @Field(() => [Claim], { description: 'Claims found in the article, as stored' })
  claims!: ClaimRow[];

  @Field(() => [Relation], { description: 'Relations extracted from the article' })
  relations!: RelationRow[];

  @Field(() => JSONObjectResolver, { description: 'Counts reported by the store' })
  stats!: Record<string, unknown>;
}

@ObjectType('RetractResult', { simpleResolvers: true })
export class RetractResult {
  @Field(() => ID)
  articleId!: string;

  @Field(() => Boolean, { description: 'False when no such article was stored' })
  retracted!: boolean;

  @Field(() => JSONObjectResolver, { description: 'Counts reported by the store' })
  stats!: Record<string, unknown>;
}

