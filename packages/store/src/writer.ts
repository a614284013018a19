// Writes an Extraction: one transaction per batch under the graph lock (session.ts), so a batch is
// stored entirely or not at all and concurrent writers act one after another (docs/graph-model.md, "Writer"):
//   1. lock; read which of the batch's articles are stored (by id, path or url) and the stored entities
//      the batch may resolve to;
//   2. detach stored versions (the same article written again, or an older version of a path or url);
//   3. resolve entities, plan the rows; read every stored report of the batch's speakers and re-derive
//      their claims (claim-derivation.ts);
//   4. write: claim deletions, nodes, REPORTED_IN/MENTIONS/SAID/ABOUT, entity relations (evidence merged
//      in canonical order), then delete entities nothing links any more.
// Every derived value (claims, evidence order, captions) is a function of the stored evidence, not of
// the order it arrived in, so the graph is the same however the input is split, batched or interleaved.
import { ENTITY_TYPES, RELATION_PREDICATES, slugify, type EntityType, type Extraction } from '@kg/ontology';
import type { Driver } from 'neo4j-driver';
import { ClaimCache } from './claim-cache.js';
import { toClaimReports } from './claim-derivation.js';
import { planClaimWrites, readSpeakerClaims, sendClaimWrites, type ClaimWrites } from './claim-writes.js';
import { mergeEvidence, slotMaps } from './cypher.js';
import { lookupNames, remapExtraction, resolveEntities, type ResolvableEntity } from './entity-resolution.js';
import { planExtraction, type ArticleRow, type EntityRow, type RelationRow, type WritePlan } from './plan.js';
import { deleteOrphans, detachArticles } from './retract.js';
import { PROFILE, profile, sender, sendRows, settle } from './send.js';
import { inTransaction, openSession, type Tx } from './session.js';

export interface WriteOptions {
  /** Article ids to retract in the same transaction (older versions this extraction replaces). */
  replaces?: readonly string[];
  /** Rows per statement: longer lists are sent in several statements. */
  rowsPerStatement?: number;
  /** Corroboration threshold (similarity.ts). */
  threshold?: number;
  /** Kept for callers of earlier versions; claims are re-derived from the stored reports in each batch. */
  cache?: ClaimCache;
}

export interface WriteStats {
  articles: number;
  /** Articles that were already stored and were rewritten. */
  rewritten: number;
  replaced: number;
  entities: number;
  /** Entities of the batch resolved to another entity (stored or in the batch). */
  entitiesResolved: number;
  claimsCreated: number;
  reports: number;
  corroborated: number;
  relations: number;
  /** Relationship rows written (REPORTED_IN, SAID, ABOUT, MENTIONS, entity relations). */
  relationshipWrites: number;
  dangling: number;
}

const DEFAULT_ROWS = 20_000;

/** Writes one batch in its own transaction under the graph lock (retried on deadlocks and races). */
export async function writeExtraction(driver: Driver, extraction: Extraction, opts: WriteOptions = {}): Promise<WriteStats> {
  const t0 = performance.now();
  let t1 = t0;
  const stats = await inTransaction(driver, async (tx) => {
    const out = await writeBatch(tx, extraction, opts);
    t1 = performance.now();
    return out;
  });
  if (PROFILE) {
    profile.set('(commit)', (profile.get('(commit)') ?? 0) + performance.now() - t1);
    profile.set('(whole batch)', (profile.get('(whole batch)') ?? 0) + performance.now() - t0);
  }
  return stats;
}

/**
 * Compiles the writer's statements once, each with one row of its parameter's shape, in a transaction
 * that is rolled back, so no batch pays for planning them (seconds for the relation statements on a busy
 * machine). Every statement takes one list of rows (send.ts), so these are the only plans it ever needs.
 */
export async function warmWriter(driver: Driver): Promise<void> {
  const session = openSession(driver);
  try {
    const tx = session.beginTransaction();
    try {
      for (const [cypher, row] of warmRows()) await tx.run(cypher, { rows: [row] });
    } finally {
      await tx.rollback();
    }
  } finally {
    await session.close();
  }
}

