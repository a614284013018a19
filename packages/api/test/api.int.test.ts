/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, ids, claimDate, dateOf } from './fixture.js';
import { dataOf, nodes, startTestApi, type TestApi } from './helpers.js';
import { mentionedIn, neighborsOf, relationsOf, shortestPathsOf, stored } from './expected.js';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi(fixture);
});

afterAll(async () => {
  await api?.close();
});

const data = (query: string, variables?: Record<string, unknown>) => dataOf(api, query, variables);

const claimsBy = (speaker: string) => fixture.claims.filter((c) => c.speaker === speaker);
const newestFirst = (claimIds: string[]) =>
  [...claimIds].sort((a, b) => claimDate(b).localeCompare(claimDate(a)) || a.localeCompare(b));
const entityName = (id: string) => fixture.entities.find((e) => e.id === id)?.name ?? fixture.topics?.find((t) => t.id === id)?.name;

describe('search', () => {
  it('ranks name and alias matches and filters by type', async () => {
    const d = await data(`{ search(text: "ames", first: 5) { totalCount edges { score node { id name type } } } }`);
    expect(d.search.edges[0].node).toEqual({ id: ids.alice, name: 'Alice Ames', type: 'Person' });
    const scores = d.search.edges.map((e: any) => e.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);

    const all = await data(`{ search(text: "Freedonia") { totalCount edges { node { id } } } }`);
    const expected = fixture.entities.filter((e) => [e.name, ...e.aliases].some((n) => /freedonia/i.test(n))).map((e) => e.id);
    expect(nodes<any>(all.search).map((n) => n.id).sort()).toEqual(expected.sort());
    expect(all.search.totalCount).toBe(expected.length);

    const orgs = await data(`{ search(text: "Freedonia", types: [Organization]) { totalCount edges { node { id __typename } } } }`);
    expect(nodes(orgs.search)).toEqual([{ id: ids.ministry, __typename: 'Organization' }]);
  });

  it('pages with cursors', async () => {
    const q = `query($after: String) { search(text: "Freedonia", first: 1, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`;
    const p1 = await data(q);
    expect(p1.search.pageInfo.hasNextPage).toBe(true);
    const p2 = await data(q, { after: p1.search.pageInfo.endCursor });
    expect(p2.search.pageInfo.hasNextPage).toBe(false);
    expect(p2.search.totalCount).toBe(p1.search.totalCount);
    expect(nodes<any>(p2.search)[0].id).not.toBe(nodes<any>(p1.search)[0].id);
  });
});

describe('entity lookups', () => {
  it('entity(id) resolves the concrete type', async () => {
    const d = await data(`query($id: ID!) { entity(id: $id) { __typename id name aliases type labels } }`, { id: ids.bob });
    const bob = fixture.entities.find((e) => e.id === ids.bob)!;
    expect(d.entity.__typename).toBe('Person');
    expect(d.entity.name).toBe(bob.name);
    expect([...d.entity.aliases].sort()).toEqual([...bob.aliases].sort());
    expect(d.entity.labels).toEqual(expect.arrayContaining(['Entity', 'Person']));
    const none = await data(`{ entity(id: "person:nobody") { id } }`);
    expect(none.entity).toBeNull();
    const topic = await data(`query($id: ID!) { entity(id: $id) { id } }`, { id: ids.trade });
    expect(topic.entity).toBeNull();
  });

  it('entityByName resolves any alias, case-insensitively', async () => {
    for (const [name, id] of [
      ['minister AMES', ids.alice],
      ['alice ames', ids.alice],
      ['THE FREEDONIAN SIDE', ids.freedonia],
      ['  Bob   Brown ', ids.bob],
    ] as const) {
      const d = await data(`query($n: String!) { entityByName(name: $n) { id } }`, { n: name });
      expect(d.entityByName?.id, name).toBe(id);
    }
    const none = await data(`{ entityByName(name: "Nobody At All") { id } }`);
    expect(none.entityByName).toBeNull();
  });
});

