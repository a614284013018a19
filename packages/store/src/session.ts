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

/** One atomic unit: commits when `fn` resolves, rolls back when it throws. No retry here (see retry.ts). */
export async function inTransaction<T>(driver: Driver, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const session = openSession(driver);
  try {
    const tx = session.beginTransaction();
    try {
      const out = await fn(tx);
      await tx.commit();
      return out;
    } catch (err) {
      if (tx.isOpen()) await tx.rollback().catch(() => {});
      throw err;
    }
  } finally {
    await session.close().catch(() => {});
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