export async function writeBatch(txIn: Tx, extraction: Extraction, opts: WriteOptions = {}): Promise<WriteStats> {
  const tx = sender(txIn);
  const size = opts.rowsPerStatement ?? DEFAULT_ROWS;
  const ids = [...new Set(extraction.articles.map((a) => a.id))];
  const batchEntities = extraction.entities as readonly ResolvableEntity[];

  const first = await lookupBatch(tx, extraction, batchEntities);
  const replaces = [...new Set([...(opts.replaces ?? []), ...first.replaced])].filter((id) => !ids.includes(id));
  const detachedIds = [...first.existing.keys(), ...replaces];
  let known = first.known;
  const speakers = new Set<string>();
  const touchedClaims: string[] = [];
  const touchedEntities = new Set<string>();
  if (detachedIds.length) {
    const d = await detachArticles(tx, detachedIds);
    for (const s of d.speakers) speakers.add(s);
    touchedClaims.push(...d.claims);
    for (const e of d.entities) touchedEntities.add(e);
    // Detaching may have deleted facts or emptied entities: read the entities again.
    known = (await lookupEntities(tx, batchEntities)).known;
  }

  const resolution = resolveEntities(known, batchEntities);
  const plan = planExtraction(remapExtraction(extraction, resolution));
  const articles = plan.articles.map((a) => keepStoredMeta(a, first.existing.get(a.id)));
  const entities = entityWrites(plan, new Map(known.map((e) => [e.id, e])));

  const sourceOf = new Map(articles.map((a) => [a.id, a.props.source]));
  const fresh = toClaimReports(plan.reports, sourceOf);
  for (const r of fresh) speakers.add(r.speaker);
  const claims = planClaimWrites(await readSpeakerClaims(tx, [...speakers].sort()), fresh, { threshold: opts.threshold, touched: touchedClaims });

  const pending: Promise<unknown>[] = [];
  sendClaimWrites(tx, pending, claims, 'deletes', size);
  sendRows(tx, pending, NODES.articles, articles.map((a) => ({ id: a.id, ...a.props })), size);
  for (const t of ENTITY_LABELS) sendRows(tx, pending, NODES[`new${t}` as const], entities.created[`new${t}`]!, size);
  sendRows(tx, pending, NODES.entityUpdates, entities.updated, size);
  sendRows(tx, pending, NODES.topics, plan.topics, size);
  sendClaimWrites(tx, pending, claims, 'upserts', size);
  sendRows(tx, pending, MENTIONS, plan.mentions, size);
  sendClaimWrites(tx, pending, claims, 'links', size);
  const relations = sendRelations(tx, pending, plan, size);
  await settle(pending);
  await deleteOrphans(tx, [...touchedEntities]);

  return {
    articles: ids.length,
    rewritten: first.existing.size,
    replaced: replaces.length,
    entities: [...plan.entities.values()].reduce((n, rows) => n + rows.length, 0),
    entitiesResolved: resolution.idOf.size,
    claimsCreated: claims.created,
    reports: plan.reports.length,
    corroborated: claims.corroborated,
    relations,
    relationshipWrites: relationshipWrites(claims, relations, plan.mentions.length),
    dangling: plan.dangling,
  };
}

function relationshipWrites(c: ClaimWrites, relations: number, mentions: number): number {
  return c.createReported.length + c.said.length + c.aboutEntity.length + c.aboutTopic.length + relations + mentions;
}

/** A stored article written again keeps the metadata the new write does not give (a mutation has no path). */
function keepStoredMeta(a: ArticleRow, stored: StoredMeta | undefined): ArticleRow {
  if (!stored) return a;
  const props = { ...a.props };
  for (const k of ['title', 'source', 'publishedAt', 'path', 'url', 'dateline'] as const) props[k] ??= stored[k] ?? null;
  props.name = props.title?.trim() || props.path || props.url || a.id;
  return { id: a.id, props };
}

