// One bottom-up pass over an operation in which every fragment is measured ONCE. Hostile documents
// spread fragments many times (a "diamond": each fragment spreads the next twice); expanding them
// costs 2^levels, while measuring each fragment once and reusing the figure costs the size of the text.
import {
  Kind,
  type DirectiveNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from '../graphql.js';
import { fieldDefOf, namedTypeOf } from './types.js';

/** How one figure (depth, aliases, cost…) is built from the parts of a selection set. */
export interface Measure<T> {
  /** Figure of an empty selection set. */
  empty: T;
  /** Figure of one field, given the figure of its own selection set (`children`). */
  field(node: FieldNode, children: T, parentType: GraphQLNamedType | undefined): T;
  /** Figure of two sibling selections together. */
  combine(a: T, b: T): T;
  /** Extra figure for directives on a fragment spread or inline fragment (default: none). */
  directives?(nodes: readonly DirectiveNode[] | undefined): T;
}

export type Fragments = Record<string, FragmentDefinitionNode>;

export function fragmentsOf(definitions: readonly { kind: string }[]): Fragments {
  const out: Fragments = {};
  for (const def of definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) {
      const f = def as FragmentDefinitionNode;
      out[f.name.value] = f;
    }
  }
  return out;
}

interface WalkState<T> {
  measure: Measure<T>;
  fragments: Fragments;
  schema: GraphQLSchema | undefined;
  memo: Map<string, T>;
  /** Fragments being measured: a cycle counts as empty (the standard rules report it). */
  active: Set<string>;
}

function measureSet<T>(set: SelectionSetNode | undefined, type: GraphQLNamedType | undefined, s: WalkState<T>): T {
  let acc = s.measure.empty;
  for (const sel of set?.selections ?? []) acc = s.measure.combine(acc, measureSelection(sel, type, s));
  return acc;
}

function measureSelection<T>(sel: SelectionSetNode['selections'][number], type: GraphQLNamedType | undefined, s: WalkState<T>): T {
  const m = s.measure;
  if (sel.kind === Kind.FIELD) {
    const childType = namedTypeOf(fieldDefOf(type, sel.name.value));
    return m.field(sel, measureSet(sel.selectionSet, childType, s), type);
  }
  const own = m.directives ? m.directives(sel.directives) : m.empty;
  if (sel.kind === Kind.INLINE_FRAGMENT) {
    const cond = sel.typeCondition && s.schema ? s.schema.getType(sel.typeCondition.name.value) : type;
    return m.combine(own, measureSet(sel.selectionSet, cond ?? undefined, s));
  }
  return m.combine(own, measureFragment(sel.name.value, s));
}

function measureFragment<T>(name: string, s: WalkState<T>): T {
  const known = s.memo.get(name);
  if (known !== undefined) return known;
  const frag = s.fragments[name];
  if (!frag || s.active.has(name)) return s.measure.empty;
  s.active.add(name);
  const type = s.schema?.getType(frag.typeCondition.name.value) ?? undefined;
  const value = s.measure.combine(
    s.measure.directives ? s.measure.directives(frag.directives) : s.measure.empty,
    measureSet(frag.selectionSet, type, s),
  );
  s.active.delete(name);
  s.memo.set(name, value);
  return value;
}

/**
 * Measures a selection set (an operation's) in time linear in the document's size. `rootType`
 * and `schema` are needed only by measures that look at field definitions (the cost model).
 */
export function measureSelectionSet<T>(
  set: SelectionSetNode,
  fragments: Fragments,
  measure: Measure<T>,
  typing: { schema?: GraphQLSchema; rootType?: GraphQLNamedType } = {},
): T {
  const state: WalkState<T> = { measure, fragments, schema: typing.schema, memo: new Map(), active: new Set() };
  return measureSet(set, typing.rootType, state);
}
