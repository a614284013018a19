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
import { ENTITY_TYPES, RELATION_PREDICATES, type EntityType, type Extraction } from '@kg/ontology';
import type { Driver } from 'neo4j-driver';
import { ClaimCache } from './claim-cache.js';
import { toClaimReports } from './claim-derivation.js';
import { planClaimWrites, readSpeakerClaims, sendClaimWrites, type ClaimWrites } from './claim-writes.js';
import { mergeEvidence, slotMaps } from './cypher.js';
import { canonicalEntities, encodeMember, keysOf, rawMentions, remapExtraction, splitByArticle } from './entity-resolution.js';
import { resolveScope, type Scope } from './resolution-scope.js';
import { planExtraction, type ArticleRow, type EntityRow, type RelationRow, type WritePlan } from './plan.js';
import { deleteOrphans, detachArticles } from './retract.js';
import { PROFILE, profile, sender, sendRows, settle } from './send.js';
import { nameKeyProps, type NameKeys } from './schema-names.js';
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

export interface BatchStats extends WriteStats {
  claimsDeleted: number;
  factsDeleted: number;
  entitiesDeleted: number;
}

export async function writeBatch(txIn: Tx, extraction: Extraction, opts: WriteOptions = {}): Promise<BatchStats> {
  const tx = sender(txIn);
  const size = opts.rowsPerStatement ?? DEFAULT_ROWS;
  const parts = splitByArticle(extraction);
  const ids = [...new Set(parts.map((p) => p.articles[0]!.id))];

  const first = await lookupArticles(tx, extraction);
  const replaces = [...new Set([...(opts.replaces ?? []), ...first.replaced])].filter((id) => !ids.includes(id));
  const gone = { speakers: new Set<string>(), claims: [] as string[], entities: new Set<string>(), facts: 0 };
  const detach = async (list: string[]): Promise<void> => {
    const d = await detachArticles(tx, list);
    for (const x of d.speakers) gone.speakers.add(x);
    for (const x of d.entities) gone.entities.add(x);
    gone.claims.push(...d.claims);
    gone.facts += d.factsDeleted;
  };
  await detach([...first.existing.keys(), ...replaces]);
  const scope = await resolveScope(tx, parts, gone.entities, detach);

  const partOf = new Map(scope.parts.map((p) => [p.articles[0]!.id, p]));
  const plan = planExtraction(remapExtraction(concatParts(scope.parts), scope.to));
  const articles = plan.articles.map((a) => ({ ...keepStoredMeta(a, first.existing.get(a.id)), extraction: JSON.stringify(partOf.get(a.id)) }));
  const entities = entityWrites(plan, scope);
  const raw = rawMentions(scope.parts, scope.to);
  const mentions = plan.mentions.map((m) => ({ ...m, raw: raw.get(`${m.article}|${m.entity}`) ?? [] }));

  const sourceOf = new Map(articles.map((a) => [a.id, a.props.source]));
  const fresh = toClaimReports(plan.reports, sourceOf);
  for (const r of fresh) gone.speakers.add(r.speaker);
  const claims = planClaimWrites(await readSpeakerClaims(tx, [...gone.speakers].sort()), fresh, { threshold: opts.threshold, touched: gone.claims });

  const pending: Promise<unknown>[] = [];
  sendClaimWrites(tx, pending, claims, 'deletes', size);
  sendRows(tx, pending, NODES.articles, articles.map((a) => ({ id: a.id, ...a.props, extraction: a.extraction })), size);
  for (const t of ENTITY_LABELS) sendRows(tx, pending, NODES[`new${t}` as const], entities.created[`new${t}`]!, size);
  sendRows(tx, pending, NODES.entityUpdates, entities.updated, size);
  sendRows(tx, pending, NODES.topics, plan.topics, size);
  sendClaimWrites(tx, pending, claims, 'upserts', size);
  sendRows(tx, pending, MENTIONS, mentions, size);
  sendClaimWrites(tx, pending, claims, 'links', size);
  const relations = sendRelations(tx, pending, plan, size);
  await settle(pending);
  const entitiesDeleted = await deleteOrphans(tx, [...gone.entities, ...scope.known.map((e) => e.id)]);

  return {
    articles: ids.length,
    rewritten: first.existing.size,
    replaced: replaces.length,
    entities: [...plan.entities.values()].reduce((n, rows) => n + rows.length, 0),
    entitiesResolved: [...scope.to].filter(([from, to]) => from !== to).length,
    claimsCreated: claims.created,
    reports: plan.reports.length,
    corroborated: claims.corroborated,
    relations,
    relationshipWrites: relationshipWrites(claims, relations, plan.mentions.length),
    dangling: plan.dangling,
    claimsDeleted: claims.deleteClaims.length,
    factsDeleted: gone.facts,
    entitiesDeleted,
  };
}

