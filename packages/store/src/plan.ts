// Turns an Extraction into the rows the writer sends to Neo4j (pure, unit-tested). Everything that can
// be decided without the database is decided here: symmetric predicates oriented, evidence grouped per
// fact, MENTIONS derived, dangling references dropped.
import {
  ENTITY_TYPES,
  RELATION_PREDICATES,
  SYMMETRIC_PREDICATES,
  type ArticleMeta,
  type Entity,
  type EntityType,
  type Extraction,
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

export function planExtraction(input: Extraction): WritePlan {
  const x = { ...input, entities: mergeEntities(input.entities) };
  let dangling = 0;
  const articles = new Map<string, ArticleMeta>();
  for (const a of x.articles) if (!articles.has(a.id)) articles.set(a.id, a);
  const entityIds = new Map(x.entities.map((e) => [e.id, e]));
  const topicNames = new Map((x.topics ?? []).map((t) => [t.id, t.name]));
  const isTopic = (id: string): boolean => topicNames.has(id) || (!entityIds.has(id) && id.startsWith('topic:'));
  const known = (id: string): boolean => entityIds.has(id) || isTopic(id);
  const usedTopics = new Set<string>();

  // MENTIONS: declared mentions plus every entity a fact of that article involves, so that retraction
  // can find an article's facts from the entities it mentions.
  const mentionCounts = new Map<string, Map<string, number>>();
  const mention = (articleId: string, entity: string, declared = false): void => {
    if (!entityIds.has(entity) || !articles.has(articleId)) return;
    let m = mentionCounts.get(articleId);
    if (!m) mentionCounts.set(articleId, (m = new Map()));
    m.set(entity, (m.get(entity) ?? 0) + (declared ? 0 : 1));
  };
  for (const e of x.entities) for (const a of e.mentionedIn ?? []) mention(a, e.id, true);
  const articleDate = (id: string): string | null => {
    const a = articles.get(id);
    return a?.dateline ?? a?.publishedAt ?? null;
  };

  const reports: Report[] = [];
  x.claims.forEach((c, group) => {
    if (!entityIds.has(c.speaker)) {
      dangling++;
      return;
    }
    const about = sortedUnique(c.about.filter((id) => id !== c.speaker)).flatMap((id) => {
      if (!known(id)) {
        dangling++;
        return [];
      }
      const topic = isTopic(id);
      if (topic) usedTopics.add(id);
      return [{ id, topic }];
    });
    const sightings: { articleId: string; sentence: string; start: number; end: number; text: string }[] = [];
    if (c.evidence?.length) {
      for (const ev of c.evidence) {
        const wording = (ev as { text?: unknown }).text;
        sightings.push({ articleId: ev.articleId, sentence: ev.sentence, start: ev.start, end: ev.end, text: typeof wording === 'string' && wording ? wording : c.text });
      }
    } else {
      for (const articleId of c.articles) {
        sightings.push({ articleId, sentence: c.sentence ?? c.text, start: c.start ?? -1, end: c.end ?? -1, text: c.text });
      }
    }
    sightings.forEach((s, i) => {
      if (!articles.has(s.articleId)) {
        dangling++;
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
        date: (i === 0 ? c.date : null) ?? articleDate(s.articleId),
        saidAt: c.saidAt ?? null,
        saidAtPrecision: c.saidAt ? (c.saidAtPrecision ?? 'day') : null,
        about,
      });
      mention(s.articleId, c.speaker);
      for (const t of about) if (!t.topic) mention(s.articleId, t.id);
    });
  });

  // Entity relations: one row per fact (subject, predicate, object, negated[, title]) with all its slots.
  const facts = new Map<string, { group: RelationGroup; row: RelationRow; slots: Slot[] }>();
  const groups = new Map<string, RelationGroup>();
  for (const r of x.relations) {
    if (!(RELATION_PREDICATES as readonly string[]).includes(r.predicate)) continue;
    let [s, o] = [r.subject, r.object];
    if (!entityIds.has(s) || !known(o) || s === o) {
      dangling++;
      continue;
    }
    const objectTopic = isTopic(o);
    if (SYMMETRIC_PREDICATES.has(r.predicate) && !objectTopic && o < s) [s, o] = [o, s];
    if (objectTopic) usedTopics.add(o);
    const title = r.predicate === 'HOLDS_ROLE' && r.title ? r.title : null;
    const gkey = `${r.predicate}|${objectTopic ? 'Topic' : 'Entity'}|${title !== null}`;
    let group = groups.get(gkey);
    if (!group) {
      group = { predicate: r.predicate, objectLabel: objectTopic ? 'Topic' : 'Entity', withTitle: title !== null, rows: [] };
      groups.set(gkey, group);
    }
    const key = `${gkey}|${s}|${o}|${r.negated}|${title ?? ''}`;
    let fact = facts.get(key);
    if (!fact) {
      const row: RelationRow = { s, o, negated: !!r.negated, title, articles: [], ...toArrays([]) };
      fact = { group, row, slots: [] };
      facts.set(key, fact);
      group.rows.push(row);
    }
    for (const ev of r.evidence) {
      if (!articles.has(ev.articleId)) {
        dangling++;
        continue;
      }
      fact.slots.push({
        a: ev.articleId, s: ev.sentence, st: ev.start, en: ev.end, n: ev.negated ?? !!r.negated, h: ev.hedged ?? !!r.hedged,
        t: ev.occurredAt ?? '', tp: ev.occurredAt ? (ev.occurredAtPrecision ?? 'day') : '',
      });
      mention(ev.articleId, s);
      if (!objectTopic) mention(ev.articleId, o);
    }
  }
  for (const f of facts.values()) {
    Object.assign(f.row, toArrays(f.slots), { articles: sortedUnique(f.slots.map((x) => x.a)) });
  }
  const relations = [...groups.values()]
    .map((g) => ({ ...g, rows: g.rows.filter((r) => r.aids.length > 0) }))
    .filter((g) => g.rows.length > 0);

  // An entity nobody mentions would be an orphan no retraction could reach: attach it to the only
  // article when there is exactly one, otherwise leave it out.
  const mentioned = new Set<string>();
  for (const m of mentionCounts.values()) for (const id of m.keys()) mentioned.add(id);
  const only = articles.size === 1 ? [...articles.keys()][0] : undefined;
  for (const e of x.entities) {
    if (!mentioned.has(e.id) && only) {
      mention(only, e.id, true);
      mentioned.add(e.id);
    }
  }

  const entities = new Map<EntityType, EntityRow[]>();
  for (const e of x.entities) {
    if (!mentioned.has(e.id) || !(ENTITY_TYPES as readonly string[]).includes(e.type)) continue;
    const list = entities.get(e.type) ?? [];
    if (!entities.has(e.type)) entities.set(e.type, list);
    list.push({ id: e.id, name: e.name, type: e.type, aliases: sortedUnique(e.aliases ?? []) });
  }

  const mentions: MentionRow[] = [];
  for (const [article, m] of mentionCounts) {
    for (const [entity, count] of m) mentions.push({ article, entity, count: Math.max(1, count) });
  }

  return {
    articles: [...articles.values()].map(articleRow),
    entities,
    topics: [...usedTopics].sort().map((id) => ({ id, name: topicNames.get(id) ?? topicName(id) })),
    reports,
    relations,
    mentions,
    dangling,
  };
}

/** Splits rows into chunks so one statement never carries an unbounded parameter list. */
export function chunk<T>(rows: readonly T[], size: number): T[][] {
  if (size < 1) throw new Error('chunk size must be positive');
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
