// Removing an article's contribution: its evidence slots everywhere, its REPORTED_IN and MENTIONS, the
// facts and claims left without support, and entities left with no relationship at all.
// An article's facts are reached through the entities it MENTIONS (the writer guarantees every entity a
// fact of the article involves is mentioned) and through the claims REPORTED_IN it.
import { caption, RELATION_PREDICATES } from '@kg/ontology';
import { resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { keepSlots, rewriteEvidence } from './cypher.js';
import { inTransaction, type Tx } from './session.js';
import { PRECISION_RANK } from './claim-time.js';

const RELATION_PATTERN = RELATION_PREDICATES.join('|');

export interface DetachStats {
  articles: number;
  claimsDeleted: number;
  factsDeleted: number;
  entitiesDeleted: number;
}

/**
 * Detaches the given articles inside `tx`. Returns the ids of surviving claims they were reported with,
 * whose counters must be refreshed (refreshClaims) once the transaction's writes are done.
 */
export async function detachArticles(tx: Tx, ids: readonly string[], stats?: DetachStats): Promise<string[]> {
  if (ids.length === 0) return [];
  const one = async (cypher: string, params: Record<string, unknown>): Promise<Record<string, unknown>> => {
    const res = await tx.run(cypher, params);
    return res.records[0]?.toObject() ?? {};
  };
  const cand = await one(
    'UNWIND $ids AS id MATCH (:Article {id: id})-[:MENTIONS]->(e:Entity) RETURN collect(DISTINCT e.id) AS ids',
    { ids },
  );
  const entityIds = (cand.ids as string[] | undefined) ?? [];

  // Entity relations keep one evidence slot per sentence: drop this article's slots, and the facts left
  // with none. They are reached through the entities the article mentions.
  const out = await one(
    `UNWIND $ids AS id MATCH (:Article {id: id})-[:MENTIONS]->(e:Entity)
     MATCH (e)-[r:${RELATION_PATTERN}]-()
     WHERE any(x IN r.evidenceArticleIds WHERE x IN $ids)
     WITH DISTINCT r
     WITH r, null AS row, ${keepSlots('$ids')}
     ${rewriteEvidence(false)}
     WITH r WHERE size(r.evidenceArticleIds) = 0
     DELETE r
     RETURN count(*) AS deleted`,
    { ids },
  );
  let facts = Number(out.deleted ?? 0);

  const claims = await one(
    `UNWIND $ids AS id MATCH (:Article {id: id})<-[rep:REPORTED_IN]-(c:Claim)
     DELETE rep
     RETURN collect(DISTINCT c.id) AS ids`,
    { ids },
  );
  const claimIds = (claims.ids as string[] | undefined) ?? [];
  const gone = await one(
    `UNWIND $claims AS cid MATCH (c:Claim {id: cid})
     WHERE NOT EXISTS { (c)-[:REPORTED_IN]->() }
     DETACH DELETE c
     RETURN collect(cid) AS ids`,
    { claims: claimIds },
  );
  const deletedClaims = new Set((gone.ids as string[] | undefined) ?? []);
  const survivors = claimIds.filter((id) => !deletedClaims.has(id));
  facts += await relinkClaims(tx, survivors);

  await tx.run('UNWIND $ids AS id MATCH (a:Article {id: id}) DETACH DELETE a', { ids });
  const orphans = await one(
    `UNWIND $entities AS eid MATCH (e:Entity {id: eid})
     WHERE NOT EXISTS { (e)--() }
     DELETE e
     RETURN count(*) AS n`,
    { entities: entityIds },
  );
  await tx.run('MATCH (t:Topic) WHERE NOT EXISTS { (t)--() } DELETE t');

  if (stats) {
    stats.articles += ids.length;
    stats.claimsDeleted += deletedClaims.size;
    stats.factsDeleted += facts;
    stats.entitiesDeleted += Number(orphans.n ?? 0);
  }
  return survivors;
}

// The report a SAID or ABOUT edge shows as its evidence: the one it showed if still there, else the
// earliest remaining (by date, then article id), the order refreshClaims uses for the claim's wording.
const FIRST_REPORT = `WITH rep, a ORDER BY CASE WHEN a.id = r.articleId THEN 0 ELSE 1 END, rep.date, a.id
    RETURN collect(rep) AS reps`;
const SET_FROM_REPORTS = `FOREACH (_ IN CASE WHEN size(reps) = 0 THEN [1] ELSE [] END | DELETE r)
  FOREACH (f IN reps[0..1] | SET r.articleId = f.articleId, r.sentence = f.sentence, r.start = f.start,
                              r.end = f.end, r.articleCount = size(reps))`;

/**
 * Re-derives the SAID and ABOUT edges of claims that lost reports from the reports left: the article
 * count, the evidence scalars when their article is gone, and ABOUT edges no remaining report supports
 * are deleted (each REPORTED_IN lists its report's ABOUT targets). Returns how many edges were deleted.
 */
async function relinkClaims(tx: Tx, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const res = await tx.run(
    `UNWIND $ids AS cid MATCH (c:Claim {id: cid})
     CALL (c) {
       MATCH (:Entity)-[r:SAID]->(c)
       CALL (c, r) {
         MATCH (c)-[rep:REPORTED_IN]->(a:Article)
         ${FIRST_REPORT}
       }
       ${SET_FROM_REPORTS}
       RETURN count(CASE WHEN size(reps) = 0 THEN 1 END) AS saidDeleted
     }
     CALL (c) {
       MATCH (c)-[r:ABOUT]->(t)
       CALL (c, r, t) {
         MATCH (c)-[rep:REPORTED_IN]->(a:Article) WHERE t.id IN coalesce(rep.about, [])
         ${FIRST_REPORT}
       }
       ${SET_FROM_REPORTS}
       RETURN count(CASE WHEN size(reps) = 0 THEN 1 END) AS aboutDeleted
     }
     RETURN sum(saidDeleted + aboutDeleted) AS deleted`,
    { ids: [...new Set(ids)] },
  );
  return Number(res.records[0]?.get('deleted') ?? 0);
}

/**
 * Recomputes the counters a claim derives from its REPORTED_IN: articleCount, outlets, outletCount and
 * date (earliest report), saidAt (most precise report time) and the wording (the earliest report's, by
 * date then article id), so the text always has a source and does not depend on arrival order.
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
     CALL (c) {
       OPTIONAL MATCH (c)-[r:REPORTED_IN]->() WHERE r.saidAt IS NOT NULL
       WITH r ORDER BY ${PRECISION_RANK('r.saidAtPrecision')}, r.saidAt LIMIT 1
       RETURN r.saidAt AS saidAt, r.saidAtPrecision AS saidAtPrecision
     }
     WITH c, texts, n, date, saidAt, saidAtPrecision, COLLECT { UNWIND outs AS o RETURN o ORDER BY o } AS outlets
     SET c.articleCount = n, c.date = date, c.outlets = outlets, c.outletCount = size(outlets),
         c.saidAt = saidAt, c.saidAtPrecision = saidAtPrecision
     // the wording of the earliest report (by date, then article id): canonical-report in writer.ts
     WITH c, texts WHERE size(texts) > 0 AND c.text <> texts[0]
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

/** Retracts the article(s) that `ref` (id, path or url) names, in one transaction. */
export async function retractArticle(driver: Driver, ref: string): Promise<RetractResult> {
  return inTransaction(driver, async (tx) => {
    const ids = await resolveArticleRef(tx, ref);
    const stats: DetachStats = { articles: 0, claimsDeleted: 0, factsDeleted: 0, entitiesDeleted: 0 };
    const survivors = await detachArticles(tx, ids, stats);
    await refreshClaims(tx, survivors);
    return { ids, ...stats };
  });
}
