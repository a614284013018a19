// Turns an Extraction into the rows the writer sends to Neo4j (pure, unit-tested). Everything that can
// be decided without the database is decided here: symmetric predicates oriented, evidence grouped per
// fact, MENTIONS derived, dangling references dropped.
import {
  ENTITY_TYPES,
  RELATION_PREDICATES,
  SYMMETRIC_PREDICATES,
  type ArticleMeta,
  type Claim,
  type Entity,
  type EntityType,
  type Extraction,
  type Relation,
  type RelationPredicate,
} from '@kg/ontology';

/** One evidence slot; short keys keep the parameter maps small. */
export interface Slot {
  a: string; // articleId
  s: string; // sentence
  st: number; // start
  en: number; // end
  n: boolean; // negated
  h: boolean; // hedged
  t: string; // occurredAt, '' when unknown (Neo4j lists hold no nulls)
  tp: string; // its precision, '' when unknown
}

/** Parallel arrays of slots, ready for the evidence properties. */
export interface SlotArrays {
  aids: string[];
  sents: string[];
  starts: number[];
  ends: number[];
  negs: boolean[];
  hedges: boolean[];
  times: string[];
  precisions: string[];
}

export function toArrays(slots: readonly Slot[]): SlotArrays {
  return {
    aids: slots.map((x) => x.a),
    sents: slots.map((x) => x.s),
    starts: slots.map((x) => x.st),
    ends: slots.map((x) => x.en),
    negs: slots.map((x) => x.n),
    hedges: slots.map((x) => x.h),
    times: slots.map((x) => x.t),
    precisions: slots.map((x) => x.tp),
  };
}

export interface ArticleRow {
  id: string;
  props: {
    title: string | null;
    source: string | null;
    publishedAt: string | null;
    path: string | null;
    url: string | null;
    dateline: string | null;
    dateSource: string | null;
    name: string;
  };
}

export interface EntityRow {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
}

export interface TopicRow {
  id: string;
  name: string;
}

/** One sighting of a claim in one article; reports are corroborated into Claims inside the transaction. */
export interface Report {
  /** Index of the extracted claim this report comes from; reports of one extracted claim stay together. */
  group: number;
  claimId: string;
  speaker: string;
  text: string;
  kind: string;
  cue: string | null;
  articleId: string;
  sentence: string;
  start: number;
  end: number;
  date: string | null;
  /** When the claim was said by this report (ISO date and precision), if known. */
  saidAt: string | null;
  saidAtPrecision: string | null;
  about: { id: string; topic: boolean }[];
}

export interface RelationRow extends SlotArrays {
  s: string;
  o: string;
  negated: boolean;
  title: string | null;
  /** Article ids of this row's slots, deduplicated: their old slots are replaced. */
  articles: string[];
}

export interface RelationGroup {
  predicate: RelationPredicate;
  objectLabel: 'Entity' | 'Topic';
  withTitle: boolean;
  rows: RelationRow[];
}

export interface MentionRow {
  article: string;
  entity: string;
  count: number;
}

export interface WritePlan {
  articles: ArticleRow[];
  entities: Map<EntityType, EntityRow[]>;
  topics: TopicRow[];
  reports: Report[];
  relations: RelationGroup[];
  mentions: MentionRow[];
  /** References to entities or articles missing from the extraction (dropped). */
  dangling: number;
}

const sortedUnique = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();

export function articleRow(a: ArticleMeta): ArticleRow {
  return {
    id: a.id,
    props: {
      title: a.title ?? null,
      source: a.source?.trim() || null,
      publishedAt: a.publishedAt ?? null,
      path: a.path ?? null,
      url: a.url ?? null,
      dateline: a.dateline ?? null,
      dateSource: a.dateSource ?? null,
      name: a.title?.trim() || a.path || a.url || a.id,
    },
  };
}

function topicName(id: string): string {
  return id.replace(/^topic:/, '').replace(/-/g, ' ');
}

/** Entities listed by several articles of one extraction become one: aliases and mentions united. */
export function mergeEntities(list: readonly Entity[]): Entity[] {
  // Sets while merging: a country named by every article of a batch is listed hundreds of times.
  const byId = new Map<string, { e: Entity; aliases: Set<string>; mentionedIn: Set<string> }>();
  for (const e of list) {
    const seen = byId.get(e.id);
    if (!seen) {
      byId.set(e.id, { e, aliases: new Set(e.aliases ?? []), mentionedIn: new Set(e.mentionedIn ?? []) });
      continue;
    }
    for (const a of e.aliases ?? []) seen.aliases.add(a);
    for (const a of e.mentionedIn ?? []) seen.mentionedIn.add(a);
  }
  return [...byId.values()].map(({ e, aliases, mentionedIn }) => ({ ...e, aliases: [...aliases], mentionedIn: [...mentionedIn] }));
}

/**
 * What every step of one plan consults (the extraction's articles, entities and topics) and the tallies
 * they share (topics used, MENTIONS counts, dangling references). One per planExtraction call, passed
 * explicitly so that each step says what it reads and writes.
 */