describe('entity fields', () => {
  it('claims: what the entity said, newest first, with outlets and articles', async () => {
    const d = await data(`query($id: ID!) { entity(id: $id) { claims { totalCount edges { node {
      id text date kind outletCount outlets speaker { id }
      reportedIn { totalCount edges { text cue date node { id source publishedAt } evidence { articleId sentence start end } } }
    } } } } }`, { id: ids.alice });
    const mine = claimsBy(ids.alice);
    const got = nodes<any>(d.entity.claims);
    expect(d.entity.claims.totalCount).toBe(mine.length);
    expect(got.map((c) => c.id)).toEqual(newestFirst(mine.map((c) => c.id)));
    for (const c of got) {
      const src = mine.find((m) => m.id === c.id)!;
      expect(c.text).toBe(src.text);
      expect(c.kind).toBe(src.kind);
      expect(c.date).toBe(claimDate(c.id));
      expect(c.speaker.id).toBe(ids.alice);
      const sources = src.articles.map((a) => fixture.articles.find((x) => x.id === a)!.source);
      expect(c.outletCount).toBe(new Set(sources).size);
      expect([...c.outlets].sort()).toEqual([...new Set(sources)].sort());
      expect(c.reportedIn.totalCount).toBe(src.articles.length);
      // oldest report first
      expect(c.reportedIn.edges.map((e: any) => e.node.id)).toEqual([...src.articles].sort((a, b) => dateOf(a).localeCompare(dateOf(b))));
      for (const e of c.reportedIn.edges) {
        const evidence = src.evidence!.find((x) => x.articleId === e.node.id)!;
        expect(e.evidence).toEqual({ articleId: e.node.id, sentence: evidence.sentence, start: evidence.start, end: evidence.end });
        expect(e.cue).toBe(src.cue);
        expect(e.date).toBe(dateOf(e.node.id));
      }
    }
  });

  it('claimsAbout: what others said about the entity', async () => {
    const d = await data(`query($id: ID!) { entity(id: $id) { claimsAbout(first: 20) { totalCount edges { node { id speaker { id } } } } } }`, {
      id: ids.sylvania,
    });
    const expected = fixture.claims.filter((c) => c.about.includes(ids.sylvania) && c.speaker !== ids.sylvania).map((c) => c.id);
    expect(nodes<any>(d.entity.claimsAbout).map((c) => c.id)).toEqual(newestFirst(expected));
    expect(d.entity.claimsAbout.totalCount).toBe(expected.length);
  });

  it('claims can be limited to a date range', async () => {
    const d = await data(`query($id: ID!) { entity(id: $id) { claims(from: "2023-02-01", to: "2023-12-31") { edges { node { id date } } } } }`, {
      id: ids.alice,
    });
    const expected = claimsBy(ids.alice).filter((c) => claimDate(c.id) >= '2023-02-01').map((c) => c.id);
    expect(nodes<any>(d.entity.claims).map((c) => c.id)).toEqual(newestFirst(expected));
  });

  it('relations: by direction and predicate, symmetric predicates both ways', async () => {
    const q = `query($id: ID!, $dir: Direction, $p: [Predicate!]) { entity(id: $id) {
      relations(direction: $dir, predicates: $p, first: 50) { totalCount edges { node {
        id predicate negated hedged title articleCount evidenceCount
        subject { id } object { ... on Entity { id } ... on Topic { id } }
        evidence { edges { node { articleId sentence article { id source } } } }
      } } } } }`;
    for (const dir of ['BOTH', 'OUTGOING', 'INCOMING'] as const) {
      const d = await data(q, { id: ids.bob, dir });
      const expected = relationsOf(fixture, ids.bob, dir);
      const got = nodes<any>(d.entity.relations);
      expect(got.map((r) => `${r.subject.id} ${r.predicate} ${r.object.id}`).sort(), dir).toEqual(
        expected.map((r) => `${r.subject} ${r.predicate} ${r.object}`).sort(),
      );
      for (const r of got) {
        const src = expected.find((e) => e.subject === r.subject.id && e.predicate === r.predicate && e.object === r.object.id)!;
        expect(r.negated).toBe(src.negated);
        expect(r.hedged).toBe(src.hedged);
        expect(r.evidenceCount).toBe(src.evidence.length);
        expect(nodes<any>(r.evidence).map((e) => e.sentence)).toEqual(src.evidence.map((e) => e.sentence));
        for (const e of nodes<any>(r.evidence)) expect(e.article.id).toBe(e.articleId);
      }
    }
    const only = await data(q, { id: ids.bob, dir: 'BOTH', p: ['SANCTIONED'] });
    expect(nodes<any>(only.entity.relations).map((r) => r.predicate)).toEqual(['SANCTIONED']);
    const role = await data(q, { id: ids.alice, dir: 'OUTGOING', p: ['HOLDS_ROLE'] });
    expect(nodes<any>(role.entity.relations)[0]).toMatchObject({ title: 'spokesperson', object: { id: ids.ministry } });
  });

  it('neighbors: entities within depth, nearest first', async () => {
    for (const depth of [1, 2, 3]) {
      const d = await data(`query($id: ID!, $d: Int) { entity(id: $id) { neighbors(depth: $d, first: 50) { totalCount edges { distance node { id } } } } }`, {
        id: ids.alice,
        d: depth,
      });
      const expected = neighborsOf(fixture, ids.alice, depth);
      const got = d.entity.neighbors.edges.map((e: any) => [e.node.id, e.distance]);
      expect(new Map(got), `depth ${depth}`).toEqual(expected);
      expect(d.entity.neighbors.totalCount).toBe(expected.size);
      const distances = got.map((g: any) => g[1]);
      expect([...distances].sort()).toEqual(distances);
    }
    const filtered = await data(`query($id: ID!) { entity(id: $id) { neighbors(depth: 2, predicates: [MET_WITH]) { edges { node { id } } } } }`, {
      id: ids.alice,
    });
    expect(nodes<any>(filtered.entity.neighbors).map((n) => n.id).sort()).toEqual([...neighborsOf(fixture, ids.alice, 2, ['MET_WITH']).keys()].sort());
  });

  it('articles: where the entity is mentioned, newest first', async () => {
    const d = await data(`query($id: ID!) { entity(id: $id) { articles { totalCount edges { node { id title source publishedAt } } } } }`, {
      id: ids.bob,
    });
    const expected = fixture.articles
      .filter((a) => mentionedIn(fixture, ids.bob).has(a.id))
      .sort((a, b) => b.publishedAt!.localeCompare(a.publishedAt!));
    expect(nodes(d.entity.articles)).toEqual(expected.map((a) => ({ id: a.id, title: a.title, source: a.source, publishedAt: a.publishedAt })));
  });
});