function sendRelations(tx: Tx, pending: Promise<unknown>[], plan: WritePlan, size: number): number {
  let relations = 0;
  for (const g of plan.relations) {
    relations += g.rows.length;
    const rows = g.rows.map((row) => ({ s: row.s, o: row.o, negated: row.negated, title: row.title, slots: slotMaps(slotsOf(row)) }));
    sendRows(tx, pending, RELATIONS.get(relationParam(g.predicate, g.objectLabel, g.withTitle))!, rows, size);
  }
  return relations;
}

function slotsOf(r: RelationRow) {
  return r.aids.map((a, i) => ({ a, s: r.sents[i]!, st: r.starts[i]!, en: r.ends[i]!, n: r.negs[i]!, h: r.hedges[i]! }));
}

// ---------------------------------------------------------------------------------------------------
// Reads.

type StoredMeta = Partial<Record<'title' | 'source' | 'publishedAt' | 'path' | 'url' | 'dateline', string | null>>;

/**
 * Under the lock: the batch's articles already stored (with their metadata), stored articles that an
 * article of the batch replaces (another text under the same path or url), and the stored entities the
 * batch may resolve to. One home for "identify" for the pipeline and the API's mutation alike.
 */
export async function lookupBatch(
  tx: Tx,
  extraction: Pick<Extraction, 'articles'>,
  batch: readonly ResolvableEntity[],
): Promise<{ existing: Map<string, StoredMeta>; replaced: string[]; known: ResolvableEntity[] }> {
  const rows = extraction.articles.map((a) => ({ id: a.id, path: a.path ?? '', url: a.url ?? '' }));
  const res = await tx.run(
    `UNWIND $rows AS row
     CALL (row) {
       MATCH (a:Article {id: row.id}) RETURN a, true AS same
       UNION MATCH (a:Article {path: row.path}) WHERE a.id <> row.id RETURN a, false AS same
       UNION MATCH (a:Article {url: row.url}) WHERE a.id <> row.id RETURN a, false AS same
     }
     RETURN a.id AS id, same, properties(a) AS props`,
    { rows },
  );
  const existing = new Map<string, StoredMeta>();
  const replaced: string[] = [];
  for (const r of res.records) {
    if (r.get('same')) existing.set(r.get('id') as string, r.get('props') as StoredMeta);
    else replaced.push(r.get('id') as string);
  }
  const { known } = await lookupEntities(tx, batch);
  return { existing, replaced: [...new Set(replaced)].filter((id) => !existing.has(id)), known };
}