interface PlanContext {
  articles: Map<string, ArticleMeta>;
  entityIds: Map<string, Entity>;
  topicNames: Map<string, string>;
  usedTopics: Set<string>;
  /** article id → entity id → facts involving it (declared mentions count 0, raised to 1 at the end) */
  mentionCounts: Map<string, Map<string, number>>;
  dangling: number;
}

function planContext(x: Extraction): PlanContext {
  const articles = new Map<string, ArticleMeta>();
  for (const a of x.articles) if (!articles.has(a.id)) articles.set(a.id, a);
  return {
    articles,
    entityIds: new Map(x.entities.map((e) => [e.id, e])),
    topicNames: new Map((x.topics ?? []).map((t) => [t.id, t.name])),
    usedTopics: new Set(),
    mentionCounts: new Map(),
    dangling: 0,
  };
}

function isTopic(ctx: PlanContext, id: string): boolean {
  return ctx.topicNames.has(id) || (!ctx.entityIds.has(id) && id.startsWith('topic:'));
}

function isKnown(ctx: PlanContext, id: string): boolean {
  return ctx.entityIds.has(id) || isTopic(ctx, id);
}

/**
 * MENTIONS: declared mentions plus every entity a fact of that article involves, so that retraction
 * can find an article's facts from the entities it mentions.
 */
function mention(ctx: PlanContext, articleId: string, entity: string, declared = false): void {
  if (!ctx.entityIds.has(entity) || !ctx.articles.has(articleId)) return;
  let m = ctx.mentionCounts.get(articleId);
  if (!m) ctx.mentionCounts.set(articleId, (m = new Map()));
  m.set(entity, (m.get(entity) ?? 0) + (declared ? 0 : 1));
}

function articleDate(ctx: PlanContext, id: string): string | null {
  const a = ctx.articles.get(id);
  return a?.dateline ?? a?.publishedAt ?? null;
}

/** The claim's subjects other than its speaker, known ones only (the rest counted as dangling). */
function claimAbout(ctx: PlanContext, c: Claim): Report['about'] {
  return sortedUnique(c.about.filter((id) => id !== c.speaker)).flatMap((id) => {
    if (!isKnown(ctx, id)) {
      ctx.dangling++;
      return [];
    }
    const topic = isTopic(ctx, id);
    if (topic) ctx.usedTopics.add(id);
    return [{ id, topic }];
  });
}

interface Sighting {
  articleId: string;
  sentence: string;
  start: number;
  end: number;
  text: string;
}

/** Where the claim was seen: its evidence, or else one sighting per listed article from the claim's own fields. */
function claimSightings(c: Claim): Sighting[] {
  if (c.evidence?.length) {
    return c.evidence.map((ev) => {
      const wording = (ev as { text?: unknown }).text;
      return { articleId: ev.articleId, sentence: ev.sentence, start: ev.start, end: ev.end, text: typeof wording === 'string' && wording ? wording : c.text };
    });
  }
  return c.articles.map((articleId) => ({ articleId, sentence: c.sentence ?? c.text, start: c.start ?? -1, end: c.end ?? -1, text: c.text }));
}

/** One report per sighting of each claim whose speaker and article are in the extraction. */
function planReports(ctx: PlanContext, claims: readonly Claim[]): Report[] {
  const reports: Report[] = [];
  claims.forEach((c, group) => {
    if (!ctx.entityIds.has(c.speaker)) {
      ctx.dangling++;
      return;
    }
    const about = claimAbout(ctx, c);
    claimSightings(c).forEach((s, i) => {
      if (!ctx.articles.has(s.articleId)) {
        ctx.dangling++;
        return;
      }
      reports.push({
        group,
        claimId: c.id,
        speaker: c.speaker,
        text: s.text,
        kind: c.kind,
        cue: c.cue ?? null,
        articleId: s.articleId,
        sentence: s.sentence,
        start: s.start,
        end: s.end,
        date: (i === 0 ? c.date : null) ?? articleDate(ctx, s.articleId),
        saidAt: c.saidAt ?? null,
        saidAtPrecision: c.saidAt ? (c.saidAtPrecision ?? 'day') : null,
        about,
      });
      mention(ctx, s.articleId, c.speaker);
      for (const t of about) if (!t.topic) mention(ctx, s.articleId, t.id);
    });
  });
  return reports;
}

interface Fact {
  row: RelationRow;
  slots: Slot[];
}

/** Groups and facts collected so far, keyed by statement shape and by fact. */
interface FactIndex {
  groups: Map<string, RelationGroup>;
  facts: Map<string, Fact>;
}

/** The fact a relation adds slots to (subject and object already oriented), created with its group on first sight. */
function factFor(index: FactIndex, r: Relation, s: string, o: string, objectTopic: boolean): Fact {
  const title = r.predicate === 'HOLDS_ROLE' && r.title ? r.title : null;
  const gkey = `${r.predicate}|${objectTopic ? 'Topic' : 'Entity'}|${title !== null}`;
  let group = index.groups.get(gkey);
  if (!group) {
    group = { predicate: r.predicate, objectLabel: objectTopic ? 'Topic' : 'Entity', withTitle: title !== null, rows: [] };
    index.groups.set(gkey, group);
  }
  const key = `${gkey}|${s}|${o}|${r.negated}|${title ?? ''}`;
  let fact = index.facts.get(key);
  if (!fact) {
    const row: RelationRow = { s, o, negated: !!r.negated, title, articles: [], ...toArrays([]) };
    fact = { row, slots: [] };
    index.facts.set(key, fact);
    group.rows.push(row);
  }
  return fact;
}

