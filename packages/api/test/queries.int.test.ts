/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON */
// How GraphQL requests compile to Cypher: batching per level (no N+1), limits enforced before any
// statement, and snapshots of the statements each request runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, ids } from './fixture.js';
import { generatedGraph } from './generated.js';
import { nodes, resetGraph, startTestApi, type TestApi } from './helpers.js';
import { writeExtraction } from '@kg/store';

const PEOPLE = 25;
const CLAIMS_EACH = 3;
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi(null, { config: { maxDepth: 15, maxComplexity: 25_000 } });
  await resetGraph(api.driver, fixture);
  await writeExtraction(api.driver, generatedGraph(PEOPLE, CLAIMS_EACH));
});

afterAll(async () => {
  await api?.close();
});

describe('batching', () => {
  it('a page of 20 entities with claims → reportedIn and relations → object runs one statement per level', async () => {
    const res = await api.run(`{
      search(text: "generated", types: [Person], first: 20) { edges { node {
        id name
        claims(first: 5) { totalCount edges { node { text outletCount speaker { id } reportedIn { edges { node { title source } } } } } }
        relations(first: 5) { edges { node { predicate object { ... on Entity { id name } } } } }
      } } }
    }`);
    expect(res.errors).toBeUndefined();
    const people = nodes<any>((res.data as any).search);
    expect(people).toHaveLength(20);
    for (const p of people) {
      const claims = nodes<any>(p.claims);
      expect(p.claims.totalCount).toBe(CLAIMS_EACH);
      for (const c of claims) {
        expect(c.speaker.id).toBe(p.id);
        expect(c.outletCount).toBe(2);
        expect(nodes<any>(c.reportedIn).map((a) => a.source).sort()).toEqual(['Gen Outlet A', 'Gen Outlet B']);
      }
      const rels = nodes<any>(p.relations);
      expect(rels.some((r) => r.predicate === 'URGED' && r.object.id !== p.id)).toBe(true);
    }
    // search, then claims (their speakers and reports ride along) and relations (objects ride along)
    expect(api.queries.map((q) => q.name).sort()).toEqual(['entityClaims+speaker+reports', 'entityRelations', 'searchEntities']);
  });

  it('reportedIn reads the same through its own batched loader as when it rides along', async () => {
    const ids3 = ['gen-claim-0-0', 'gen-claim-1-0', 'gen-claim-2-1'];
    const sel = `id reportedIn(first: 1, after: null) { totalCount pageInfo { hasNextPage } edges { date cue node { id source } evidence { articleId start } } }`;
    const viaLoader = await api.run(`query($a: ID!, $b: ID!, $c: ID!) { a: claim(id: $a) { ${sel} } b: claim(id: $b) { ${sel} } c: claim(id: $c) { ${sel} } }`, {
      a: ids3[0], b: ids3[1], c: ids3[2],
    });
    expect(viaLoader.errors).toBeUndefined();
    expect(api.queries.map((q) => q.name)).toEqual(['claimsById', 'claimReports']);
    const embedded = await api.run(`{ claims(filter: { speaker: "person:generated-000" }, first: 50) { edges { node { ${sel} } } } }`);
    expect(api.queries.map((q) => q.name)).toEqual(['filterClaims:speaker+reports+wording']);
    // and the speaker rides along only when selected
    const withSpeaker = await api.run(`{ claims(filter: { speaker: "person:generated-000" }) { edges { node { speaker { name } } } } }`);
    expect(api.queries.map((q) => q.name)).toEqual(['filterClaims:speaker+speaker']);
    expect(nodes<any>((withSpeaker.data as any).claims).every((c) => c.speaker.name === 'Generated Person 000')).toBe(true);
    const byId = new Map(nodes<any>((embedded.data as any).claims).map((c) => [c.id, c]));
    expect((viaLoader.data as any).a).toEqual(byId.get(ids3[0]));
    expect((viaLoader.data as any).a.reportedIn.pageInfo.hasNextPage).toBe(true);
  });

  it('entity(id) with lists needs no separate lookup: the list statements bring the entity', async () => {
    const res = await api.run(`query($id: ID!) { entity(id: $id) { name type claims(first: 2) { totalCount } articles { totalCount } } }`, { id: ids.alice });
    expect(res.errors).toBeUndefined();
    expect((res.data as any).entity).toMatchObject({ name: 'Alice Ames', type: 'Person', claims: { totalCount: 2 } });
    expect(api.queries.map((q) => q.name).sort()).toEqual(['entityArticles', 'entityClaims']);
    const plain = await api.run(`query($id: ID!) { entity(id: $id) { name } }`, { id: ids.alice });
    expect((plain.data as any).entity.name).toBe('Alice Ames');
    expect(api.queries.map((q) => q.name)).toEqual(['nodesById']);
    const missing = await api.run(`{ entity(id: "person:nobody") { claims { totalCount } } }`);
    expect(missing.errors).toBeUndefined();
    expect((missing.data as any).entity).toBeNull();
    expect(api.queries.map((q) => q.name)).toEqual(['entityClaims', 'nodesById']);
  });

  it('one statement per level also two levels of neighbours deep', async () => {
    const res = await api.run(`query($id: ID!) { entity(id: $id) {
      neighbors(first: 10) { edges { node { id neighbors(first: 10) { edges { node { id claims(first: 2) { totalCount } } } } } } }
    } }`, { id: 'person:generated-000' });
    expect(res.errors).toBeUndefined();
    expect(api.queries.map((q) => q.name).sort()).toEqual(['entityClaims', 'entityNeighbors1', 'entityNeighbors1']);
  });
});

