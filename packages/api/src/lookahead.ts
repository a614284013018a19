// Peeks at the rest of the request so one statement can bring what the next level will ask for.
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from './graphql.js';

export type LookaheadInfo = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'schema' | 'variableValues'>;

function childFields(set: SelectionSetNode | undefined, info: LookaheadInfo, out: FieldNode[], seen = new Set<string>()): FieldNode[] {
  for (const sel of set?.selections ?? []) {
    if (sel.kind === Kind.FIELD) out.push(sel);
    else if (sel.kind === Kind.INLINE_FRAGMENT) childFields(sel.selectionSet, info, out, seen);
    else if (!seen.has(sel.name.value)) {
      seen.add(sel.name.value);
      childFields(info.fragments[sel.name.value]?.selectionSet, info, out, seen);
    }
  }
  return out;
}

/** The fields selected directly under the current field (through fragments). */
export function selectedChildren(info: LookaheadInfo): FieldNode[] {
  const out: FieldNode[] = [];
  for (const f of info.fieldNodes) childFields(f.selectionSet, info, out);
  return out;
}

/** Every field node at `path` below the current field, e.g. ['edges', 'node', 'reportedIn']. */
export function selectedAt(info: LookaheadInfo, path: readonly string[]): FieldNode[] {
  let level: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    const next: FieldNode[] = [];
    for (const f of level) next.push(...childFields(f.selectionSet, info, []).filter((c) => c.name.value === name));
    level = next;
  }
  return [...level];
}

/** Whether the request selects `path` below the current field. */
export function selects(info: LookaheadInfo, path: readonly string[]): boolean {
  return selectedAt(info, path).length > 0;
}
