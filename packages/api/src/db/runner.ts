import neo4j, { type Driver } from 'neo4j-driver';
import type { CypherQuery, Row } from './cypher.js';
import { toNative } from './native.js';
import { ApiError } from '../errors.js';

/** Per-request limits handed to every statement. */
export interface RunOptions {
  /** Epoch ms after which the request has failed; becomes the transaction timeout. */
  deadline?: number;
}

/** The only way the API talks to Neo4j, so it can be counted and snapshotted. */
export interface CypherRunner {
  read(query: CypherQuery, opts?: RunOptions): Promise<Row[]>;
  write(query: CypherQuery, opts?: RunOptions): Promise<Row[]>;
}

export interface Neo4jRunnerOptions {
  database?: string;
  /** Used when the caller gives no deadline. */
  defaultTimeoutMs?: number;
}

/**
 * JS numbers travel as floats, which LIMIT/SKIP and list indices reject; every integer-valued
 * parameter (page bounds, limits) goes as a Neo4j integer instead.
 */
export function toDriverParams(params: Record<string, unknown>): Record<string, unknown> {
  const conv = (v: unknown): unknown =>
    typeof v === 'number' && Number.isSafeInteger(v) ? neo4j.int(v) : Array.isArray(v) ? v.map(conv) : v;
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, conv(v)]));
}

function remainingMs(opts: RunOptions | undefined, fallback: number): number {
  if (!opts?.deadline) return fallback;
  const left = opts.deadline - Date.now();
  if (left <= 0) throw new ApiError('TIMEOUT', 'The request ran out of time');
  return Math.max(1, Math.ceil(left));
}

/** Runs reads in READ sessions (executeRead) and writes in WRITE sessions, each with a tx timeout. */
export class Neo4jRunner implements CypherRunner {
  constructor(
    private readonly driver: Driver,
    private readonly options: Neo4jRunnerOptions = {},
  ) {}

  read(query: CypherQuery, opts?: RunOptions): Promise<Row[]> {
    return this.run(query, neo4j.session.READ, opts);
  }

  write(query: CypherQuery, opts?: RunOptions): Promise<Row[]> {
    return this.run(query, neo4j.session.WRITE, opts);
  }

  private async run(query: CypherQuery, mode: 'READ' | 'WRITE', opts?: RunOptions): Promise<Row[]> {
    const timeout = remainingMs(opts, this.options.defaultTimeoutMs ?? 30_000);
    const session = this.driver.session({ defaultAccessMode: mode, database: this.options.database });
    try {
      const work = async (tx: { run: (t: string, p: Record<string, unknown>) => PromiseLike<{ records: { toObject(): Row }[] }> }) => {
        const res = await tx.run(query.text, toDriverParams(query.params));
        return res.records.map((r) => toNative(r.toObject()) as Row);
      };
      const config = { timeout, metadata: { app: 'kg-api', query: query.name } };
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (err) {
      throw ApiError.fromDatabase(err);
    } finally {
      await session.close();
    }
  }
}

/** Wraps a runner and reports every statement before it runs (tests count and snapshot them). */
export class InstrumentedRunner implements CypherRunner {
  constructor(
    private readonly inner: CypherRunner,
    private readonly onQuery: (q: CypherQuery) => void,
  ) {}

  read(query: CypherQuery, opts?: RunOptions): Promise<Row[]> {
    this.onQuery(query);
    return this.inner.read(query, opts);
  }

  write(query: CypherQuery, opts?: RunOptions): Promise<Row[]> {
    this.onQuery(query);
    return this.inner.write(query, opts);
  }
}
