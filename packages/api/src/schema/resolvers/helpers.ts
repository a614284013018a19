import { RELATION_PREDICATES } from '@kg/ontology';
import type { ApiContext } from '../../context.js';
import { toConnection, toPage, type Connection, type Page, type PageArgs } from '../../pagination.js';
import type { Paged } from '../../loaders.js';
import type { CypherQuery } from '../../db/cypher.js';
import { ApiError } from '../../errors.js';
import { selectedAt, type LookaheadInfo } from '../../lookahead.js';
import { getArgumentValues, type GraphQLObjectType } from '../../graphql.js';
import type { ClaimListOptions } from '../../cypher/entity-claims.js';

/** Predicates asked for, or all of them. */
export function predicatesOf(list: readonly string[] | null | undefined): string[] {
  return list && list.length > 0 ? [...new Set(list)] : [...RELATION_PREDICATES];
}

/** A date range whose end comes before its start is a mistake, not an empty answer. */
export function dateRange(names: [string, string], from: string | null | undefined, to: string | null | undefined): { from: string | null; to: string | null } {
  if (from && to && from > to) throw new ApiError('BAD_USER_INPUT', `"${names[0]}" (${from}) is after "${names[1]}" (${to})`);
  return { from: from ?? null, to: to ?? null };
}

export function intInRange(name: string, v: number, min: number, max: number): number {
  if (!Number.isInteger(v) || v < min || v > max) throw new ApiError('BAD_USER_INPUT', `"${name}" must be between ${min} and ${max}`);
  return v;
}

/**
 * Resolves a nested paged list through the request's batched loader: `key` names the list and
 * its arguments, `build` makes the statement for every parent of the level at once.
 */
export async function nestedConnection<T, E extends { cursor: string } = { cursor: string; node: T }>(
  ctx: ApiContext,
  parentId: string,
  list: string,
  args: PageArgs,
  extraKey: unknown[],
  build: (ids: readonly string[], page: Page) => CypherQuery,
  opts: { prime?: (items: T[]) => void; edge?: (node: T, cursor: string) => E } = {},
): Promise<Connection<T, E>> {
  const page = toPage(args);
  const key = JSON.stringify([list, page.skip, page.limit, ...extraKey]);
  const loader = ctx.loaders.list<T>(key, (ids) => build(ids, page), opts.prime);
  const res: Paged<T> = await loader.load(parentId);
  return toConnection<T, E>(res.items, res.total, page, opts.edge);
}

/**
 * What a claim list should bring along: the speaker when `edges.node.speaker` is selected, and for
 * `edges.node.reportedIn` how many reports (oldest first) the largest selected page needs.
 */
export function reportPlan(info: LookaheadInfo): ClaimListOptions {
  const speaker = selectedAt(info, ['edges', 'node', 'speaker']).length > 0;
  const plan = reportsOf(info);
  return { ...plan, speaker };
}

function reportsOf(info: LookaheadInfo): ClaimListOptions {
  const nodes = selectedAt(info, ['edges', 'node', 'reportedIn']);
  if (nodes.length === 0) return {};
  const claimType = info.schema.getType('Claim') as GraphQLObjectType | undefined;
  const def = claimType?.getFields().reportedIn;
  if (!def) return {};
  let reportLimit = 0;
  try {
    for (const n of nodes) {
      const page = toPage(getArgumentValues(def, n, info.variableValues) as PageArgs);
      reportLimit = Math.max(reportLimit, page.skip + page.limit);
    }
  } catch {
    return {}; // invalid arguments: reportedIn reports them itself
  }
  const detail = ['text', 'evidence'].some((f) => selectedAt(info, ['edges', 'node', 'reportedIn', 'edges', f]).length > 0);
  return { reports: true, reportLimit, reportDetail: detail };
}
