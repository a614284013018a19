/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON */
// The seed articles through the real extractor and store. Extractor output is not hand-checked
// here, so the assertions are structural: every answer agrees with the graph's own shape.
import { readFile, readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractCorpus } from '@kg/extractor';
import { dataOf, nodes, resetGraph, startTestApi, type TestApi } from './helpers.js';

const SEEDS = new URL('../../../seeds/', import.meta.url);
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi(null);
  const files = (await readdir(SEEDS)).filter((f) => f.endsWith('.txt')).sort();
  const docs = await Promise.all(files.map(async (f) => ({ text: await readFile(new URL(f, SEEDS), 'utf8'), meta: { path: `seeds/${f}` } })));
  const { extraction } = extractCorpus(docs);
  await resetGraph(api.driver, extraction);
});

afterAll(async () => {
  await api?.close();
});

const data = (query: string, variables?: Record<string, unknown>) => dataOf(api, query, variables);

describe('seed articles', () => {
  it('Mao Ning is found by name and search and said at least one claim', async () => {
    const d = await data(`{ entityByName(name: "mao ning") { id __typename claims(first: 50) { totalCount edges { node { text speaker { id }
      outletCount outlets reportedIn { totalCount edges { node { id source } } } } } } } search(text: "Mao Ning", types: [Person]) { edges { node { id } } } }`);
    const mao = d.entityByName;
    expect(mao.__typename).toBe('Person');
    expect(nodes<any>(d.search).map((n) => n.id)).toContain(mao.id);
    expect(mao.claims.totalCount).toBeGreaterThanOrEqual(1);
    for (const c of nodes<any>(mao.claims)) {
      expect(c.speaker.id).toBe(mao.id);
      expect(c.reportedIn.totalCount).toBeGreaterThanOrEqual(1);
      expect(c.outletCount).toBe(new Set(c.reportedIn.edges.map((e: any) => e.node.source).filter(Boolean)).size);
    }
  });

  it('claims about an entity are said by someone else and list it among their subjects', async () => {
    const d = await data(`{ search(text: "United States", types: [Country], first: 1) { edges { node { id claimsAbout(first: 20) { edges { node {
      speaker { id } about(first: 50) { edges { node { ... on Entity { id } ... on Topic { id } } } } } } } } } } }`);
    const us = nodes<any>(d.search)[0];
    expect(us).toBeDefined();
    for (const c of nodes<any>(us.claimsAbout)) {
      expect(c.speaker.id).not.toBe(us.id);
      expect(nodes<any>(c.about).map((a) => a.id)).toContain(us.id);
    }
  });

  it('neighbourhood edges join nodes of the view; timeline is in date order', async () => {
    const d = await data(`{ search(text: "China", types: [Country], first: 1) { edges { node { id } } } }`);
    const china = nodes<any>(d.search)[0].id;
    const g = (await data(`query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 40, claims: 5) { nodes { id type } edges { source target type } } }`, { id: china }))
      .neighborhood;
    expect(g.nodes[0].id).toBe(china);
    const inView = new Set(g.nodes.map((n: any) => n.id));
    for (const e of g.edges) {
      expect(inView.has(e.source)).toBe(true);
      expect(inView.has(e.target)).toBe(true);
    }
    const t = (await data(`query($id: ID!) { timeline(entity: $id, first: 100) { edges { date } } }`, { id: china })).timeline;
    const dates = t.edges.map((e: any) => e.date).filter(Boolean);
    expect([...dates].sort()).toEqual(dates);
  });

  it('paths between two related entities step along stored relations', async () => {
    const r = (await data(`{ relations(first: 100) { edges { node { subject { id } object { ... on Entity { id } } } } } }`)).relations;
    const rel = nodes<any>(r).find((x) => x.object?.id && x.object.id !== x.subject.id);
    expect(rel).toBeDefined();
    const p = (await data(`query($a: ID!, $b: ID!) { paths(from: $a, to: $b) { edges { node { length steps { from { id } to { id } } } } } }`, {
      a: rel.subject.id,
      b: rel.object.id,
    })).paths;
    expect(nodes<any>(p)[0].length).toBe(1);
  });
});