/** Adds one relation's evidence to its fact (evidence from unknown articles counted as dangling). */
function addRelation(ctx: PlanContext, index: FactIndex, r: Relation): void {
  let [s, o] = [r.subject, r.object];
  if (!ctx.entityIds.has(s) || !isKnown(ctx, o) || s === o) {
    ctx.dangling++;
    return;
  }
  const objectTopic = isTopic(ctx, o);
  if (SYMMETRIC_PREDICATES.has(r.predicate) && !objectTopic && o < s) [s, o] = [o, s];
  if (objectTopic) ctx.usedTopics.add(o);
  const fact = factFor(index, r, s, o, objectTopic);
  for (const ev of r.evidence) {
    if (!ctx.articles.has(ev.articleId)) {
      ctx.dangling++;
      continue;
    }
    fact.slots.push({
      a: ev.articleId, s: ev.sentence, st: ev.start, en: ev.end, n: ev.negated ?? !!r.negated, h: ev.hedged ?? !!r.hedged,
      t: ev.occurredAt ?? '', tp: ev.occurredAt ? (ev.occurredAtPrecision ?? 'day') : '',
    });
    mention(ctx, ev.articleId, s);
    if (!objectTopic) mention(ctx, ev.articleId, o);
  }
}

/** Entity relations: one row per fact (subject, predicate, object, negated[, title]) with all its slots. */
function planRelations(ctx: PlanContext, relations: readonly Relation[]): RelationGroup[] {
  const index: FactIndex = { groups: new Map(), facts: new Map() };
  for (const r of relations) {
    if (!(RELATION_PREDICATES as readonly string[]).includes(r.predicate)) continue;
    addRelation(ctx, index, r);
  }
  for (const f of index.facts.values()) {
    Object.assign(f.row, toArrays(f.slots), { articles: sortedUnique(f.slots.map((x) => x.a)) });
  }
  return [...index.groups.values()]
    .map((g) => ({ ...g, rows: g.rows.filter((r) => r.aids.length > 0) }))
    .filter((g) => g.rows.length > 0);
}

/**
 * The entities mentioned by some article. An entity nobody mentions would be an orphan no retraction
 * could reach: attach it to the only article when there is exactly one, otherwise leave it out.
 */
function mentionedEntities(ctx: PlanContext, entities: readonly Entity[]): Set<string> {
  const mentioned = new Set<string>();
  for (const m of ctx.mentionCounts.values()) for (const id of m.keys()) mentioned.add(id);
  const only = ctx.articles.size === 1 ? [...ctx.articles.keys()][0] : undefined;
  for (const e of entities) {
    if (!mentioned.has(e.id) && only) {
      mention(ctx, only, e.id, true);
      mentioned.add(e.id);
    }
  }
  return mentioned;
}

function entityRows(entities: readonly Entity[], mentioned: ReadonlySet<string>): Map<EntityType, EntityRow[]> {
  const rows = new Map<EntityType, EntityRow[]>();
  for (const e of entities) {
    if (!mentioned.has(e.id) || !(ENTITY_TYPES as readonly string[]).includes(e.type)) continue;
    const list = rows.get(e.type) ?? [];
    if (!rows.has(e.type)) rows.set(e.type, list);
    list.push({ id: e.id, name: e.name, type: e.type, aliases: sortedUnique(e.aliases ?? []) });
  }
  return rows;
}

function mentionRows(ctx: PlanContext): MentionRow[] {
  const mentions: MentionRow[] = [];
  for (const [article, m] of ctx.mentionCounts) {
    for (const [entity, count] of m) mentions.push({ article, entity, count: Math.max(1, count) });
  }
  return mentions;
}

export function planExtraction(input: Extraction): WritePlan {
  const x = { ...input, entities: mergeEntities(input.entities) };
  const ctx = planContext(x);
  // Order matters for the MENTIONS rows: declared mentions, then claims, relations, orphans.
  for (const e of x.entities) for (const a of e.mentionedIn ?? []) mention(ctx, a, e.id, true);
  const reports = planReports(ctx, x.claims);
  const relations = planRelations(ctx, x.relations);
  const mentioned = mentionedEntities(ctx, x.entities);
  return {
    articles: [...ctx.articles.values()].map(articleRow),
    entities: entityRows(x.entities, mentioned),
    topics: [...ctx.usedTopics].sort().map((id) => ({ id, name: ctx.topicNames.get(id) ?? topicName(id) })),
    reports,
    relations,
    mentions: mentionRows(ctx),
    dangling: ctx.dangling,
  };
}

/** Splits rows into chunks so one statement never carries an unbounded parameter list. */
export function chunk<T>(rows: readonly T[], size: number): T[][] {
  if (size < 1) throw new Error('chunk size must be positive');
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