/** Per-article extractions as one. */
function concatParts(parts: readonly Extraction[]): Extraction {
  return {
    articles: parts.flatMap((p) => p.articles),
    entities: parts.flatMap((p) => p.entities),
    claims: parts.flatMap((p) => p.claims),
    relations: parts.flatMap((p) => p.relations),
    topics: parts.flatMap((p) => p.topics ?? []),
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
  return r.aids.map((a, i) => ({ a, s: r.sents[i]!, st: r.starts[i]!, en: r.ends[i]!, n: r.negs[i]!, h: r.hedges[i]!, t: r.times[i]!, tp: r.precisions[i]! }));
}

// ---------------------------------------------------------------------------------------------------
// Reads.

type StoredMeta = Partial<Record<'title' | 'source' | 'publishedAt' | 'path' | 'url' | 'dateline', string | null>>;

/**
 * Under the lock: the batch's articles already stored (with their metadata) and stored articles that an
 * article of the batch replaces (another text under the same path or url). One home for "identify" for
 * the pipeline and the API's mutation alike.
 */
export async function lookupArticles(tx: Tx, extraction: Pick<Extraction, 'articles'>): Promise<{ existing: Map<string, StoredMeta>; replaced: string[] }> {
  const rows = extraction.articles.map((a) => ({ id: a.id, path: a.path ?? '', url: a.url ?? '' }));
  const res = await tx.run(
    `${STABLE} UNWIND $rows AS row
     CALL (row) {
       MATCH (a:Article {id: row.id}) RETURN a, true AS same
       UNION MATCH (a:Article {path: row.path}) WHERE a.id <> row.id RETURN a, false AS same
       UNION MATCH (a:Article {url: row.url}) WHERE a.id <> row.id RETURN a, false AS same
     }
     RETURN a.id AS id, same, a {.title, .source, .publishedAt, .path, .url, .dateline} AS props`,
    { rows: rows.length ? rows : [{ id: '', path: '', url: '' }] },
  );
  const existing = new Map<string, StoredMeta>();
  const replaced: string[] = [];
  for (const r of res.records) {
    if (r.get('same')) existing.set(r.get('id') as string, r.get('props') as StoredMeta);
    else replaced.push(r.get('id') as string);
  }
  return { existing, replaced: [...new Set(replaced)].filter((id) => !existing.has(id)) };
}

// ---------------------------------------------------------------------------------------------------
// Entities.

interface EntityUpdate extends NameKeys {
  id: string;
  name: string;
  aliases: string[];
  keys: string[];
  members: string[];
}

/**
 * Entity rows to create (per label) and stored entities whose caption, aliases or members change: every
 * canonical entity the batch mentions or the resolution reached, from all the members it stands for.
 */
export function entityWrites(
  plan: Pick<WritePlan, 'entities'>,
  scope: Pick<Scope, 'known' | 'members' | 'to'>,
): { created: Record<string, Record<string, unknown>[]>; updated: EntityUpdate[] } {
  const created: Record<string, Record<string, unknown>[]> = Object.fromEntries(ENTITY_LABELS.map((t) => [`new${t}`, []]));
  const updated: EntityUpdate[] = [];
  const canon = canonicalEntities(scope.members, scope.to);
  const known = new Map(scope.known.map((e) => [e.id, e]));
  const row = (id: string): EntityUpdate | undefined => {
    const c = canon.get(id);
    return c && { id, name: c.name, aliases: c.aliases, keys: c.keys, members: c.members.map(encodeMember), ...nameKeyProps(c.name, c.aliases) };
  };
  for (const [type, rows] of plan.entities) {
    for (const r of rows as EntityRow[]) {
      if (known.has(r.id)) continue;
      const c = row(r.id) ?? { id: r.id, name: r.name, aliases: r.aliases, keys: keysOf(r.aliases), members: [], ...nameKeyProps(r.name, r.aliases) };
      created[`new${type}`]!.push({ ...c, type: r.type });
    }
  }
  for (const e of known.values()) {
    const c = row(e.id);
    if (!c) continue;
    const same = c.name === e.name && sameList(c.aliases, e.aliases) && sameList(c.keys, e.keys) && sameList(c.members, e.stored);
    if (!same) updated.push(c);
  }
  return { created, updated };
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

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

const ARTICLE_KEYS = ['id', 'title', 'source', 'publishedAt', 'path', 'url', 'dateline', 'dateSource', 'name', 'extraction'] as const;

// Articles: the batch's stored versions were detached under the lock, so these are new nodes.
const NODES = {
  articles: `${STABLE} UNWIND $rows AS row CREATE (a:Article ${literal(ARTICLE_KEYS)})`,
  ...(Object.fromEntries(
    ENTITY_LABELS.map((t) => [`new${t}`, `${STABLE} UNWIND $rows AS row MERGE (e:Entity {id: row.id}) ON CREATE SET e = row SET e:${t}`]),
  ) as Record<`new${EntityType}`, string>),
  entityUpdates: `${STABLE} UNWIND $rows AS row MATCH (e:Entity {id: row.id}) SET e.name = row.name, e.aliases = row.aliases, e.keys = row.keys, e.members = row.members,
    e.nameKey = row.nameKey, e.nameKeys = row.nameKeys`,
  topics: `${STABLE} UNWIND $rows AS row MERGE (t:Topic {id: row.id}) ON CREATE SET t.name = row.name`,
};

const MENTIONS = `${STABLE} UNWIND $rows AS row
  MATCH (a:Article {id: row.article}) MATCH (e:Entity {id: row.entity})
  CREATE (a)-[:MENTIONS {count: row.count, raw: row.raw}]->(e)`;

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
  const slot = { a: none, s: '', st: 0, en: 0, n: false, h: false, t: '', tp: '' };
  const link = { s: none, o: none, articleId: none, sentence: '', start: 0, end: 0, articleCount: 1 };
  const claim = { id: none, text: '', caption: '', kind: '', speakerId: none, articleCount: 1, date: '', outlets: [''], outletCount: 1, saidAt: '', saidAtPrecision: '' };
  const reported = { claim: none, article: none, reportId: none, text: '', cue: '', kind: '', sentence: '', start: 0, end: 0, date: '', saidAt: '', saidAtPrecision: '', about: [''] };
  const out: [string, Record<string, unknown>][] = [
    [NODES.articles, Object.fromEntries(ARTICLE_KEYS.map((k) => [k, k === 'id' ? none : '']))],
    ...ENTITY_LABELS.map((t) => [NODES[`new${t}` as const], { id: none, name: '', aliases: [''], keys: [''], members: [''], nameKey: '', nameKeys: '', type: t }] as [string, Record<string, unknown>]),
    [NODES.entityUpdates, { id: none, name: '', aliases: [''], keys: [''], members: [''], nameKey: '', nameKeys: '' }],
    [NODES.topics, { id: none, name: '' }],
    [MENTIONS, { article: none, entity: none, count: 1, raw: [''] }],
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
