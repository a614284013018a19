import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Entity } from './entity.js';
import { Relation } from './relation.js';
import { Evidence } from './article.js';
import type { EntityRow, EvidenceRow, RelationRow } from '../../rows.js';

@ObjectType('GraphNode', { simpleResolvers: true, description: 'A node ready for a graph view' })
export class GraphNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Person, Organization, Country, Place, Topic or Claim' })
  type!: string;

  @Field(() => [String])
  labels!: string[];

  @Field(() => String, { description: 'Name of an entity, caption of a claim' })
  caption!: string;

  @Field(() => Int, { nullable: true, description: 'Hops from the centre (entities only)' })
  distance!: number | null;

  @Field(() => String, { nullable: true, description: "ISO date of a claim's earliest report; null for entities and when unknown" })
  date!: string | null;
}

@ObjectType('GraphEdge', { simpleResolvers: true, description: 'An edge ready for a graph view' })
export class GraphEdge {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  source!: string;

  @Field(() => ID)
  target!: string;

  @Field(() => String, { description: 'Predicate, or SAID / ABOUT for claim edges' })
  type!: string;

  @Field(() => Boolean)
  negated!: boolean;

  @Field(() => Boolean)
  hedged!: boolean;

  @Field(() => Int)
  evidenceCount!: number;

  @Field(() => String, {
    nullable: true,
    description: "ISO date: for a fact, the earliest of its evidence articles (publishedAt, else dateline); for SAID / ABOUT, the claim's date; null when unknown",
  })
  date!: string | null;

  @Field(() => [Evidence], { description: 'Up to 3 supporting sentences of a fact, earliest article first (none for SAID / ABOUT)' })
  evidenceSentences!: EvidenceRow[];
}

@ObjectType('Neighborhood', { simpleResolvers: true })
export class Neighborhood {
  @Field(() => [GraphNode])
  nodes!: GraphNode[];

  @Field(() => [GraphEdge])
  edges!: GraphEdge[];

  @Field(() => Boolean, { description: 'True when `limit` cut entities off' })
  truncated!: boolean;
}

@ObjectType('PathStep', { simpleResolvers: true, description: 'One hop of a path with the fact behind it' })
export class PathStep {
  @Field(() => Entity)
  from!: EntityRow;

  @Field(() => Entity)
  to!: EntityRow;

  @Field(() => Relation)
  relation!: RelationRow;

  @Field(() => Boolean, { description: 'The relation points from `from` to `to`' })
  forward!: boolean;
}

@ObjectType('Path', { simpleResolvers: true })
export class Path {
  @Field(() => Int, { description: 'Number of hops' })
  length!: number;

  @Field(() => [Entity], { description: 'From the start to the end (at most 7)' })
  nodes!: EntityRow[];

  @Field(() => [PathStep], { description: 'At most 6' })
  steps!: PathStep[];
}
