// Per-request DataLoaders: every nested field of one level is collected and sent as ONE
// `UNWIND $ids` statement. Paged lists get one loader per distinct argument set.
import DataLoader from 'dataloader';
import type { CypherQuery, Row } from './db/cypher.js';
import type { CypherRunner, RunOptions } from './db/runner.js';
import { nodesById } from './cypher/nodes-by-id.js';
import { claimsById } from './cypher/claims-by-id.js';
import { articlesById } from './cypher/articles-by-id.js';
import { inOrder, type ArticleRow, type ClaimRow, type EntityRow } from './rows.js';

export interface Paged<T> {
  total: number;
  items: T[];
}

// setImmediate (not the default nextTick) so that items of a level that resolve a few
// microtasks apart still share the batch.
const schedule = (cb: () => void): void => {
  setImmediate(cb);
};

function byId<T>(rows: Row[], key: string, ids: readonly string[]): (T | null)[] {
  const m = new Map<string, T>();
  for (const r of rows) m.set(r.id as string, r[key] as T);
  return ids.map((id) => m.get(id) ?? null);
}

export class Loaders {
  readonly nodes: DataLoader<string, EntityRow | null>;
  readonly claims: DataLoader<string, ClaimRow | null>;
  readonly articles: DataLoader<string, ArticleRow | null>;
  private readonly paged = new Map<string, DataLoader<string, Paged<unknown>>>();

  constructor(
    private readonly runner: CypherRunner,
    private readonly opts: () => RunOptions,
  ) {
    this.nodes = this.simple((ids) => nodesById(ids), 'node');
    this.claims = this.simple((ids) => claimsById(ids), 'claim');
    this.articles = this.simple((ids) => articlesById(ids), 'article');
  }

  read(q: CypherQuery): Promise<Row[]> {
    return this.runner.read(q, this.opts());
  }

  private simple<T>(build: (ids: readonly string[]) => CypherQuery, key: string): DataLoader<string, T | null> {
    return new DataLoader<string, T | null>(async (ids) => byId<T>(await this.read(build(ids)), key, ids), {
      batchScheduleFn: schedule,
    });
  }

  /**
   * Loader for one paged nested list with one set of arguments. `key` must identify the
   * list and its arguments; `build` makes the batched statement for a set of parent ids.
   */
  list<T>(key: string, build: (ids: readonly string[]) => CypherQuery, prime?: (items: T[]) => void): DataLoader<string, Paged<T>> {
    let loader = this.paged.get(key) as DataLoader<string, Paged<T>> | undefined;
    if (!loader) {
      loader = new DataLoader<string, Paged<T>>(
        async (ids) => {
          const rows = await this.read(build(ids));
          const m = new Map<string, Paged<T>>();
          for (const r of rows) {
            const items = inOrder((r.items as T[]) ?? []);
            prime?.(items);
            if (r.parent) this.primeNodes([r.parent as EntityRow]);
            m.set(r.id as string, { total: (r.total as number) ?? 0, items });
          }
          return ids.map((id) => m.get(id) ?? { total: 0, items: [] });
        },
        { batchScheduleFn: schedule },
      );
      this.paged.set(key, loader as DataLoader<string, Paged<unknown>>);
    }
    return loader;
  }

  /** Remember entities already fetched so later `entity`/`speaker` lookups need no statement. */
  primeNodes(rows: (EntityRow | null | undefined)[]): void {
    for (const r of rows) if (r?.id) this.nodes.prime(r.id, r);
  }
}
