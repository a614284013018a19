// `entity(id)` knows its id before the entity is read, so the lists selected under it can run
// first and bring the entity along: one statement instead of two. The prefetch calls the field
// resolvers themselves, so the loader keys match and the real resolution reuses the result.
import type { ApiContext } from '../../context.js';
import { getArgumentValues, type GraphQLInterfaceType, type GraphQLResolveInfo } from '../../graphql.js';
import { selectedChildren } from '../../lookahead.js';
import type { EntityRow } from '../../rows.js';
import { EntityResolver } from './entity.js';

type Prefetch = (r: EntityResolver, e: EntityRow, args: never, ctx: ApiContext, info: GraphQLResolveInfo) => unknown;

const PREFETCHABLE: Record<string, Prefetch> = {
  claims: (r, e, a, c, i) => r.claims(e, a, c, i),
  claimsAbout: (r, e, a, c, i) => r.claimsAbout(e, a, c, i),
  relations: (r, e, a, c) => r.relations(e, a, c),
  neighbors: (r, e, a, c) => r.neighbors(e, a, c),
  articles: (r, e, a, c) => r.articles(e, a, c),
};

const resolver = new EntityResolver();

/**
 * Starts the lists selected under `entity(id)`; resolves when they have settled. Their statements
 * return the entity itself too (see perParent), which primes the entity loader.
 */
export async function prefetchEntityLists(ctx: ApiContext, info: GraphQLResolveInfo, id: string): Promise<void> {
  const started: Promise<unknown>[] = [];
  const entityType = info.schema.getType('Entity') as GraphQLInterfaceType | undefined;
  if (!entityType) return;
  const defs = entityType.getFields();
  const stub: EntityRow = { id, name: null, aliases: null, type: null, labels: [] };
  for (const node of selectedChildren(info)) {
    const run = PREFETCHABLE[node.name.value];
    const def = defs[node.name.value];
    if (!run || !def) continue;
    try {
      const args = getArgumentValues(def, node, info.variableValues) as never;
      const childInfo = { ...info, fieldNodes: [node] };
      // Errors surface when the field itself resolves; a prefetch must never reject unobserved.
      started.push(Promise.resolve(run(resolver, stub, args, ctx, childInfo)).catch(() => undefined));
    } catch {
      // invalid arguments: the field resolver reports them
    }
  }
  await Promise.all(started);
}