describe('top-level claims and relations', () => {
  const q = `query($f: ClaimFilter) { claims(filter: $f, first: 50) { totalCount edges { node { id } } } }`;

  it('filters claims by speaker, subject, text, kind and dates', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ speaker: ids.alice }, claimsBy(ids.alice).map((c) => c.id)],
      [{ speaker: ids.alice, from: '2023-02-01' }, claimsBy(ids.alice).filter((c) => claimDate(c.id) >= '2023-02-01').map((c) => c.id)],
      [{ about: ids.sylvania }, fixture.claims.filter((c) => c.about.includes(ids.sylvania)).map((c) => c.id)],
      [{ about: ids.trade }, fixture.claims.filter((c) => c.about.includes(ids.trade)).map((c) => c.id)],
      [{ kind: 'direct' }, fixture.claims.filter((c) => c.kind === 'direct').map((c) => c.id)],
      [{ to: '2023-01-31' }, fixture.claims.filter((c) => claimDate(c.id) <= '2023-01-31').map((c) => c.id)],
      [{ text: 'sanctions' }, fixture.claims.filter((c) => /sanctions/i.test(c.text)).map((c) => c.id)],
      [{ text: 'sanctions', speaker: ids.bob }, []],
      [{ speaker: ids.freedonia, about: ids.sylvania }, fixture.claims.filter((c) => c.speaker === ids.freedonia && c.about.includes(ids.sylvania)).map((c) => c.id)],
    ];
    for (const [f, expected] of cases) {
      const d = await data(q, { f });
      expect(nodes<any>(d.claims).map((c) => c.id).sort(), JSON.stringify(f)).toEqual([...expected].sort());
      expect(d.claims.totalCount).toBe(expected.length);
    }
    // without text: newest first
    const all = await data(q, {});
    expect(nodes<any>(all.claims).map((c) => c.id)).toEqual(newestFirst(fixture.claims.map((c) => c.id)));
  });

  it('filters relations by predicate, subject and object', async () => {
    const rq = `query($f: RelationFilter) { relations(filter: $f, first: 50) { totalCount edges { node { predicate negated subject { id } object { ... on Entity { id } ... on Topic { id } } } } } }`;
    const all = fixture.relations.map(stored);
    const sym = (p: string) => p === 'MET_WITH' || p === 'COOPERATED_WITH';
    const cases: [Record<string, unknown>, typeof all][] = [
      [{ predicate: ['URGED'] }, all.filter((r) => r.predicate === 'URGED')],
      [{ subject: ids.sylvania }, all.filter((r) => r.subject === ids.sylvania || (sym(r.predicate) && r.object === ids.sylvania))],
      [{ object: ids.bob }, all.filter((r) => r.object === ids.bob || (sym(r.predicate) && r.subject === ids.bob))],
      [{ object: ids.trade }, all.filter((r) => r.object === ids.trade)],
      [{ negated: true }, all.filter((r) => r.negated)],
      [{ predicate: ['MET_WITH'], subject: ids.bob, object: ids.alice }, all.filter((r) => r.predicate === 'MET_WITH' && [r.subject, r.object].sort().join() === [ids.alice, ids.bob].sort().join())],
      [{}, all],
    ];
    const key = (r: { subject: any; predicate: string; object: any }) =>
      `${typeof r.subject === 'string' ? r.subject : r.subject.id} ${r.predicate} ${typeof r.object === 'string' ? r.object : r.object.id}`;
    for (const [f, expected] of cases) {
      const d = await data(rq, { f });
      expect(nodes<any>(d.relations).map(key).sort(), JSON.stringify(f)).toEqual(expected.map(key).sort());
      expect(d.relations.totalCount).toBe(expected.length);
    }
  });
});

