// Entity names as an index can serve them. Each entity stores `nameKey` (its normalised canonical name,
// range index: an exact seek) and `nameKeys` (every normalised name and alias, one per line between
// newlines, text index: a trigram CONTAINS lookup for "\n<key>\n"). Neo4j's range and text indexes do not
// index list elements, hence the one string. Normalised names never contain a newline (white space is
// folded), so a probe matches whole keys only.
import { normaliseName } from '@kg/ontology';
import neo4j, { type Driver } from 'neo4j-driver';
import { openSession } from './session.js';

export const NAME_KEY_INDEXES: readonly string[] = [
  'CREATE INDEX entity_name_key IF NOT EXISTS FOR (n:Entity) ON (n.nameKey)',
  'CREATE TEXT INDEX entity_name_keys IF NOT EXISTS FOR (n:Entity) ON (n.nameKeys)',
];

export interface NameKeys {
  nameKey: string;
  nameKeys: string;
}

/** The lookup keys of an entity with this canonical name and these aliases. */
export function nameKeyProps(name: string, aliases: readonly string[] = []): NameKeys {
  const keys = [...new Set([name, ...aliases].map(normaliseName).filter(Boolean))].sort();
  return { nameKey: normaliseName(name), nameKeys: `\n${keys.join('\n')}\n` };
}

/** What to look for in `nameKeys` to find a name among an entity's names and aliases. */
export function nameKeyProbe(name: string): string {
  return `\n${normaliseName(name)}\n`;
}

/** Gives entities written before name keys existed their keys (a no-op scan once all have them). */
export async function backfillNameKeys(driver: Driver, batch = 5000): Promise<number> {
  const session = openSession(driver);
  let done = 0;
  try {
    for (;;) {
      const res = await session.run(
        'MATCH (e:Entity) WHERE e.nameKeys IS NULL AND e.name IS NOT NULL RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases LIMIT $batch',
        { batch: neo4j.int(batch) },
      );
      if (res.records.length === 0) return done;
      const rows = res.records.map((r) => ({ id: r.get('id') as string, ...nameKeyProps(r.get('name') as string, r.get('aliases') as string[]) }));
      await session.run('UNWIND $rows AS row MATCH (e:Entity {id: row.id}) SET e.nameKey = row.nameKey, e.nameKeys = row.nameKeys', { rows });
      done += rows.length;
    }
  } finally {
    await session.close();
  }
}
