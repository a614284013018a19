// Offset cursors: opaque to clients, stable for a given ordering, cheap to turn into SKIP/LIMIT.
import { ApiError } from './errors.js';
import { DEFAULT_FIRST, MAX_FIRST, MAX_OFFSET } from './config.js';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Page {
  skip: number;
  limit: number;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T, E extends { cursor: string } = Edge<T>> {
  edges: E[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null; hasPreviousPage: boolean; startCursor: string | null };
  totalCount: number;
}

const PREFIX = 'o:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const n = raw.startsWith(PREFIX) ? Number(raw.slice(PREFIX.length)) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 0) throw new ApiError('BAD_USER_INPUT', 'Invalid cursor in "after"');
  if (n >= MAX_OFFSET) throw new ApiError('BAD_USER_INPUT', `Cursors reach at most ${MAX_OFFSET} items deep; narrow the filter instead`);
  return n;
}

/** Validates `first`/`after` and turns them into SKIP/LIMIT; `first` is bounded by MAX_FIRST. */
export function toPage(args: PageArgs, max = MAX_FIRST): Page {
  const first = args.first ?? DEFAULT_FIRST;
  if (!Number.isInteger(first) || first < 0 || first > max) {
    throw new ApiError('BAD_USER_INPUT', `"first" must be between 0 and ${max}`);
  }
  const skip = args.after ? decodeCursor(args.after) + 1 : 0;
  return { skip, limit: first };
}

/** Parameters every paged Cypher statement takes: a slice `[skip..end]` of the ordered list. */
export function pageParams(p: Page): { skip: number; end: number } {
  return { skip: p.skip, end: p.skip + p.limit };
}

export function toConnection<T, E extends { cursor: string } = Edge<T>>(
  items: T[],
  total: number,
  page: Page,
  edge: (node: T, cursor: string) => E = (node, cursor) => ({ cursor, node }) as unknown as E,
): Connection<T, E> {
  const edges = items.map((n, i) => edge(n, encodeCursor(page.skip + i)));
  return {
    edges,
    totalCount: total,
    pageInfo: {
      hasNextPage: page.skip + items.length < total,
      hasPreviousPage: page.skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

export function emptyConnection<T>(page: Page): Connection<T> {
  return toConnection<T>([], 0, page);
}
