import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PredicateEnum, TimePrecisionEnum } from './common.js';

@ObjectType('Relation', { simpleResolvers: true, description: 'A fact between two entities, with its evidence' })
export class Relation {
  @Field(() => ID, { description: '`subject|PREDICATE|object`, with `|not` when negated' })
  id!: string;

  @Field(() => PredicateEnum)
  predicate!: string;

  @Field(() => Boolean, { description: 'The text says it did not happen ("did not meet")' })
  negated!: boolean;

  @Field(() => Boolean, { description: 'Every supporting sentence hedges it ("considering")' })
  hedged!: boolean;

  @Field(() => String, { nullable: true, description: 'HOLDS_ROLE only: the title' })
  title!: string | null;

  @Field(() => Int, { description: 'Articles supporting the fact' })
  articleCount!: number;

  @Field(() => String, { nullable: true, description: 'When it happened: the earliest time its evidence gives (ISO date, see occurredAtPrecision)' })
  occurredAt!: string | null;

  @Field(() => TimePrecisionEnum, { nullable: true })
  occurredAtPrecision!: string | null;
}