describe('paths', () => {
  const q = `query($from: ID!, $to: ID!, $max: Int!, $p: [Predicate!]) {
    paths(from: $from, to: $to, maxHops: $max, predicates: $p) { totalCount edges { node {
      length nodes { id name }
      steps { forward from { id } to { id } relation { predicate negated subject { id } evidence { edges { node { sentence article { id } } } } } }
    } } } }`;

  it('returns every shortest path with each step and its evidence', async () => {
    const d = await data(q, { from: ids.alice, to: ids.freedonia, max: 6 });
    const expected = shortestPathsOf(fixture, ids.alice, ids.freedonia, 6);
    expect(expected.length).toBeGreaterThan(1);
    const got = nodes<any>(d.paths);
    expect(d.paths.totalCount).toBe(expected.length);
    const sig = (rels: { predicate: string; negated: boolean }[]) => rels.map((r) => `${r.predicate}${r.negated ? '!' : ''}`).join('>');
    expect(got.map((p) => sig(p.steps.map((s: any) => s.relation))).sort()).toEqual(expected.map(sig).sort());
    for (const p of got) {
      expect(p.length).toBe(expected[0]!.length);
      expect(p.nodes[0].id).toBe(ids.alice);
      expect(p.nodes.at(-1).id).toBe(ids.freedonia);
      p.steps.forEach((s: any, i: number) => {
        expect(s.from.id).toBe(p.nodes[i].id);
        expect(s.to.id).toBe(p.nodes[i + 1].id);
        expect(s.forward).toBe(s.relation.subject.id === s.from.id);
        const src = expected.flat().find((r) => r.predicate === s.relation.predicate && r.negated === s.relation.negated && r.subject === s.relation.subject.id)!;
        expect(nodes<any>(s.relation.evidence).map((e) => e.sentence)).toEqual(src.evidence.map((e) => e.sentence));
        for (const e of nodes<any>(s.relation.evidence)) expect(e.article).not.toBeNull();
      });
    }
  });

  it('respects predicates and maxHops', async () => {
    const p = ['MET_WITH', 'SANCTIONED'];
    const d = await data(q, { from: ids.alice, to: ids.freedonia, max: 6, p });
    expect(d.paths.totalCount).toBe(shortestPathsOf(fixture, ids.alice, ids.freedonia, 6, p).length);
    const short = await data(q, { from: ids.alice, to: ids.freedonia, max: 2 });
    expect(short.paths.totalCount).toBe(0);
    const res = await api.run(q, { from: ids.alice, to: ids.freedonia, max: 7 });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(api.queries).toHaveLength(0);
  });
});