describe('limits are enforced before any Cypher runs', () => {
  it('rejects a too-deep query with QUERY_TOO_DEEP', async () => {
    let q = '{ id }';
    for (let i = 0; i < 8; i++) q = `{ neighbors(first: 1) { edges { node ${q} } } }`;
    const res = await api.run(`query { entity(id: "${ids.alice}") ${q} }`);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(api.queries).toHaveLength(0);
  });

  it('rejects a too-complex query with QUERY_TOO_COMPLEX, variables included', async () => {
    const res = await api.run(
      `query($n: Int) { search(text: "a", first: $n) { edges { node { neighbors(first: $n) { edges { node { claims(first: $n) { edges { node { text } } } } } } } } } }`,
      { n: 100 },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.errors?.[0]?.message).toMatch(/complexity \d+ exceeds the limit of 25000/);
    expect(api.queries).toHaveLength(0);
    // the same shape with small pages is fine
    const ok = await api.run(
      `query($n: Int) { search(text: "generated", first: $n) { edges { node { neighbors(first: $n) { edges { node { claims(first: $n) { edges { node { text } } } } } } } } } }`,
      { n: 3 },
    );
    expect(ok.errors).toBeUndefined();
    expect(api.queries.length).toBeGreaterThan(0);
  });

  it('rejects `first` above the maximum with BAD_USER_INPUT', async () => {
    const res = await api.run(`{ claims(first: 101) { totalCount } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(api.queries).toHaveLength(0);
  });

  it('rejects an invalid cursor with BAD_USER_INPUT', async () => {
    const res = await api.run(`{ claims(after: "not-a-cursor") { totalCount } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(api.queries).toHaveLength(0);
  });
});

describe('user input only travels as parameters', () => {
  it('hostile strings reach Neo4j as parameters, never in the statement text', async () => {
    const evil = `x"}) DETACH DELETE n //' OR 1=1`;
    const res = await api.run(`query($e: String!) {
      search(text: $e) { totalCount }
      entityByName(name: $e) { id }
      claims(filter: { speaker: $e, text: $e }) { totalCount }
      relations(filter: { subject: $e }) { totalCount }
    }`, { e: evil });
    expect(res.errors).toBeUndefined();
    expect(api.queries.length).toBeGreaterThanOrEqual(4);
    for (const q of api.queries) {
      expect(q.text).not.toContain('DETACH');
      expect(q.text).not.toContain('1=1');
    }
    const still = await api.run(`{ entity(id: "${ids.alice}") { id } }`);
    expect((still.data as any).entity.id).toBe(ids.alice);
  });
});

describe('compiled Cypher (snapshots)', () => {
  const requests: Record<string, [string, Record<string, unknown>?]> = {
    search: [`{ search(text: "ames") { edges { node { id } } } }`],
    entityWithClaims: [
      `query($id: ID!) { entity(id: $id) { name claims { edges { node { text outletCount reportedIn { edges { node { title source } } } } } } } }`,
      { id: ids.alice },
    ],
    entityByNameAbout: [`{ entityByName(name: "Sylvania") { claimsAbout { edges { node { text speaker { name } about { edges { node { __typename } } } } } } } }`],
    relationsAndNeighbors: [
      `query($id: ID!) { entity(id: $id) { relations(direction: OUTGOING) { edges { node { predicate evidence { edges { node { sentence article { title } } } } } } } neighbors(depth: 2) { edges { distance node { id } } } articles { totalCount } } }`,
      { id: ids.bob },
    ],
    claimsFilter: [`{ claims(filter: { speaker: "${ids.alice}", from: "2023-01-01", to: "2023-12-31" }) { edges { node { text } } } }`],
    claimsText: [`{ claims(filter: { text: "sanctions", kind: indirect }) { edges { node { text } } } }`],
    relationsFilter: [`{ relations(filter: { predicate: [URGED], object: "${ids.sylvania}" }) { edges { node { id } } } }`],
    paths: [`{ paths(from: "${ids.alice}", to: "${ids.freedonia}", maxHops: 4) { edges { node { steps { relation { predicate } } } } } }`],
    neighborhood: [`{ neighborhood(id: "${ids.bob}", depth: 2, limit: 20, claims: 5) { nodes { id date } edges { id date evidenceSentences { sentence article { title source } } } } }`],
    timeline: [`{ timeline(entity: "${ids.alice}") { edges { date node { __typename } } } }`],
    article: [`{ article(id: "${ids.a1}") { claims { edges { node { id } } } mentions { edges { count node { id } } } } }`],
  };

  for (const [name, [query, variables]] of Object.entries(requests)) {
    it(name, async () => {
      const res = await api.run(query, variables);
      expect(res.errors).toBeUndefined();
      const compiled = api.queries.map((q) => ({ name: q.name, params: Object.keys(q.params).sort(), cypher: q.text }));
      expect(compiled).toMatchSnapshot();
    });
  }
});
