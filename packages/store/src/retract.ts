// Removing an article's contribution: its evidence slots everywhere, its REPORTED_IN and MENTIONS, the
// facts left without support, the claims of its speakers re-derived from the reports left, and entities
// left with no relationship at all.
// An article's facts are reached through the entities it MENTIONS (the writer guarantees every entity a
// fact of the article involves is mentioned) and through the claims REPORTED_IN it.
import { caption, RELATION_PREDICATES } from '@kg/ontology';
import { resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { keepSlots, rewriteEvidence } from './cypher.js';
import { inTransaction, type Tx } from './session.js';
import { writeBatch } from './writer.js';

const RELATION_PATTERN = RELATION_PREDICATES.join('|');

export interface DetachStats {
  articles: number;
  claimsDeleted: number;
  factsDeleted: number;
  entitiesDeleted: number;
}

export interface Detached {
  /** Speakers of the claims the articles reported: their claims are re-derived (claim-writes.ts). */
  speakers: string[];
  /** Claims that lost reports: their SAID/ABOUT are re-derived even if their remaining reports look unchanged. */
  claims: string[];
  /** Entities the articles mentioned: deleted at the end of the transaction if nothing links them any more. */
  entities: string[];
  factsDeleted: number;
}

/**
 * Removes the given articles inside `tx`: their evidence slots (and the facts left with none), their
 * REPORTED_IN and MENTIONS, the article nodes. Claims and orphans are the caller's next steps.
 */
export async function detachArticles(tx: Tx, ids: readonly string[]): Promise<Detached> {
  if (ids.length === 0) return { speakers: [], claims: [], entities: [], factsDeleted: 0 };
  const one = async (cypher: string, params: Record<string, unknown>): Promise<Record<string, unknown>> => {
    const res = await tx.run(cypher, params);
    return res.records[0]?.toObject() ?? {};
  };
  const cand = await one(
    `UNWIND $ids AS id MATCH (a:Article {id: id})
     RETURN COLLECT { MATCH (a)-[:MENTIONS]->(e:Entity) RETURN DISTINCT e.id } AS entities,
            COLLECT { MATCH (a)<-[:REPORTED_IN]-(c:Claim) RETURN DISTINCT c.speakerId } AS speakers,
            COLLECT { MATCH (a)<-[:REPORTED_IN]-(c:Claim) RETURN DISTINCT c.id } AS claims`,
    { ids },
  );
  // Entity relations keep one evidence slot per sentence: drop this article's slots, and the facts left
  // with none. They are reached through the entities the article mentions.
  const out = await one(
    `UNWIND $ids AS id MATCH (:Article {id: id})-[:MENTIONS]->(e:Entity)
     MATCH (e)-[r:${RELATION_PATTERN}]-()
     WHERE any(x IN r.evidenceArticleIds WHERE x IN $ids)
     WITH DISTINCT r
     WITH r, ${keepSlots('$ids')}
     ${rewriteEvidence()}
     WITH r WHERE size(r.evidenceArticleIds) = 0
     DELETE r
     RETURN count(*) AS deleted`,
    { ids },
  );
  await tx.run('UNWIND $ids AS id MATCH (a:Article {id: id}) DETACH DELETE a', { ids });
  return {
    speakers: [...new Set((cand.speakers as string[] | undefined) ?? [])],
    claims: [...new Set((cand.claims as string[] | undefined) ?? [])],
    entities: [...new Set((cand.entities as string[] | undefined) ?? [])],
    factsDeleted: Number(out.deleted ?? 0),
  };
}

/** Entities among `ids` and topics that nothing links any more (their last article went). */
export async function deleteOrphans(tx: Tx, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const res = await tx.run(
    `UNWIND $ids AS eid MATCH (e:Entity {id: eid})
     WHERE NOT EXISTS { (e)--() }
     DELETE e
     RETURN count(*) AS n`,
    { ids },
  );
  await tx.run('MATCH (t:Topic) WHERE NOT EXISTS { (t)--() } DELETE t');
  return Number(res.records[0]?.get('n') ?? 0);
}

/**
 * Recomputes the counters a claim derives from its REPORTED_IN: articleCount, outlets, outletCount and
 * date (earliest report), and its wording when the stored one is no longer reported anywhere. The writer
 * derives all of these in TypeScript (claim-derivation.ts); this independent Cypher derivation is how the
 * tests check it.
 */
export async function refreshClaims(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const res = await tx.run(
    `UNWIND $ids AS cid MATCH (c:Claim {id: cid})
     CALL (c) {
       MATCH (c)-[r:REPORTED_IN]->(a:Article)
       WITH r, a ORDER BY r.date, a.id
       RETURN collect(r.text) AS texts, count(r) AS n, min(r.date) AS date,
              [s IN collect(DISTINCT a.source) WHERE s IS NOT NULL] AS outs
     }
     WITH c, texts, n, date, COLLECT { UNWIND outs AS o RETURN o ORDER BY o } AS outlets
     SET c.articleCount = n, c.date = date, c.outlets = outlets, c.outletCount = size(outlets)
     WITH c, texts WHERE size(texts) > 0 AND NOT c.text IN texts
     SET c.text = texts[0]
     RETURN c.id AS id, c.text AS text`,
    { ids: [...new Set(ids)] },
  );
  const captions = res.records.map((r) => ({ id: r.get('id') as string, caption: caption(r.get('text') as string) }));
  if (captions.length) {
    await tx.run('UNWIND $rows AS row MATCH (c:Claim {id: row.id}) SET c.caption = row.caption', { rows: captions });
  }
}

/** Article ids a reference names: an id, a stored path (as given or resolved), or a url. */
export async function resolveArticleRef(tx: Tx, ref: string): Promise<string[]> {
  const res = await tx.run(
    `CALL () {
       MATCH (a:Article {id: $ref}) RETURN a
       UNION MATCH (a:Article) WHERE a.path IN $paths RETURN a
       UNION MATCH (a:Article {url: $ref}) RETURN a
     }
     RETURN a.id AS id ORDER BY id`,
    { ref, paths: [...new Set([ref, resolve(ref)])] },
  );
  return res.records.map((r) => r.get('id') as string);
}

export interface RetractResult extends DetachStats {
  ids: string[];
}

/**
 * Retracts the article(s) that `ref` (id, path or url) names, in one transaction under the graph lock:
 * the writer's own path with nothing to write, so claims, entity resolution and evidence are re-derived
 * from what is left exactly as a write would.
 */
export async function retractArticle(driver: Driver, ref: string): Promise<RetractResult> {
  return inTransaction(driver, async (tx) => {
    const ids = await resolveArticleRef(tx, ref);
    const s = await writeBatch(tx, { articles: [], entities: [], claims: [], relations: [] }, { replaces: ids });
    return { ids, articles: ids.length, claimsDeleted: s.claimsDeleted, factsDeleted: s.factsDeleted, entitiesDeleted: s.entitiesDeleted };
  });
}
