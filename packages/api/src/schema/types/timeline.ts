import { createUnionType, Field, ObjectType } from 'type-graphql';
import { Claim } from './claim.js';
import { Relation } from './relation.js';
import type { ClaimRow, RelationRow } from '../../rows.js';

export type TimelineNode = (ClaimRow & { __kind: 'Claim' }) | (RelationRow & { __kind: 'Relation' });

export const TimelineItem = createUnionType({
  name: 'TimelineItem',
  types: () => [Claim, Relation] as const,
  resolveType: (v: unknown) => (v as TimelineNode).__kind,
});

@ObjectType('TimelineEdge', { simpleResolvers: true })
export class TimelineEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => String, { nullable: true, description: 'ISO date; undated items come last' })
  date!: string | null;

  @Field(() => TimelineItem)
  node!: TimelineNode;
}
