// Writes an Extraction: one transaction per batch, so a batch is stored entirely or not at all, in a
// handful of parameterised statements (see docs/graph-model.md, "Writer"):
//   1. read: which of the batch's articles are stored, and the stored entities the batch may resolve to;
//   (articles already stored are detached first, which makes writing the same extraction twice leave
//    the identical graph; then the entities are read again)
//   2. read: the stored claims of the batch's speakers not yet cached in this run (corroboration);
//   3. nodes: articles, entities, topics, claims, counters of claims that gained reports;
//   4. REPORTED_IN and MENTIONS (CREATE: the batch's articles are new nodes);
//   5. SAID and ABOUT (CREATE for new claims, MERGE + counter for stored ones: their evidence is the
//      claim's REPORTED_IN, so nothing is appended to them);
//   6. entity relations (MERGE between index-seeked ends, evidence appended).
// Everything else (grouping evidence per fact, alias unions, counters of new claims, entity resolution)
// is computed here in TypeScript, so Cypher only sets whole values.
import { caption, RELATION_PREDICATES, type EntityType, type Extraction } from '@kg/ontology';
import type { Driver } from 'neo4j-driver';
import { ClaimCache } from './claim-cache.js';
import { resolveReports, type KnownClaim } from './corroboration.js';
import { evidenceProps } from './cypher.js';
import { lookupNames, remapExtraction, resolveEntities, type ResolvableEntity } from './entity-resolution.js';
import { nameKeyProps, type NameKeys } from './schema-names.js';
import { planExtraction, toArrays, type EntityRow, type Report, type Slot, type SlotArrays, type WritePlan } from './plan.js';
import { detachArticles, refreshClaims } from './retract.js';
import { inTransaction, openSession, type Tx } from './session.js';

export interface WriteOptions {
  /** Article ids to retract in the same transaction (older versions this extraction replaces). */
  replaces?: readonly string[];
  /** Rows per statement: longer lists are sent in several statements. */
  rowsPerStatement?: number;
  /** Corroboration threshold (similarity.ts). */
  threshold?: number;
  /** Claims already read in this run (one per run, shared by its batches). */
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

const PROFILE = process.env.KG_STORE_PROFILE === '1' || process.env.KG_STORE_PROFILE === 'plan';
const PLANS = process.env.KG_STORE_PROFILE === 'plan';
export const profile = new Map<string, number>();

interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments?: { Details?: string };
  children: PlanNode[];
}

/** The operators of a profiled plan with their db hits, one per line (KG_STORE_PROFILE=plan). */
function planLines(p: PlanNode, depth = 0): string[] {
  const details = String(p.arguments?.Details ?? '').replace(/\s+/g, ' ').slice(0, 90);
  return [`${'  '.repeat(depth)}${p.operatorType} rows=${p.rows} dbHits=${p.dbHits} ${details}`, ...p.children.flatMap((c) => planLines(c, depth + 1))];
}

/** KG_STORE_PROFILE=1: time every statement; =plan: also print each statement's profiled plan. */
function profiled(tx: Tx): Tx {
  // Statements run one after another here (no pipelining), so each one's time is its own.
  let previous: Promise<unknown> = Promise.resolve();
  return {
    run: (async (cypher: string, params?: Record<string, unknown>) => {
      const before = previous;
      let done!: () => void;
      previous = new Promise<void>((r) => (done = r));
      await before.catch(() => undefined);
      try {
        return await timed(cypher, params);
      } finally {
        done();
      }
    }) as unknown as Tx['run'],
  };
  async function timed(cypher: string, params?: Record<string, unknown>) {
    const t0 = performance.now();
    const res = await tx.run(PLANS ? `PROFILE ${cypher}` : cypher, params);
    const ms = performance.now() - t0;
    const key = cypher.replace(/\s+/g, ' ').slice(0, 100);
    profile.set(key, (profile.get(key) ?? 0) + ms);
    const plan = PLANS ? (res.summary.profile as unknown as PlanNode | false) : false;
    if (process.env.KG_STORE_PROFILE_CALLS) process.stderr.write(`${ms.toFixed(0).padStart(6)} ms ${key.slice(0, 60)}\n`);
    if (plan) process.stderr.write(`--- ${ms.toFixed(0)} ms ${key}\n${planLines(plan).join('\n')}\n`);
    return res;
  }
}

