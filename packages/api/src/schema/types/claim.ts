import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ClaimKindEnum, TimePrecisionEnum } from './common.js';
import { Article, Evidence } from './article.js';
import type { ArticleRow, EvidenceRow } from '../../rows.js';

@ObjectType('Claim', { simpleResolvers: true, description: 'Something an actor stated, directly quoted or reported' })
export class Claim {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The content, without the attribution cue' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'Short form (≤ 80 chars) for graph views' })
  caption!: string | null;

  @Field(() => ClaimKindEnum, { nullable: true })
  kind!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date of the earliest report' })
  date!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date of the earliest report (same as `date`)' })
  reportedAt!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'When it was said (ISO date: the day, the Monday of the week, the first of the month or of the year; see saidAtPrecision); null when unknown',
  })
  saidAt!: string | null;

  @Field(() => TimePrecisionEnum, { nullable: true, description: 'How much of saidAt the reports gave' })
  saidAtPrecision!: string | null;

  @Field(() => Int, { description: 'How many outlets carry the claim' })
  outletCount!: number;

  @Field(() => [String], { description: 'The outlets that carry the claim' })
  outlets!: string[];

  @Field(() => Int, { description: 'How many articles carry the claim' })
  articleCount!: number;
}

@ObjectType('ReportedInEdge', { simpleResolvers: true, description: 'An article carrying the claim, with its own wording' })
export class ReportedInEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Article)
  node!: ArticleRow;

  @Field(() => String, { nullable: true, description: 'The claim as worded in this article' })
  text!: string | null;

  @Field(() => String, { nullable: true, description: 'The reporting cue ("said", "urged")' })
  cue!: string | null;

  @Field(() => ClaimKindEnum, { nullable: true })
  kind!: string | null;

  @Field(() => String, { nullable: true, description: 'The date of this report (the article\'s dateline or publication date)' })
  date!: string | null;

  @Field(() => String, { nullable: true, description: 'When the claim was said according to this article' })
  saidAt!: string | null;

  @Field(() => Evidence, { description: 'Where in the article' })
  evidence!: EvidenceRow;
}
