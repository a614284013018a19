/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON */
// ingestArticle / retractArticle through the real extractor and store.
import { readFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleId } from '@kg/ontology';
import { startTestApi, resetGraph, nodes, type TestApi } from './helpers.js';

const SEEDS = new URL('../../../seeds/', import.meta.url);
let api: TestApi;
let text: string;

beforeAll(async () => {
  api = await startTestApi(null, { config: { apiKey: 'test-writer-key' } });
  await resetGraph(api.driver);
  const first = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()[0]!;
  text = await readFile(new URL(first, SEEDS), 'utf8');
});

afterAll(async () => {
  await api?.close();
});

const INGEST = `mutation($text: String!, $title: String, $source: String, $publishedAt: LocalDate, $url: String) {
  ingestArticle(text: $text, title: $title, source: $source, publishedAt: $publishedAt, url: $url) {
    article { id title source publishedAt url }
    entities { id name type }
    claims { id text speaker { id } outletCount }
    relations { predicate subject { id } object { ... on Entity { id } } evidenceCount }
    stats
  } }`;

describe('mutations', () => {
  it('refuses to ingest without the API key, and nothing is stored', async () => {
    const res = await api.run(INGEST, { text });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const check = await api.run(`query($id: ID!) { article(id: $id) { id } }`, { id: articleId(text) });
    expect((check.data as any).article).toBeNull();
  });

  it('ingests an article and returns what was extracted and stored', async () => {
    const vars = { text, title: 'A seed article', source: 'Test Outlet', publishedAt: '2023-05-01', url: 'https://example.org/seed' };
    const res = await api.run(INGEST, vars, { apiKey: 'test-writer-key' });
    expect(res.errors).toBeUndefined();
    const r = (res.data as any).ingestArticle;
    expect(r.article).toEqual({ id: articleId(text), title: vars.title, source: vars.source, publishedAt: vars.publishedAt, url: vars.url });
    expect(r.entities.length).toBeGreaterThan(0);
    expect(r.claims.length).toBeGreaterThan(0);
    const entityIds = new Set(r.entities.map((e: any) => e.id));
    for (const c of r.claims) {
      expect(entityIds.has(c.speaker.id)).toBe(true);
      expect(c.outletCount).toBe(1);
    }
    for (const rel of r.relations) expect(rel.evidenceCount).toBeGreaterThan(0);

    // the stored graph answers reads with the same facts
    const read = await api.run(`query($id: ID!) { article(id: $id) { claims(first: 100) { totalCount edges { node { id } } } mentions(first: 100) { totalCount } } }`, {
      id: r.article.id,
    });
    const stored = (read.data as any).article;
    expect(nodes<any>(stored.claims).map((c) => c.id).sort()).toEqual(r.claims.map((c: any) => c.id).sort());
    expect(stored.mentions.totalCount).toBeGreaterThanOrEqual(1);
  });

  it('retracts the article', async () => {
    const id = articleId(text);
    const denied = await api.run(`mutation($id: ID!) { retractArticle(id: $id) { retracted } }`, { id });
    expect(denied.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const res = await api.run(`mutation($id: ID!) { retractArticle(id: $id) { articleId retracted stats } }`, { id }, { apiKey: 'test-writer-key' });
    expect(res.errors).toBeUndefined();
    expect((res.data as any).retractArticle).toMatchObject({ articleId: id, retracted: true });
    const gone = await api.run(`query($id: ID!) { article(id: $id) { id } claims { totalCount } }`, { id });
    expect((gone.data as any).article).toBeNull();
    expect((gone.data as any).claims.totalCount).toBe(0);
  });

  it('rejects empty text, and text the extractor refuses, as BAD_USER_INPUT', async () => {
    const res = await api.run(INGEST, { text: '   ' }, { apiKey: 'test-writer-key' });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const binary = await api.run(INGEST, { text: '\u0001\u0002\u0003\u0004'.repeat(200) }, { apiKey: 'test-writer-key' });
    expect(binary.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(binary.errors?.[0]?.extensions?.reason).toBe('binary');
  });
});
