// Shared set-up of the integration tests: a driver on the test Neo4j (set by the global setup).
import type { Driver } from 'neo4j-driver';
import { ensureSchema, openDriver, readNeo4jConfig, wipeDatabase } from '../src/index.js';

export async function freshDatabase(): Promise<Driver> {
  const driver = openDriver(readNeo4jConfig());
  await ensureSchema(driver);
  await wipeDatabase(driver);
  return driver;
}

export async function query<T = Record<string, unknown>>(driver: Driver, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const res = await driver.executeQuery(cypher, params);
  return res.records.map((r) => r.toObject() as T);
}