/**
 * Sends a statement whose parameters are independent row lists, splitting them so no statement carries
 * more than `size` rows of one list. Statements with nothing to do are not sent. Nothing is awaited:
 * the write statements of a batch return nothing the next one needs, so the driver pipelines them and
 * the server runs one while this process packs the next (`settle` collects the outcomes).
 */
function runLists(tx: Tx, pending: Promise<unknown>[], cypher: string, lists: Record<string, readonly unknown[]>, size: number): void {
  const longest = Math.max(0, ...Object.values(lists).map((l) => l.length));
  for (let i = 0; i < longest; i += size) {
    const params: Record<string, unknown[]> = {};
    for (const [k, l] of Object.entries(lists)) params[k] = l.slice(i, i + size);
    pending.push(Promise.resolve(tx.run(cypher, params)));
  }
}

/** Waits for every pipelined statement; the first failure is rethrown once all have settled. */
async function settle(pending: readonly Promise<unknown>[]): Promise<void> {
  const out = await Promise.allSettled(pending);
  const failed = out.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

/** Writes one batch in its own transaction; the run's claim cache learns the batch once it committed. */
export async function writeExtraction(driver: Driver, extraction: Extraction, opts: WriteOptions = {}): Promise<WriteStats> {
  const t0 = performance.now();
  let t1 = t0;
  const { stats, staged } = await inTransaction(driver, async (tx) => {
    const out = await writeBatch(tx, extraction, opts);
    t1 = performance.now();
    return out;
  });
  if (PROFILE) {
    profile.set('(commit)', (profile.get('(commit)') ?? 0) + performance.now() - t1);
    profile.set('(whole batch)', (profile.get('(whole batch)') ?? 0) + performance.now() - t0);
  }
  if (opts.cache) {
    if (staged.invalidate) opts.cache.clear();
    else opts.cache.commit(staged.speakers, staged.claims);
  }
  return stats;
}

/**
 * Compiles the writer's statements once, in a transaction that is rolled back, so the first batch of a
 * run does not pay for planning them (seconds for the relation statement on a busy machine). Plans stay
 * in the server's cache; the statements are fixed texts.
 */
export async function warmWriter(driver: Driver): Promise<void> {
  const session = openSession(driver);
  try {
    const tx = session.beginTransaction();
    try {
      const empty = (cypher: string): Record<string, unknown[]> =>
        Object.fromEntries([...cypher.matchAll(/\$(\w+)/g)].map((m) => [m[1]!, []]));
      for (const cypher of [NODES, REPORTS_AND_MENTIONS, CLAIM_LINKS, RELATIONS]) await tx.run(cypher, empty(cypher));
      await lookupBatch(tx, [], []);
    } finally {
      await tx.rollback();
    }
  } finally {
    await session.close();
  }
}

interface Staged {
  invalidate: boolean;
  speakers: string[];
  claims: KnownClaim[];
}

export async function writeBatch(txIn: Tx, extraction: Extraction, opts: WriteOptions = {}): Promise<{ stats: WriteStats; staged: Staged }> {
  const tx = PROFILE ? profiled(txIn) : txIn;
  const size = opts.rowsPerStatement ?? DEFAULT_ROWS;
  const ids = [...new Set(extraction.articles.map((a) => a.id))];
  const batchEntities = extraction.entities as readonly ResolvableEntity[];

  const first = await lookupBatch(tx, ids, batchEntities);
  const existing = first.existing;
  let known = first.known;
  const replaces = (opts.replaces ?? []).filter((id) => !ids.includes(id));
  const detached = [...existing, ...replaces];
  const touchedClaims = new Set<string>();
  if (detached.length) {
    for (const c of await detachArticles(tx, detached)) touchedClaims.add(c);
    // Detaching may have deleted entities (orphans) or re-worded claims: read again, trust no cache.
    known = (await lookupBatch(tx, [], batchEntities)).known;
  }

  const resolution = resolveEntities(known, batchEntities);
  const plan = planExtraction(remapExtraction(extraction, resolution));
  const knownById = new Map(known.map((e) => [e.id, e]));
  const entities = entityWrites(plan, knownById, resolution.upgraded);

  const cache = detached.length ? undefined : opts.cache;
  const { knownClaims, fetchedSpeakers } = await fetchKnownClaims(tx, plan.reports, cache);
  const res = resolveReports(plan.reports, knownClaims, opts.threshold);
  const created = new Set(res.created.map((c) => c.id));
  const claimRows = claimRelationRows(plan.reports, res.claimOf);
  const sourceOf = new Map(plan.articles.map((a) => [a.id, a.props.source]));

  // New claims get their counters here; stored claims that gained reports are incremented; claims that
  // lost reports (detached articles) are recomputed from the graph at the end.
  const reportsOf = new Map<string, ReportedInRow[]>();
  for (const r of claimRows.reportedIn) {
    let list = reportsOf.get(r.claim);
    if (!list) reportsOf.set(r.claim, (list = []));
    list.push(r);
  }
  const timeOf = new Map(res.claims.map((c) => [c.id, c]));
  const newClaims = res.created.map((c) => {
    const reps = reportsOf.get(c.id) ?? [];
    const dates = reps.map((r) => r.date).filter((d): d is string => !!d).sort();
    const outlets = [...new Set(reps.map((r) => sourceOf.get(r.article)).filter((o): o is string => !!o))].sort();
    const text = canonicalReport(reps)?.text ?? c.text;
    return {
      id: c.id, text, caption: caption(text), kind: c.kind, speakerId: c.speakerId,
      articleCount: reps.length, date: dates[0] ?? null, outlets, outletCount: outlets.length,
      saidAt: timeOf.get(c.id)?.saidAt ?? null, saidAtPrecision: timeOf.get(c.id)?.saidAtPrecision ?? null,
    };
  });
  const increments = new Map<string, { id: string; n: number; date: string | null; outlets: Set<string> }>();
  for (const r of claimRows.reportedIn) {
    if (created.has(r.claim) || touchedClaims.has(r.claim)) continue;
    let inc = increments.get(r.claim);
    if (!inc) increments.set(r.claim, (inc = { id: r.claim, n: 0, date: null, outlets: new Set() }));
    inc.n++;
    if (r.date && (!inc.date || r.date < inc.date)) inc.date = r.date;
    const source = sourceOf.get(r.article);
    if (source) inc.outlets.add(source);
  }

  const pending: Promise<unknown>[] = [];
  runLists(tx, pending, NODES, {
    articles: plan.articles.map((a) => ({ id: a.id, ...a.props })),
    ...entities.created,
    entityUpdates: entities.updated,
    topics: plan.topics,
    claims: newClaims,
    increments: [...increments.values()].map((i) => ({ ...i, outlets: [...i.outlets].sort() })),
  }, size);

  runLists(tx, pending, REPORTS_AND_MENTIONS, { reported: claimRows.reportedIn, mentions: plan.mentions }, size);

  const fresh = (r: EvidenceRow): boolean => created.has(r.kind === 'said' ? r.o : r.s);
  const lists: Record<string, unknown[]> = { saidNew: [], saidOld: [], aboutEntityNew: [], aboutEntityOld: [], aboutTopicNew: [], aboutTopicOld: [] };
  for (const r of claimRows.said) lists[fresh(r) ? 'saidNew' : 'saidOld']!.push(createRow(r));
  for (const r of claimRows.about) lists[`about${r.topic ? 'Topic' : 'Entity'}${fresh(r) ? 'New' : 'Old'}`]!.push(createRow(r));
  runLists(tx, pending, CLAIM_LINKS, lists, size);

  let relations = 0;
  const relLists: Record<string, unknown[]> = Object.fromEntries(RELATION_SLOTS.map((s) => [s.param, []]));
  for (const g of plan.relations) {
    relations += g.rows.length;
    const param = relationParam(g.predicate, g.objectLabel, g.withTitle);
    for (const row of g.rows) {
      relLists[param]!.push({ s: row.s, o: row.o, negated: row.negated, title: row.title, ...evidenceProps(row) });
    }
  }
  runLists(tx, pending, RELATIONS, relLists, size);
  await settle(pending);

  // Claims that gained or lost reports re-derive their wording, time and counters from all their reports.
  await refreshClaims(tx, [...touchedClaims, ...increments.keys()]);

  const stats: WriteStats = {
    articles: ids.length,
    rewritten: existing.length,
    replaced: replaces.length,
    entities: [...plan.entities.values()].reduce((n, rows) => n + rows.length, 0),
    entitiesResolved: resolution.idOf.size,
    claimsCreated: res.created.length,
    reports: plan.reports.length,
    corroborated: res.corroborated,
    relations,
    relationshipWrites:
      claimRows.reportedIn.length + claimRows.said.length + claimRows.about.length + relations + plan.mentions.length,
    dangling: plan.dangling,
  };
  const staged: Staged = {
    invalidate: detached.length > 0,
    speakers: fetchedSpeakers,
    claims: res.claims,
  };
  return { stats, staged };
}

// ---------------------------------------------------------------------------------------------------
// Reads.

/** Which of `ids` are stored, and the stored entities the batch's entities may resolve to. */
export async function lookupBatch(
  tx: Tx,
  ids: readonly string[],
  batch: readonly ResolvableEntity[],
): Promise<{ existing: string[]; known: ResolvableEntity[] }> {
  const entityIds = [...new Set(batch.map((e) => e.id))];
  // Phrase queries on the full-text index (case-insensitive); the rules are applied in TS afterwards.
  const phrases = lookupNames(batch).map((n) => `"${n.replace(/["\\]/g, ' ')}"`);
  const res = await tx.run(
    `CALL () { UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN collect(a.id) AS existing }
     CALL () {
       CALL () {
         UNWIND $entityIds AS id MATCH (e:Entity {id: id}) RETURN e
         UNION
         UNWIND $phrases AS q CALL db.index.fulltext.queryNodes('entityNames', q) YIELD node RETURN node AS e
       }
       RETURN collect({id: e.id, type: e.type, name: e.name, aliases: coalesce(e.aliases, [])}) AS known
     }
     RETURN existing, known`,
    { ids, entityIds, phrases },
  );
  const row = res.records[0];
  return {
    existing: (row?.get('existing') as string[] | undefined) ?? [],
    known: (row?.get('known') as ResolvableEntity[] | undefined) ?? [],
  };
}

/**
 * The claims the batch's reports could join: every stored claim of their speakers (from the run's
 * cache when it has them, else one indexed read on Claim.speakerId) and stored claims with their ids.
 */
export async function fetchKnownClaims(
  tx: Tx,
  reports: readonly Report[],
  cache?: ClaimCache,
): Promise<{ knownClaims: KnownClaim[]; fetchedSpeakers: string[] }> {
  if (reports.length === 0) return { knownClaims: [], fetchedSpeakers: [] };
  const speakers = [...new Set(reports.map((r) => r.speaker))];
  const cached = speakers.filter((s) => cache?.has(s));
  const fetchedSpeakers = speakers.filter((s) => !cache?.has(s));
  const out = new Map<string, KnownClaim>();
  for (const s of cached) for (const c of cache!.claimsOf(s)) out.set(c.id, c);
  const ids = [...new Set(reports.map((r) => r.claimId))].filter((id) => !out.has(id));
  const res = await tx.run(
    `CALL () {
       UNWIND $speakers AS s MATCH (c:Claim {speakerId: s}) RETURN c
       UNION
       UNWIND $ids AS id MATCH (c:Claim {id: id}) RETURN c
     }
     RETURN c.id AS id, c.speakerId AS speakerId, c.text AS text, c.saidAt AS saidAt, c.saidAtPrecision AS saidAtPrecision,
            COLLECT { MATCH (c)-[r:REPORTED_IN]->() RETURN DISTINCT r.text AS t ORDER BY t } AS wordings`,
    { speakers: fetchedSpeakers, ids },
  );
  for (const r of res.records) {
    const id = r.get('id') as string;
    out.set(id, {
      id, speakerId: r.get('speakerId') as string, text: r.get('text') as string, wordings: r.get('wordings') as string[],
      saidAt: r.get('saidAt') as string | null, saidAtPrecision: r.get('saidAtPrecision') as string | null,
    });
  }
  // Sorted by id: the result must not depend on the order the server or the cache returned them in.
  return { knownClaims: [...out.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), fetchedSpeakers };
}

// ---------------------------------------------------------------------------------------------------
// Entities.

const sortedUnique = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();

/**
 * Entity rows to create (per label) and stored entities whose aliases grew or whose caption is upgraded
 * to a full name. Stored entities with nothing new are not written at all.
 */
export function entityWrites(
  plan: Pick<WritePlan, 'entities'>,
  known: ReadonlyMap<string, ResolvableEntity>,
  upgraded: ReadonlySet<string>,
): { created: Record<string, Record<string, unknown>[]>; updated: ({ id: string; name: string; aliases: string[] } & NameKeys)[] } {
  const created: Record<string, Record<string, unknown>[]> = Object.fromEntries(ENTITY_LABELS.map((t) => [`new${t}`, []]));
  const updated: ({ id: string; name: string; aliases: string[] } & NameKeys)[] = [];
  for (const [type, rows] of plan.entities) {
    for (const row of rows as EntityRow[]) {
      const stored = known.get(row.id);
      if (!stored) {
        const aliases = sortedUnique(row.aliases);
        created[`new${type}`]!.push({ id: row.id, name: row.name, type: row.type, aliases, ...nameKeyProps(row.name, aliases) });
        continue;
      }
      const aliases = sortedUnique([...stored.aliases, ...row.aliases]);
      const name = upgraded.has(row.id) ? row.name : stored.name;
      const same = name === stored.name && aliases.length === stored.aliases.length && aliases.every((a, i) => a === stored.aliases[i]);
      if (!same) updated.push({ id: row.id, name, aliases, ...nameKeyProps(name, aliases) });
    }
  }
  return { created, updated };
}

// ---------------------------------------------------------------------------------------------------
// Statements. Labels and relationship types come from the ontology's fixed lists, never from input.

const ENTITY_LABELS: readonly EntityType[] = ['Person', 'Organization', 'Country', 'Place'];

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

const ARTICLE_KEYS = ['id', 'title', 'source', 'publishedAt', 'path', 'url', 'dateline', 'dateSource', 'name'] as const;
const CLAIM_KEYS = ['id', 'text', 'caption', 'kind', 'speakerId', 'articleCount', 'date', 'outlets', 'outletCount', 'saidAt', 'saidAtPrecision'] as const;
const REPORTED_KEYS = ['text', 'cue', 'kind', 'sentence', 'start', 'end', 'date', 'saidAt', 'saidAtPrecision', 'about'] as const;
/**
 * SAID and ABOUT carry the first report's evidence as scalars and how many articles report it; every
 * report's own sentence and offsets are on its REPORTED_IN (which also lists the report's ABOUT targets),
 * so stored claims gaining reports never rewrite long evidence lists. docs/graph-model.md, "Claim links".
 */
const CLAIM_LINK_KEYS = ['articleId', 'sentence', 'start', 'end', 'articleCount'] as const;
/** The keys of evidenceProps(): evidence arrays, first-slot scalars, hedged, articleCount. */
const EVIDENCE_KEYS = Object.keys(evidenceProps({ aids: [], sents: [], starts: [], ends: [], negs: [], hedges: [], times: [], precisions: [] }));

const NODES = `${STABLE}
CALL () { UNWIND $articles AS row CREATE (a:Article ${literal(ARTICLE_KEYS)}) }
${ENTITY_LABELS.map(
  (t) => `CALL () { UNWIND $new${t} AS row MERGE (e:Entity {id: row.id}) ON CREATE SET e = row SET e:${t} }`,
).join('\n')}
CALL () { UNWIND $entityUpdates AS row MATCH (e:Entity {id: row.id}) SET e.name = row.name, e.aliases = row.aliases, e.nameKey = row.nameKey, e.nameKeys = row.nameKeys }
CALL () { UNWIND $topics AS row MERGE (t:Topic {id: row.id}) ON CREATE SET t.name = row.name }
CALL () { UNWIND $claims AS row CREATE (c:Claim ${literal(CLAIM_KEYS)}) }
CALL () {
  UNWIND $increments AS row MATCH (c:Claim {id: row.id})
  SET c.articleCount = coalesce(c.articleCount, 0) + row.n,
      c.date = CASE WHEN c.date IS NULL OR (row.date IS NOT NULL AND row.date < c.date) THEN row.date ELSE c.date END,
      c.outlets = COLLECT { UNWIND coalesce(c.outlets, []) + row.outlets AS o RETURN DISTINCT o ORDER BY o }
  SET c.outletCount = size(c.outlets)
}`;

// The batch's articles are new nodes (stored ones were detached), so their REPORTED_IN and MENTIONS
// cannot exist yet: CREATE, not MERGE.
const REPORTS_AND_MENTIONS = `${STABLE}
CALL () {
  UNWIND $reported AS row
  MATCH (c:Claim {id: row.claim}) MATCH (a:Article {id: row.article})
  CREATE (c)-[:REPORTED_IN {articleId: row.article, ${literal(REPORTED_KEYS).slice(1)}]->(a)
}
CALL () {
  UNWIND $mentions AS row
  MATCH (a:Article {id: row.article}) MATCH (e:Entity {id: row.entity})
  CREATE (a)-[:MENTIONS {count: row.count}]->(e)
}`;

/**
 * Appends a row's slots to an existing relationship. The batch's articles hold no slot anywhere (they
 * are new, or were detached), so every stored slot stays: plain concatenation, no per-slot filtering.
 */
const APPEND = `
  r.evidenceOccurredAt = coalesce(r.evidenceOccurredAt, [x IN r.evidenceArticleIds | '']) + row.evidenceOccurredAt,
  r.evidenceOccurredAtPrecision = coalesce(r.evidenceOccurredAtPrecision, [x IN r.evidenceArticleIds | '']) + row.evidenceOccurredAtPrecision,
  r.occurredAtPrecision = CASE WHEN row.occurredAt IS NULL OR (r.occurredAt IS NOT NULL AND r.occurredAt <= row.occurredAt) THEN r.occurredAtPrecision ELSE row.occurredAtPrecision END,
  r.occurredAt = CASE WHEN row.occurredAt IS NULL OR (r.occurredAt IS NOT NULL AND r.occurredAt <= row.occurredAt) THEN r.occurredAt ELSE row.occurredAt END,
  r.evidenceArticleIds = r.evidenceArticleIds + row.evidenceArticleIds,
  r.evidenceSentences = r.evidenceSentences + row.evidenceSentences,
  r.evidenceStarts = r.evidenceStarts + row.evidenceStarts,
  r.evidenceEnds = r.evidenceEnds + row.evidenceEnds,
  r.evidenceNegated = r.evidenceNegated + row.evidenceNegated,
  r.evidenceHedged = r.evidenceHedged + row.evidenceHedged,
  r.hedged = r.hedged AND row.hedged,
  r.articleCount = r.articleCount + row.articleCount`;

/** `r.k = row.k` for every evidence property (a relationship MERGE creates without a property map). */
function setAll(v: string): string {
  return EVIDENCE_KEYS.map((k) => `${v}.${k} = row.${k}`).join(', ');
}

const CLAIM_LINK_SET = CLAIM_LINK_KEYS.map((k) => `r.${k} = row.${k}`).join(', ');
const COUNT_MORE = 'r.articleCount = coalesce(r.articleCount, 0) + row.articleCount';

const CLAIM_LINKS = `${STABLE}
CALL () {
  UNWIND $saidNew AS row MATCH (e:Entity {id: row.s}) MATCH (c:Claim {id: row.o})
  CREATE (e)-[:SAID ${literal(CLAIM_LINK_KEYS)}]->(c)
}
CALL () {
  UNWIND $saidOld AS row MATCH (e:Entity {id: row.s}) MATCH (c:Claim {id: row.o})
  MERGE (e)-[r:SAID]->(c) ON CREATE SET ${CLAIM_LINK_SET} ON MATCH SET ${COUNT_MORE}
}
${(['Entity', 'Topic'] as const)
  .map(
    (label) => `
CALL () {
  UNWIND $about${label}New AS row MATCH (c:Claim {id: row.s}) MATCH (t:${label} {id: row.o})
  CREATE (c)-[:ABOUT ${literal(CLAIM_LINK_KEYS)}]->(t)
}
CALL () {
  UNWIND $about${label}Old AS row MATCH (c:Claim {id: row.s}) MATCH (t:${label} {id: row.o})
  MERGE (c)-[r:ABOUT]->(t) ON CREATE SET ${CLAIM_LINK_SET} ON MATCH SET ${COUNT_MORE}
}`,
  )
  .join('')}`;

/** One parameter list per (predicate, object label, keyed by title or not). */
const RELATION_SLOTS = RELATION_PREDICATES.flatMap((p) =>
  (['Entity', 'Topic'] as const).flatMap((label) =>
    (p === 'HOLDS_ROLE' ? [false, true] : [false]).map((withTitle) => ({ p, label, withTitle, param: relationParam(p, label, withTitle) })),
  ),
);

function relationParam(predicate: string, label: string, withTitle: boolean): string {
  return `rel_${predicate}_${label}${withTitle ? '_title' : ''}`;
}

// Facts are merged on (subject, type, object, negated[, title]) between two index-seeked ends.
const RELATIONS = STABLE + RELATION_SLOTS.map(
  ({ p, label, withTitle, param }) => `
CALL () {
  UNWIND $${param} AS row MATCH (s:Entity {id: row.s}) MATCH (o:${label} {id: row.o})
  MERGE (s)-[r:${p} {negated: row.negated${withTitle ? ', title: row.title' : ''}}]->(o)
  ON CREATE SET ${setAll('r')} ON MATCH SET ${APPEND}
}`,
).join('');

// ---------------------------------------------------------------------------------------------------
// Claim relationship rows.

/**
 * The report whose wording a claim shows: the earliest by date (undated last), then by article id. A
 * rule over all reports, so the wording does not depend on the order articles arrived in.
 */
export function canonicalReport<T extends { date: string | null; article: string }>(reps: readonly T[]): T | undefined {
  const key = (r: T): string => `${r.date ? `0${r.date}` : '1'}|${r.article}`;
  return [...reps].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))[0];
}

