// Small helpers around sessions and explicit transactions, shared by the writer, readers and retraction.
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import { databaseOf } from './config.js';

/** Either kind of transaction: the writer runs inside explicit ones, readers inside managed ones. */
export interface Tx {
  run: ManagedTransaction['run'];
}

export function openSession(driver: Driver, mode: 'READ' | 'WRITE' = 'WRITE'): Session {
  const database = databaseOf(driver);
  return driver.session({ defaultAccessMode: mode, ...(database ? { database } : {}) });
}

/**
 * Every write to the graph happens under one graph-wide write lock, taken as the transaction's first
 * statement: what the writer reads afterwards (stored articles, entities, claims) is what every earlier
 * writer committed, and nothing it decides from those reads can be overtaken before it commits. So any
 * number of concurrent writers (processes, machines, API mutations) act as if they ran one after another,
 * and the rules that make the graph independent of order (docs/graph-model.md) make that order not
 * matter. The lock node is a uniqueness-constrained singleton (MERGE cannot duplicate it); its `version`
 * counts committed write transactions, which tells a run whether anyone else wrote since its last batch.
 */
export const WRITE_LOCK_LABEL = 'KgWriteLock';
const LOCK = `MERGE (l:${WRITE_LOCK_LABEL} {id: 'graph'}) SET l.version = coalesce(l.version, 0) + 1 RETURN l.version AS version`;

export async function lockGraph(tx: Tx): Promise<number> {
  const res = await tx.run(LOCK);
  return Number(res.records[0]?.get('version') ?? 0);
}

/** A uniqueness race lost on MERGE: the other writer committed first; running again matches its node. */
export function isConstraintRace(err: unknown): boolean {
  return (err as { code?: string } | null)?.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
}

const CONSTRAINT_RETRIES = 5;

/**
 * One atomic write under the graph lock: `fn` gets the transaction and the lock's version. A managed
 * transaction (`executeWrite`), so the driver retries transient failures (deadlocks, leader switches)
 * with back-off; constraint races are retried here. `fn` may run more than once: it must not change
 * anything outside the transaction before it returns.
 */
export async function inTransaction<T>(driver: Driver, fn: (tx: Tx, version: number) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const session = openSession(driver);
    try {
      return await session.executeWrite(async (tx) => fn(tx, await lockGraph(tx)));
    } catch (err) {
      if (!isConstraintRace(err) || attempt >= CONSTRAINT_RETRIES) throw err;
    } finally {
      await session.close().catch(() => {});
    }
  }
}

export async function readQuery<T = Record<string, unknown>>(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const session = openSession(driver, 'READ');
  try {
    const res = await session.executeRead((tx) => tx.run(cypher, params));
    return res.records.map((r) => r.toObject() as T);
  } finally {
    await session.close();
  }
}

export async function writeQuery(driver: Driver, cypher: string, params: Record<string, unknown> = {}): Promise<void> {
  const session = openSession(driver);
  try {
    await session.executeWrite((tx) => tx.run(cypher, params));
  } finally {
    await session.close();
  }
}