/** The stored entities the batch's entities may resolve to: by id, and by name on the full-text index. */
async function lookupEntities(tx: Tx, batch: readonly ResolvableEntity[]): Promise<{ known: ResolvableEntity[] }> {
  const entityIds = [...new Set(batch.map((e) => e.id))];
  // Phrase queries on the full-text index (case-insensitive); the rules are applied in TS afterwards.
  const phrases = lookupNames(batch).map((n) => `"${n.replace(/["\\]/g, ' ')}"`);
  const res = await tx.run(
    `CALL () {
       UNWIND $entityIds AS id MATCH (e:Entity {id: id}) RETURN e
       UNION
       UNWIND $phrases AS q CALL db.index.fulltext.queryNodes('entityNames', q) YIELD node RETURN node AS e
     }
     RETURN e.id AS id, e.type AS type, e.name AS name, coalesce(e.aliases, []) AS aliases`,
    { entityIds: [...entityIds, ''], phrases: [...phrases, '"kg-no-such-name"'] },
  );
  const known = res.records.map((r) => ({ id: r.get('id') as string, type: r.get('type') as string, name: r.get('name') as string, aliases: r.get('aliases') as string[] }));
  // Sorted by id: resolution must not depend on the order the server returned them in.
  return { known: known.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
}

// ---------------------------------------------------------------------------------------------------
// Entities.

const sortedUnique = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();
const wordCount = (s: string): number => s.trim().split(/\s+/).length;

/**
 * An entity's caption, from all the names it was given (so it does not depend on which came first): for
 * people a full name over a surname, then the name the id was made from, then the longest, then the
 * first in code-point order.
 */
export function captionOf(id: string, type: string, names: Iterable<string>): string {
  const slug = id.slice(id.indexOf(':') + 1);
  const rank = (n: string): number[] => [type === 'Person' && wordCount(n) > 1 ? 0 : 1, slugify(n) === slug ? 0 : 1, -n.length];
  let best: string | undefined;
  for (const n of new Set(names)) {
    if (!n.trim()) continue;
    if (best === undefined) {
      best = n;
      continue;
    }
    const [a, b] = [rank(n), rank(best)];
    const d = a.findIndex((x, i) => x !== b[i]);
    if (d >= 0 ? a[d]! < b[d]! : n < best) best = n;
  }
  return best ?? id;
}

/**
 * Entity rows to create (per label) and stored entities whose aliases grew or whose caption changes.
 * Stored entities with nothing new are not written at all.
 */
export function entityWrites(
  plan: Pick<WritePlan, 'entities'>,
  known: ReadonlyMap<string, ResolvableEntity>,
): { created: Record<string, Record<string, unknown>[]>; updated: { id: string; name: string; aliases: string[] }[] } {
  const created: Record<string, Record<string, unknown>[]> = Object.fromEntries(ENTITY_LABELS.map((t) => [`new${t}`, []]));
  const updated: { id: string; name: string; aliases: string[] }[] = [];
  for (const [type, rows] of plan.entities) {
    for (const row of rows as EntityRow[]) {
      const stored = known.get(row.id);
      const aliases = sortedUnique([...(stored?.aliases ?? []), ...row.aliases, row.name, ...(stored ? [stored.name] : [])]);
      const name = captionOf(row.id, row.type, aliases);
      if (!stored) {
        created[`new${type}`]!.push({ id: row.id, name, type: row.type, aliases });
        continue;
      }
      const same = name === stored.name && aliases.length === stored.aliases.length && aliases.every((a, i) => a === stored.aliases[i]);
      if (!same) updated.push({ id: row.id, name, aliases });
    }
  }
  return { created, updated };
}

// ---------------------------------------------------------------------------------------------------
// Statements. Labels and relationship types come from the ontology's fixed lists, never from input.
// Each takes one list, `$rows` (send.ts).

const ENTITY_LABELS: readonly EntityType[] = ENTITY_TYPES;

/**
 * Every lookup in these statements is a seek on a uniqueness constraint, whatever the graph's size, so
 * the plan never needs to change; re-planning as the graph grows during a run cost seconds per statement.
 */
const STABLE = 'CYPHER replan=skip';

/**
 * A map literal `{k: row.k, …}`: properties given in the CREATE pattern are written with the entity,
 * where `CREATE … SET x = row` costs a separate property pass and an Eager that buffers every row.
 * Null values are not stored either way.
 */
function literal(keys: readonly string[]): string {
  return `{${keys.map((k) => `${k}: row.${k}`).join(', ')}}`;
}

const ARTICLE_KEYS = ['id', 'title', 'source', 'publishedAt', 'path', 'url', 'dateline', 'name'] as const;

// Articles: the batch's stored versions were detached under the lock, so these are new nodes.
const NODES = {
  articles: `${STABLE} UNWIND $rows AS row CREATE (a:Article ${literal(ARTICLE_KEYS)})`,
  ...(Object.fromEntries(
    ENTITY_LABELS.map((t) => [`new${t}`, `${STABLE} UNWIND $rows AS row MERGE (e:Entity {id: row.id}) ON CREATE SET e = row SET e:${t}`]),
  ) as Record<`new${EntityType}`, string>),
  entityUpdates: `${STABLE} UNWIND $rows AS row MATCH (e:Entity {id: row.id}) SET e.name = row.name, e.aliases = row.aliases`,
  topics: `${STABLE} UNWIND $rows AS row MERGE (t:Topic {id: row.id}) ON CREATE SET t.name = row.name`,
};

const MENTIONS = `${STABLE} UNWIND $rows AS row
  MATCH (a:Article {id: row.article}) MATCH (e:Entity {id: row.entity})
  CREATE (a)-[:MENTIONS {count: row.count}]->(e)`;

function relationParam(predicate: string, label: string, withTitle: boolean): string {
  return `${predicate}|${label}|${withTitle}`;
}

/**
 * One statement per (predicate, object label, keyed by title or not). Facts are merged on (subject,
 * type, object, negated[, title]) between two index-seeked ends; their evidence is merged in canonical order.
 */
const RELATIONS = new Map(
  RELATION_PREDICATES.flatMap((p) =>
    (['Entity', 'Topic'] as const).flatMap((label) =>
      (p === 'HOLDS_ROLE' ? [false, true] : [false]).map((withTitle) => [
        relationParam(p, label, withTitle),
        `${STABLE} UNWIND $rows AS row MATCH (s:Entity {id: row.s}) MATCH (o:${label} {id: row.o})
  MERGE (s)-[r:${p} {negated: row.negated${withTitle ? ', title: row.title' : ''}}]->(o)
  ${mergeEvidence()}`,
      ] as const),
    ),
  ),
);

/** Every statement the writer sends with one row of its parameter's shape, for warmWriter. */
function warmRows(): [string, Record<string, unknown>][] {
  const none = 'kg-warm-no-such-id';
  const slot = { a: none, s: '', st: 0, en: 0, n: false, h: false };
  const link = { s: none, o: none, articleId: none, sentence: '', start: 0, end: 0, articleCount: 1 };
  const claim = { id: none, text: '', caption: '', kind: '', speakerId: none, articleCount: 1, date: '', outlets: [''], outletCount: 1 };
  const reported = { claim: none, article: none, reportId: none, text: '', cue: '', kind: '', sentence: '', start: 0, end: 0, date: '', about: [''] };
  const out: [string, Record<string, unknown>][] = [
    [NODES.articles, Object.fromEntries(ARTICLE_KEYS.map((k) => [k, k === 'id' ? none : '']))],
    ...ENTITY_LABELS.map((t) => [NODES[`new${t}` as const], { id: none, name: '', type: t, aliases: [''] }] as [string, Record<string, unknown>]),
    [NODES.entityUpdates, { id: none, name: '', aliases: [''] }],
    [NODES.topics, { id: none, name: '' }],
    [MENTIONS, { article: none, entity: none, count: 1 }],
    ...[...RELATIONS.values()].map((c) => [c, { s: none, o: none, negated: false, title: '', slots: [slot] }] as [string, Record<string, unknown>]),
  ];
  return [...out, ...claimWarmRows(claim, reported, link)];
}

function claimWarmRows(claim: object, reported: object, link: object): [string, Record<string, unknown>][] {
  const w: ClaimWrites = {
    deleteClaims: ['kg-warm-no-such-id'], deleteReported: [{ claim: 'kg-warm-no-such-id', article: 'kg-warm-no-such-id' }],
    relink: ['kg-warm-no-such-id'], upsertClaims: [claim as never], createReported: [reported as never],
    said: [link as never], aboutEntity: [link as never], aboutTopic: [link as never], created: 0, corroborated: 0,
  };
  const out: [string, Record<string, unknown>][] = [];
  const capture: Tx = { run: ((cypher: string, params: { rows: unknown[] }) => { out.push([cypher, params.rows[0] as Record<string, unknown>]); return Promise.resolve(); }) as unknown as Tx['run'] };
  for (const phase of ['deletes', 'upserts', 'links'] as const) sendClaimWrites(capture, [], w, phase);
  return out;
}

export { ClaimCache };
