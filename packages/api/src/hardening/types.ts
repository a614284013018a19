// Field definitions looked up by name, for measures that price fields by their schema.
import { getNamedType, isInterfaceType, isObjectType, type GraphQLField, type GraphQLNamedType } from '../graphql.js';

/** The definition of `name` on an object or interface type; undefined for unions, scalars, unknowns. */
export function fieldDefOf(type: GraphQLNamedType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  if (!type || !(isObjectType(type) || isInterfaceType(type))) return undefined;
  return type.getFields()[name];
}

export function namedTypeOf(def: GraphQLField<unknown, unknown> | undefined): GraphQLNamedType | undefined {
  return def ? getNamedType(def.type) : undefined;
}