interface ReportedInRow {
  claim: string;
  article: string;
  text: string;
  cue: string | null;
  kind: string;
  sentence: string;
  start: number;
  end: number;
  date: string | null;
  saidAt: string | null;
  saidAtPrecision: string | null;
  /** The ABOUT targets of the claim's sightings in this article (retraction recomputes ABOUT from these). */
  about: string[];
}

/** A SAID or ABOUT row: the first slot's evidence and the number of distinct articles. */
function createRow(r: EvidenceRow): Record<string, unknown> {
  return { s: r.s, o: r.o, articleId: r.aids[0], sentence: r.sents[0], start: r.starts[0], end: r.ends[0], articleCount: r.articles.length };
}

interface EvidenceRow extends SlotArrays {
  kind: 'said' | 'about';
  s: string;
  o: string;
  topic?: boolean;
  articles: string[];
}

/** REPORTED_IN (first sighting per claim and article), SAID and ABOUT rows with their slots. */
export function claimRelationRows(reports: readonly Report[], claimOf: readonly string[]) {
  const reportedIn = new Map<string, ReportedInRow>();
  const said = new Map<string, { s: string; o: string; slots: Slot[] }>();
  const about = new Map<string, { s: string; o: string; topic: boolean; slots: Slot[] }>();
  reports.forEach((r, i) => {
    const claim = claimOf[i]!;
    const slot: Slot = { a: r.articleId, s: r.sentence, st: r.start, en: r.end, n: false, h: false, t: '', tp: '' };
    const rk = `${claim}|${r.articleId}`;
    let rep = reportedIn.get(rk);
    if (!rep) {
      reportedIn.set(rk, (rep = {
        claim, article: r.articleId, text: r.text, cue: r.cue, kind: r.kind,
        sentence: r.sentence, start: r.start, end: r.end, date: r.date, saidAt: r.saidAt, saidAtPrecision: r.saidAtPrecision, about: [],
      }));
    }
    for (const t of r.about) if (!rep.about.includes(t.id)) rep.about.push(t.id);
    const sk = `${r.speaker}|${claim}`;
    let s = said.get(sk);
    if (!s) said.set(sk, (s = { s: r.speaker, o: claim, slots: [] }));
    s.slots.push(slot);
    for (const t of r.about) {
      const ak = `${claim}|${t.id}`;
      let a = about.get(ak);
      if (!a) about.set(ak, (a = { s: claim, o: t.id, topic: t.topic, slots: [] }));
      a.slots.push(slot);
    }
  });
  const withSlots =
    (kind: EvidenceRow['kind']) =>
    <T extends { slots: Slot[] }>(x: T): EvidenceRow => {
      const { slots, ...rest } = x;
      return { kind, ...(rest as unknown as { s: string; o: string; topic?: boolean }), articles: [...new Set(slots.map((z) => z.a))], ...toArrays(slots) };
    };
  for (const rep of reportedIn.values()) rep.about.sort();
  return {
    reportedIn: [...reportedIn.values()],
    said: [...said.values()].map(withSlots('said')),
    about: [...about.values()].map(withSlots('about')),
  };
}

export { ClaimCache };
