import { Field, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { DATE_SOURCES, ENTITY_TYPES, RELATION_PREDICATES, TIME_PRECISIONS } from '@kg/ontology';
import { DEFAULT_FIRST } from '../../config.js';

// Enums mirror the ontology constants so the schema cannot drift from the contract.
const enumOf = <T extends string>(values: readonly T[]): Record<T, T> =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const EntityTypeEnum = enumOf(ENTITY_TYPES);
registerEnumType(EntityTypeEnum, { name: 'EntityType', description: 'Kinds of real-world actor or place' });

export const PredicateEnum = enumOf(RELATION_PREDICATES);
registerEnumType(PredicateEnum, { name: 'Predicate', description: 'Relation types between entities (see the ontology)' });

export const DirectionEnum = enumOf(['OUTGOING', 'INCOMING', 'BOTH'] as const);
registerEnumType(DirectionEnum, {
  name: 'Direction',
  description: 'Relative to the entity; symmetric predicates (MET_WITH, COOPERATED_WITH) match in both directions',
});

export const ClaimKindEnum = enumOf(['direct', 'indirect'] as const);
registerEnumType(ClaimKindEnum, { name: 'ClaimKind', description: 'Directly quoted or reported speech' });

export const TimePrecisionEnum = enumOf(TIME_PRECISIONS);
registerEnumType(TimePrecisionEnum, { name: 'TimePrecision', description: 'How much of a date the text gave: the day, its week, month or year' });

export const DateSourceEnum = enumOf(DATE_SOURCES);
registerEnumType(DateSourceEnum, { name: 'DateSource', description: "Where an article's date came from" });

@ObjectType({ simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page' })
  endCursor!: string | null;
}

/** Cost of a connection: its page size times what each node asks for. */
export const connectionComplexity: ComplexityEstimator = ({ args, childComplexity }) =>
  1 + (typeof args.first === 'number' ? Math.max(args.first, 1) : DEFAULT_FIRST) * childComplexity;

/** Edge with only `cursor` and `node`. */
export function edgeType(name: string, node: () => unknown, nullable = false): ClassType {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(node as () => ClassType, { nullable })
    node!: unknown;
  }
  return Edge;
}

/** Relay-style connection over an edge type. */
export function connectionType(name: string, edge: () => ClassType): ClassType {
  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class Connection {
    @Field(() => [edge()])
    edges!: unknown[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items over all pages' })
    totalCount!: number;
  }
  return Connection;
}
