// Entity resolution against the graph, under the write lock: reads the stored entities the batch's
// names can reach (with the members they stand for), applies the merge rule to them and the batch
// together, and when that changes a stored decision (a member now belongs elsewhere), brings the articles
// that named that member into the batch, so they are written again under the new decision.
import type { Extraction } from '@kg/ontology';
import { decodeMember, lookupNames, memberOf, resolveMembers, type Member } from './entity-resolution.js';
import type { Tx } from './session.js';

export interface StoredEntity {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  keys: string[];
  members: Member[];
  /** The encoded members as stored (to tell whether they change). */
  stored: string[];
}

export interface Scope {
  parts: Extraction[];
  known: StoredEntity[];
  /** Raw id → canonical id, over the stored members and the batch. */
  to: Map<string, string>;
  members: Member[];
}

const MAX_ROUNDS = 6;
/** Name lookups until no new key is reached (a bound against runaway chains of shared names). */
const MAX_LOOKUPS = 8;

/** `detach` removes stored articles (and records what they touched); `touched`: entities whose members may have shrunk. */
export async function resolveScope(
  tx: Tx,
  parts: Extraction[],
  touched: Set<string>,
  detach: (ids: string[]) => Promise<void>,
): Promise<Scope> {
  for (let round = 1; ; round++) {
    const batch = parts.flatMap((p) => p.entities.map(memberOf));
    const known = await fetchEntities(tx, batch, touched);
    const members = [...known.flatMap((e) => e.members), ...batch];
    const to = resolveMembers(members);
    const moved = known.flatMap((e) => e.members.filter((m) => (to.get(m.id) ?? m.id) !== e.id).map((m) => ({ entity: e.id, raw: m.id })));
    if (moved.length === 0 || round >= MAX_ROUNDS) return { parts, known, to, members };
    const inBatch = new Set(parts.map((p) => p.articles[0]?.id));
    const res = await tx.run(
      `UNWIND $rows AS row MATCH (e:Entity {id: row.entity})<-[m:MENTIONS]-(a:Article)
       WHERE row.raw IN coalesce(m.raw, []) AND a.extraction IS NOT NULL
       RETURN DISTINCT a.id AS id, a.extraction AS extraction`,
      { rows: moved },
    );
    const affected = res.records.filter((r) => !inBatch.has(r.get('id') as string));
    if (affected.length === 0) return { parts, known, to, members };
    await detach(affected.map((r) => r.get('id') as string));
    for (const r of affected) parts.push(JSON.parse(r.get('extraction') as string) as Extraction);
  }
}

/**
 * Stored entities reachable from the batch: by id, and by name key on the full-text index (keys of the
 * batch, then keys of the members found, until no new key is reached, so that the rule sees every carrier
 * of a name). For entities
 * in `touched` (their articles were detached) the members no MENTIONS names any more are dropped.
 */
async function fetchEntities(tx: Tx, batch: readonly Member[], touched: ReadonlySet<string>): Promise<StoredEntity[]> {
  const found = new Map<string, StoredEntity>();
  const asked = new Set<string>();
  let names = lookupNames(batch);
  let ids = [...new Set([...batch.map((m) => m.id), ...touched])];
  for (let round = 0; round < MAX_LOOKUPS && (names.length || ids.length); round++) {
    for (const n of names) asked.add(n);
    const res = await tx.run(
      `CALL () {
         UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e
         UNION
         UNWIND $phrases AS q CALL db.index.fulltext.queryNodes('entityKeys', q) YIELD node RETURN node AS e
       }
       RETURN properties(e) AS e,
         CASE WHEN e.id IN $touched THEN COLLECT { MATCH (e)<-[m:MENTIONS]-() UNWIND coalesce(m.raw, []) AS r RETURN DISTINCT r } END AS live`,
      { ids: [...ids, ''], phrases: [...names.map((n) => `"${n.replace(/["\\]/g, ' ')}"`), '"kg-no-such-name"'], touched: [...touched, ''] },
    );
    for (const r of res.records) {
      const e = r.get('e') as Record<string, unknown>;
      if (found.has(String(e.id))) continue;
      found.set(String(e.id), storedEntity(e, r.get('live') as string[] | null));
    }
    names = lookupNames([...found.values()].flatMap((e) => e.members)).filter((n) => !asked.has(n));
    ids = [];
  }
  // Sorted by id: nothing may depend on the order the server returned them in.
  return [...found.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function storedEntity(e: Record<string, unknown>, live: string[] | null): StoredEntity {
  const base = { id: String(e.id), type: String(e.type), name: String(e.name), aliases: (e.aliases as string[] | undefined) ?? [], keys: (e.keys as string[] | undefined) ?? [] };
  const stored = (e.members as string[] | undefined) ?? [];
  // Graphs written before members were kept: the entity stands for itself.
  let members = stored.length ? stored.map(decodeMember) : [memberOf(base)];
  if (live) members = members.filter((m) => live.includes(m.id));
  return { ...base, members, stored };
}
