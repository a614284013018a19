// Constraints and indexes of docs/graph-model.md. Every statement is IF NOT EXISTS, so this is idempotent.
import type { Driver } from 'neo4j-driver';
import { openSession } from './session.js';
import { backfillNameKeys, NAME_KEY_INDEXES } from './schema-names.js';

export const SCHEMA_STATEMENTS: readonly string[] = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE',
  // The writers' graph-wide lock (session.ts) is a singleton: concurrent first MERGEs must not make two.
  'CREATE CONSTRAINT kg_write_lock IF NOT EXISTS FOR (n:KgWriteLock) REQUIRE n.id IS UNIQUE',
  'CREATE INDEX article_path IF NOT EXISTS FOR (n:Article) ON (n.path)',
  'CREATE INDEX article_url IF NOT EXISTS FOR (n:Article) ON (n.url)',
  'CREATE INDEX claim_speaker IF NOT EXISTS FOR (n:Claim) ON (n.speakerId)',
  'CREATE INDEX claim_date IF NOT EXISTS FOR (n:Claim) ON (n.date)',
  'CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)',
  // Full-text indexes accept LIST<STRING> properties on Neo4j 5 (each element is indexed): see the integration test.
  'CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases]',
  // Entity resolution looks entities up by name key (folded, doubled letters collapsed: Entity.keys).
  'CREATE FULLTEXT INDEX entityKeys IF NOT EXISTS FOR (n:Entity) ON EACH [n.keys]',
  'CREATE FULLTEXT INDEX claimText IF NOT EXISTS FOR (n:Claim) ON EACH [n.text]',
  ...NAME_KEY_INDEXES,
];

export async function ensureSchema(driver: Driver): Promise<void> {
  const session = openSession(driver);
  try {
    // Schema commands cannot share a transaction with each other's data, so one auto-commit each.
    for (const stmt of SCHEMA_STATEMENTS) await session.run(stmt);
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
  await backfillNameKeys(driver);
}
