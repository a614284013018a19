import neo4j, { type Driver } from 'neo4j-driver';
import type { CypherQuery, Row } from './cypher.js';
import { toNative } from './native.js';
import { ApiError } from '../errors.js';
import { withSlots, type Gate } from './gate.js';

/** Per-request limits handed to every statement. */
export interface RunOptions {
  /** Epoch ms after which the request has failed; becomes the transaction timeout. */
  deadline?: number;
  /** The request's own session slots: its statements beyond the gate's size wait for one. */
  gate?: Gate;
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
  /** Session slots shared by all requests (kept below the driver's pool size). */
  gate?: Gate;
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

function remainingMs(deadline: number): number {
  const left = deadline - Date.now();
  if (left <= 0) throw new ApiError('TIMEOUT', 'The request ran out of time');
  return Math.max(1, Math.ceil(left));
}

/**
 * Settles with `work`, or with TIMEOUT at `deadline`, whichever comes first: the driver's wait for
 * a pooled connection has its own (long) timeout that must not outlive the request.
 */
async function byDeadline<T>(work: Promise<T>, deadline: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ApiError('TIMEOUT', 'The request ran out of time')), Math.max(0, deadline - Date.now()));
  });
  work.catch(() => undefined); // a late failure after the deadline has nobody to report to
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
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

  /** Holds a slot of the request's gate and of the server's while the session lives, all within the deadline. */
  private run(query: CypherQuery, mode: 'READ' | 'WRITE', opts?: RunOptions): Promise<Row[]> {
    const deadline = opts?.deadline ?? Date.now() + (this.options.defaultTimeoutMs ?? 30_000);
    const work = withSlots([opts?.gate, this.options.gate], deadline, () => this.session(query, mode, deadline));
    return byDeadline(work, deadline);
  }

  private async session(query: CypherQuery, mode: 'READ' | 'WRITE', deadline: number): Promise<Row[]> {
    const timeout = remainingMs(deadline);
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