describe('neighborhood', () => {
  const q = `query($id: ID!, $depth: Int!, $limit: Int!, $claims: Int!) { neighborhood(id: $id, depth: $depth, limit: $limit, claims: $claims) {
    truncated nodes { id type labels caption distance } edges { id source target type negated hedged evidenceCount } } }`;

  it('returns nodes and edges ready for a graph view', async () => {
    const d = await data(q, { id: ids.bob, depth: 1, limit: 50, claims: 0 });
    const near = neighborsOf(fixture, ids.bob, 1);
    const g = d.neighborhood;
    expect(g.truncated).toBe(false);
    expect(g.nodes[0]).toMatchObject({ id: ids.bob, type: 'Person', caption: 'Bob Brown', distance: 0 });
    expect(g.nodes.map((n: any) => n.id).sort()).toEqual([ids.bob, ...near.keys()].sort());
    const inView = new Set(g.nodes.map((n: any) => n.id));
    const expectedEdges = fixture.relations.map(stored).filter((r) => inView.has(r.subject) && inView.has(r.object));
    expect(g.edges.map((e: any) => `${e.source} ${e.type} ${e.target}`).sort()).toEqual(expectedEdges.map((r) => `${r.subject} ${r.predicate} ${r.object}`).sort());
    for (const e of g.edges) {
      const src = expectedEdges.find((r) => r.subject === e.source && r.predicate === e.type && r.object === e.target)!;
      expect(e).toMatchObject({ negated: src.negated, hedged: src.hedged, evidenceCount: src.evidence.length });
    }
  });

  it('dates facts and claims and brings the first sentences of each fact with their articles in one statement', async () => {
    const dq = `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 50, claims: 10) {
      nodes { id type date }
      edges { source target type date evidenceSentences { articleId sentence negated hedged article { title source publishedAt } } } } }`;
    const d = await data(dq, { id: ids.sylvania });
    expect(api.queries.map((x) => x.name)).toEqual(['neighborhood2']);
    const g = d.neighborhood;
    const article = (id: string) => {
      const a = fixture.articles.find((x) => x.id === id)!;
      return { title: a.title, source: a.source, publishedAt: a.publishedAt };
    };
    const facts = g.edges.filter((e: any) => e.type !== 'SAID' && e.type !== 'ABOUT');
    const inView = new Set([ids.sylvania, ...neighborsOf(fixture, ids.sylvania, 2).keys()]);
    expect(facts.length).toBe(fixture.relations.map(stored).filter((r) => inView.has(r.subject) && inView.has(r.object)).length);
    expect(facts.length).toBeGreaterThan(3);
    for (const e of facts) {
      const src = fixture.relations.map(stored).find((r) => r.subject === e.source && r.predicate === e.type && r.object === e.target)!;
      // Earliest article first, then stored order; at most three.
      const slots = src.evidence
        .map((x, i) => ({ x, i }))
        .sort((a, b) => dateOf(a.x.articleId).localeCompare(dateOf(b.x.articleId)) || a.i - b.i)
        .slice(0, 3)
        .map(({ x }) => ({ articleId: x.articleId, sentence: x.sentence, negated: x.negated ?? false, hedged: x.hedged ?? false, article: article(x.articleId) }));
      expect(e.date, `${e.source} ${e.type} ${e.target}`).toBe(src.evidence.map((x) => dateOf(x.articleId)).sort()[0]);
      expect(e.evidenceSentences).toEqual(slots);
    }
    // A fact with sentences in two articles: the older one is its date and comes first.
    const urged = facts.find((e: any) => e.type === 'URGED');
    expect(urged).toMatchObject({ source: ids.freedonia, target: ids.sylvania, date: '2023-01-10' });
    expect(urged.evidenceSentences.map((x: any) => x.sentence)).toEqual(['Freedonia urged Sylvania to return to talks.', 'Freedonia again urged Sylvania to act.']);

    const claimNodes = g.nodes.filter((n: any) => n.type === 'Claim');
    expect(claimNodes.length).toBeGreaterThan(0);
    for (const n of claimNodes) expect(n.date, n.id).toBe(claimDate(n.id));
    for (const n of g.nodes.filter((x: any) => x.type !== 'Claim')) expect(n.date).toBeNull();
    for (const e of g.edges.filter((x: any) => x.type === 'SAID' || x.type === 'ABOUT')) {
      const claim = e.type === 'SAID' ? e.target : e.source;
      expect(e.date).toBe(claimDate(claim));
      expect(e.evidenceSentences).toEqual([]);
    }
  });

  it('limits nodes and adds the centre claims', async () => {
    const small = await data(q, { id: ids.bob, depth: 2, limit: 2, claims: 0 });
    expect(small.neighborhood.truncated).toBe(true);
    expect(small.neighborhood.nodes).toHaveLength(2);
    const withClaims = await data(q, { id: ids.bob, depth: 1, limit: 50, claims: 10 });
    const claimNodes = withClaims.neighborhood.nodes.filter((n: any) => n.type === 'Claim');
    const expected = fixture.claims.filter((c) => c.speaker === ids.bob || c.about.includes(ids.bob));
    expect(claimNodes.map((n: any) => n.id).sort()).toEqual(expected.map((c) => c.id).sort());
    const said = withClaims.neighborhood.edges.filter((e: any) => e.type === 'SAID').map((e: any) => `${e.source}>${e.target}`);
    expect(said.sort()).toEqual(expected.map((c) => `${c.speaker}>${c.id}`).sort());
  });
});

