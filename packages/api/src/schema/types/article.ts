import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateSourceEnum } from './common.js';

@ObjectType('Article', { simpleResolvers: true, description: 'One source document' })
export class Article {
  @Field(() => ID, { description: 'Hash of the normalised text' })
  id!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'Outlet, e.g. "Xinhua"' })
  source!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date' })
  publishedAt!: string | null;

  @Field(() => String, { nullable: true })
  path!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'Event date from the dateline, when present' })
  dateline!: string | null;

  @Field(() => DateSourceEnum, { nullable: true, description: 'Where publishedAt came from' })
  dateSource!: string | null;

  @Field(() => String, { nullable: true, description: 'Caption: the title or the path' })
  name!: string | null;
}

@ObjectType('Evidence', { simpleResolvers: true, description: 'A sentence of an article supporting a fact' })
export class Evidence {
  @Field(() => ID)
  articleId!: string;

  @Field(() => String, { nullable: true, description: 'The sentence, verbatim' })
  sentence!: string | null;

  @Field(() => Int, { nullable: true, description: 'Character offset in the article' })
  start!: number | null;

  @Field(() => Int, { nullable: true })
  end!: number | null;

  @Field(() => Boolean)
  negated!: boolean;

  @Field(() => Boolean)
  hedged!: boolean;
}
