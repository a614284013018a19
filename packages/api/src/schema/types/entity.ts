import { createUnionType, Field, Float, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { EntityTypeEnum } from './common.js';
import { entityTypeOf, type EntityRow } from '../../rows.js';

const resolveEntityType = (v: EntityRow): string | undefined => {
  const t = entityTypeOf(v);
  return t && t !== 'Topic' ? t : undefined;
};

@InterfaceType('Entity', {
  description: 'A real-world actor or place, resolved across articles',
  resolveType: resolveEntityType,
})
export abstract class Entity {
  @Field(() => ID, { description: 'Stable slug, e.g. `person:mao-ning`' })
  id!: string;

  @Field(() => String, { description: 'Canonical name' })
  name!: string;

  @Field(() => [String], { description: 'Other names the entity goes by in the articles' })
  aliases!: string[];

  @Field(() => EntityTypeEnum)
  type!: string;

  @Field(() => [String], { description: 'Neo4j labels' })
  labels!: string[];
}

@ObjectType('Person', { simpleResolvers: true, implements: Entity, description: 'A named person' })
export class Person extends Entity {}

@ObjectType('Organization', { simpleResolvers: true, implements: Entity, description: 'A ministry, company, party, agency…' })
export class Organization extends Entity {}

@ObjectType('Country', { simpleResolvers: true, implements: Entity, description: 'A sovereign state, or a political actor referred to as one' })
export class Country extends Entity {}

@ObjectType('Place', { simpleResolvers: true, implements: Entity, description: 'Any other location' })
export class Place extends Entity {}

@ObjectType('Topic', { simpleResolvers: true, description: 'A subject claims are about' })
export class Topic {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

/** What a claim is about or a relation points at: an entity or a topic. */
export const Subject = createUnionType({
  name: 'Subject',
  description: 'An entity or a topic',
  types: () => [Person, Organization, Country, Place, Topic] as const,
  resolveType: (v: unknown) => entityTypeOf(v as EntityRow) ?? undefined,
});

@ObjectType('SearchEdge', { simpleResolvers: true, description: 'One full-text match' })
export class SearchEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Entity)
  node!: EntityRow;

  @Field(() => Float, { description: 'Full-text relevance' })
  score!: number;
}

@ObjectType('NeighborEdge', { simpleResolvers: true })
export class NeighborEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Entity)
  node!: EntityRow;

  @Field(() => Int, { description: 'Hops from the entity' })
  distance!: number;
}

@ObjectType('MentionEdge', { simpleResolvers: true })
export class MentionEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Entity)
  node!: EntityRow;

  @Field(() => Int, { description: 'Times the article names the entity' })
  count!: number;
}
