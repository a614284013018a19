import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { countGraph, dumpGraph, ensureSchema, retractArticle, warmWriter, writeExtraction } from '../src/index.js';
import { A, B, C, extractionA, extractionB, extractionC, merge } from './fixtures.js';
import { freshDatabase, query } from './helpers.js';

let driver: Driver;
beforeAll(async () => {
  driver = await freshDatabase();
});
afterAll(async () => {
  await driver?.close();
});

describe('warmWriter', () => {
  it('plans every statement with rows of the shapes the writer sends, and leaves the graph as it was', async () => {
    await ensureSchema(driver);
    const before = await dumpGraph(driver);
    await warmWriter(driver);
    expect(await dumpGraph(driver)).toEqual(before);
  });
});

describe('ensureSchema', () => {
  it('creates the uniqueness constraints and indexes, idempotently', async () => {
    await ensureSchema(driver);
    const constraints = await query<{ label: string; prop: string }>(
      driver,
      "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties[0] AS prop",
    );
    const pairs = constraints.map((c) => `${c.label}.${c.prop}`).sort();
    expect(pairs).toEqual(['Article.id', 'Claim.id', 'Entity.id', 'KgWriteLock.id', 'Topic.id']);
    const indexes = await query<{ name: string; type: string; label: string; props: string[] }>(
      driver,
      'SHOW INDEXES YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes[0] AS label, properties AS props',
    );
    const has = (label: string, prop: string) => indexes.some((i) => i.label === label && i.props.includes(prop) && i.type === 'RANGE');
    for (const [l, p] of [['Article', 'path'], ['Article', 'url'], ['Claim', 'speakerId'], ['Claim', 'date'], ['Entity', 'name']] as const) {
      expect(has(l, p), `${l}.${p}`).toBe(true);
    }
    expect(indexes.find((i) => i.name === 'entityNames')).toMatchObject({ type: 'FULLTEXT', props: ['name', 'aliases'] });
    expect(indexes.find((i) => i.name === 'entityKeys')).toMatchObject({ type: 'FULLTEXT', props: ['keys'] });
    expect(indexes.find((i) => i.name === 'claimText')).toMatchObject({ type: 'FULLTEXT', props: ['text'] });
  });

  it('full-text search finds entities by an element of the aliases list', async () => {
    await writeExtraction(driver, extractionB());
    await query(driver, 'CALL db.awaitIndexes(60)');
    const hits = await query<{ id: string }>(
      driver,
      "CALL db.index.fulltext.queryNodes('entityNames', $q) YIELD node RETURN node.id AS id",
      { q: 'Ruritanian' },
    );
    expect(hits.map((h) => h.id)).toContain('country:ruritania');
  });
});

describe('writeExtraction', () => {
  beforeEach(async () => {
    await query(driver, 'MATCH (n) DETACH DELETE n');
  });

  it('stores entities with their type label, claims with provenance, relations with evidence', async () => {
    const stats = await writeExtraction(driver, merge(extractionA(), extractionB(), extractionC()));
    expect(stats.articles).toBe(3);
    const counts = await countGraph(driver);
    expect(counts.byLabel).toMatchObject({ Article: 3, Entity: 4, Country: 2, Person: 1, Place: 1 });
    const [berg] = await query<{ labels: string[]; aliases: string[] }>(driver, "MATCH (e:Entity {id: 'person:anna-berg'}) RETURN labels(e) AS labels, e.aliases AS aliases");
    expect(berg?.labels.sort()).toEqual(['Entity', 'Person']);
    expect(berg?.aliases).toEqual(['Anna Berg', 'Berg']);
    const [urged] = await query<Record<string, unknown>>(
      driver,
      "MATCH (:Entity {id: 'country:ruritania'})-[r:URGED]->(:Entity {id: 'country:freedonia'}) RETURN properties(r) AS p",
    );
    expect(urged?.p).toMatchObject({ articleId: A, evidenceArticleIds: [A], start: 0, end: 42, negated: false, hedged: false, articleCount: 1 });
    const mentions = await query<{ n: number }>(driver, 'MATCH (a:Article {id: $id})-[:MENTIONS]->() RETURN count(*) AS n', { id: C });
    expect(mentions[0]?.n).toBe(3);
  });

  it('corroborates the same statement by the same speaker across articles into one claim', async () => {
    await writeExtraction(driver, extractionA());
    await writeExtraction(driver, extractionB());
    const claims = await query<{ id: string; outlets: string[]; outletCount: number; articleCount: number; reports: string[] }>(
      driver,
      `MATCH (c:Claim)-[r:REPORTED_IN]->(a:Article)
       WITH c, collect(r.text) AS reports
       RETURN c.id AS id, c.outlets AS outlets, c.outletCount AS outletCount, c.articleCount AS articleCount, reports`,
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ outletCount: 2, articleCount: 2, outlets: ['Daily Planet', 'Morning Star'] });
    expect(new Set(claims[0]?.reports).size).toBe(2);
  });

  it('is idempotent: writing the same extraction again leaves the identical graph', async () => {
    const x = merge(extractionA(), extractionB(), extractionC());
    await writeExtraction(driver, x);
    const once = await dumpGraph(driver);
    await writeExtraction(driver, x);
    await writeExtraction(driver, extractionB());
    expect(await dumpGraph(driver)).toEqual(once);
  });
});

