import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ClaimKindEnum, DirectionEnum, EntityTypeEnum, PredicateEnum } from './types/common.js';
import { DEFAULT_FIRST, MAX_FIRST } from '../config.js';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_FIRST, description: `Page size, at most ${MAX_FIRST}` })
  first!: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge already seen' })
  after?: string | null;
}

@ArgsType()
export class DatedPageArgs extends PageArgs {
  @Field(() => LocalDateResolver, { nullable: true, description: 'Earliest date (inclusive), YYYY-MM-DD' })
  from?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Latest date (inclusive), YYYY-MM-DD' })
  to?: string | null;
}

@ArgsType()
export class RelationsArgs extends PageArgs {
  @Field(() => [PredicateEnum], { nullable: true, description: 'Only these predicates (default: all)' })
  predicates?: string[] | null;

  @Field(() => DirectionEnum, { nullable: true, defaultValue: 'BOTH' })
  direction!: 'OUTGOING' | 'INCOMING' | 'BOTH';
}

@ArgsType()
export class NeighborsArgs extends PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 1, description: 'Hops, 1 to 3' })
  depth!: number;

  @Field(() => [PredicateEnum], { nullable: true, description: 'Only follow these predicates (default: all)' })
  predicates?: string[] | null;
}

@ArgsType()
export class SearchArgs extends PageArgs {
  @Field(() => String, { description: 'Words of a name or alias; prefixes match' })
  text!: string;

  @Field(() => [EntityTypeEnum], { nullable: true, description: 'Only these entity types' })
  types?: string[] | null;
}

@InputType('ClaimFilter')
export class ClaimFilter {
  @Field(() => String, { nullable: true, description: 'The speaker: entity id, name or alias (case-insensitive)' })
  speaker?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Also the claims of people holding a spokesperson role for the speaker" })
  includeSpokespeople?: boolean | null;

  @Field(() => String, { nullable: true, description: 'What the claim is about: entity id, name or alias, or topic id' })
  about?: string | null;

  @Field(() => String, { nullable: true, description: 'An outlet carrying the claim (case-insensitive)' })
  outlet?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Said on or after (inclusive; claims with an unknown saidAt are left out)' })
  saidFrom?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Said on or before (inclusive)' })
  saidTo?: string | null;

  @Field(() => String, { nullable: true, description: 'Words of the claim (full-text, ranked)' })
  text?: string | null;

  @Field(() => ClaimKindEnum, { nullable: true })
  kind?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Earliest claim date (inclusive)' })
  from?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Latest claim date (inclusive)' })
  to?: string | null;
}

@InputType('RelationFilter')
export class RelationFilter {
  @Field(() => [PredicateEnum], { nullable: true, description: 'Any of these predicates (default: all)' })
  predicate?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Entity id of the subject' })
  subject?: string | null;

  @Field(() => String, { nullable: true, description: 'Entity or topic id of the object' })
  object?: string | null;

  @Field(() => Boolean, { nullable: true })
  negated?: boolean | null;
}