describe('timeline', () => {
  it('orders claims and relations of an entity by date', async () => {
    const d = await data(`query($id: ID!) { timeline(entity: $id, first: 50) { totalCount edges { date node {
      __typename ... on Claim { id } ... on Relation { predicate subject { id } object { ... on Entity { id } } } } } } }`, { id: ids.alice });
    const claims = fixture.claims.filter((c) => c.speaker === ids.alice || c.about.includes(ids.alice));
    const rels = relationsOf(fixture, ids.alice);
    const edges = d.timeline.edges;
    expect(d.timeline.totalCount).toBe(claims.length + rels.length);
    const dates = edges.map((e: any) => e.date);
    expect([...dates].sort()).toEqual(dates);
    for (const e of edges) {
      if (e.node.__typename === 'Claim') expect(e.date).toBe(claimDate(e.node.id));
      else {
        const r = rels.find((x) => x.predicate === e.node.predicate && x.subject === e.node.subject.id)!;
        expect(e.date).toBe(r.evidence.map((x) => dateOf(x.articleId)).sort()[0]);
      }
    }
    const ranged = await data(`query($id: ID!) { timeline(entity: $id, from: "2023-02-01", to: "2023-02-28") { totalCount } }`, { id: ids.alice });
    const inFeb = [...claims.map((c) => claimDate(c.id)), ...rels.map((r) => r.evidence.map((x) => dateOf(x.articleId)).sort()[0]!)].filter(
      (x) => x >= '2023-02-01' && x <= '2023-02-28',
    );
    expect(ranged.timeline.totalCount).toBe(inFeb.length);
  });
});

describe('topics and articles', () => {
  it('claim.about lists entities and topics; topics list their claims', async () => {
    const d = await data(`{ claims(filter: { about: "${ids.trade}" }) { edges { node { about { edges { node { __typename ... on Topic { id name claims { totalCount } } } } } } } } }`);
    const about = nodes<any>(nodes<any>(d.claims)[0].about);
    expect(about).toEqual([{ __typename: 'Topic', id: ids.trade, name: entityName(ids.trade), claims: { totalCount: fixture.claims.filter((c) => c.about.includes(ids.trade)).length } }]);
  });

  it('article lists its claims and mentions', async () => {
    const d = await data(`query($id: ID!) { article(id: $id) { title claims(first: 50) { totalCount edges { node { id } } } mentions(first: 50) { totalCount } } }`, { id: ids.a3 });
    const expected = fixture.claims.filter((c) => c.articles.includes(ids.a3)).map((c) => c.id);
    expect(nodes<any>(d.article.claims).map((c) => c.id).sort()).toEqual(expected.sort());
    expect(d.article.mentions.totalCount).toBe(fixture.entities.filter((e) => mentionedIn(fixture, e.id).has(ids.a3)).length);
  });
});