describe('retractArticle', () => {
  beforeEach(async () => {
    await query(driver, 'MATCH (n) DETACH DELETE n');
    await writeExtraction(driver, extractionA());
    await writeExtraction(driver, extractionB());
    await writeExtraction(driver, extractionC());
  });

  it('keeps facts another article supports, with that article’s evidence only', async () => {
    const res = await retractArticle(driver, A);
    expect(res.ids).toEqual([A]);
    const [role] = await query<{ ids: string[]; first: string; count: number }>(
      driver,
      "MATCH (:Person {id: 'person:anna-berg'})-[r:HOLDS_ROLE]->() RETURN r.evidenceArticleIds AS ids, r.articleId AS first, r.articleCount AS count",
    );
    expect(role).toEqual({ ids: [B], first: B, count: 1 });
    const urged = await query(driver, 'MATCH ()-[r:URGED]->() RETURN r');
    expect(urged).toHaveLength(0);
    const [claim] = await query<{ text: string; outlets: string[]; n: number }>(
      driver,
      'MATCH (c:Claim) RETURN c.text AS text, c.outlets AS outlets, c.articleCount AS n',
    );
    // The founding wording came from A; the claim now carries B's wording.
    expect(claim).toEqual({ text: extractionB().claims[0]?.text, outlets: ['Morning Star'], n: 1 });
    expect(await query(driver, 'MATCH (a:Article {id: $id}) RETURN a', { id: A })).toHaveLength(0);
  });

  it('re-derives SAID and ABOUT from the reports left: evidence, article count, unsupported ABOUT deleted', async () => {
    const links = () =>
      query<{ type: string; target: string; articleId: string; sentence: string; count: number }>(
        driver,
        `MATCH (c:Claim)-[r:SAID|ABOUT]-(x:Entity)
         RETURN type(r) AS type, x.id AS target, r.articleId AS articleId, r.sentence AS sentence, r.articleCount AS count
         ORDER BY type, target`,
      );
    const claimB = extractionB().claims[0]!;
    const freedonia = claimB.about[0]!;
    // A founded the claim (about nothing); B's report adds ABOUT Freedonia, and lists it on its REPORTED_IN.
    expect(await links()).toEqual([
      { type: 'ABOUT', target: freedonia, articleId: B, sentence: claimB.sentence, count: 1 },
      { type: 'SAID', target: 'person:anna-berg', articleId: A, sentence: extractionA().claims[0]!.sentence, count: 2 },
    ]);
    const [rep] = await query<{ about: string[] }>(driver, 'MATCH (:Claim)-[r:REPORTED_IN]->(:Article {id: $id}) RETURN r.about AS about', { id: B });
    expect(rep?.about).toEqual([freedonia]);

    await retractArticle(driver, A);
    expect(await links()).toEqual([
      { type: 'ABOUT', target: freedonia, articleId: B, sentence: claimB.sentence, count: 1 },
      { type: 'SAID', target: 'person:anna-berg', articleId: B, sentence: claimB.sentence, count: 1 },
    ]);
    await writeExtraction(driver, extractionA());
    await retractArticle(driver, B);
    expect(await links()).toEqual([
      { type: 'SAID', target: 'person:anna-berg', articleId: A, sentence: extractionA().claims[0]!.sentence, count: 1 },
    ]);
  });

  it('deletes claims and entities nothing supports any more, by path or url', async () => {
    await retractArticle(driver, '/tmp/c.txt');
    expect(await query(driver, "MATCH (e:Entity {id: 'place:geneva'}) RETURN e")).toHaveLength(0);
    expect(await query(driver, 'MATCH ()-[r:MET_WITH]->() RETURN r')).toHaveLength(0);
    await retractArticle(driver, 'https://example.org/b');
    await retractArticle(driver, A);
    const counts = await countGraph(driver);
    expect(counts.nodes).toBe(0);
    expect(counts.relationships).toBe(0);
  });

  it('retracting then re-writing an article restores the graph', async () => {
    const before = await dumpGraph(driver);
    await retractArticle(driver, C);
    await writeExtraction(driver, extractionC());
    expect(await dumpGraph(driver)).toEqual(before);
  });

  it('replaces an old version in the same transaction as the new one is written', async () => {
    const newer = extractionC();
    const id = 'newer-version-of-c';
    newer.articles = [{ ...newer.articles[0]!, id }];
    newer.entities = newer.entities.map((e) => ({ ...e, mentionedIn: [id] }));
    newer.relations = newer.relations.map((r) => ({ ...r, predicate: 'COOPERATED_WITH' as const, evidence: r.evidence.map((e) => ({ ...e, articleId: id })) }));
    const stats = await writeExtraction(driver, newer, { replaces: [C] });
    expect(stats.replaced).toBe(1);
    expect(await query(driver, 'MATCH (a:Article {id: $id}) RETURN a', { id: C })).toHaveLength(0);
    expect(await query(driver, 'MATCH ()-[r:MET_WITH]->() RETURN r')).toHaveLength(0);
    expect(await query(driver, 'MATCH ()-[r:COOPERATED_WITH]->() RETURN r')).toHaveLength(1);
  });
});
