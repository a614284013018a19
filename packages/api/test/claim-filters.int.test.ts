/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON */
// Claim filters of issue 13 against the real Neo4j: speaker by name or alias with its spokespeople,
// outlet, saidAt range, the chronological "what X said about Y", and inverted ranges refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '@kg/ontology';
import { dataOf, nodes, startTestApi, type TestApi } from './helpers.js';

const P = 'cf13';
const art = (n: number, source: string, publishedAt: string) => ({
  id: `${P}-a${n}`, title: `Filters ${n}`, source, publishedAt, path: null, dateSource: 'metadata' as const,
});
const claim = (n: number, speaker: string, text: string, article: number, saidAt: string | null, about: string[]) => ({
  id: `claim:${P}-${n}`, speaker, text, kind: 'indirect' as const, about, articles: [`${P}-a${article}`], cue: 'said',
  start: 0, end: text.length, sentence: text, saidAt, saidAtPrecision: saidAt ? ('day' as const) : null,
});
const MIN = `organization:${P}-ministry`, SPOKES = `person:${P}-ana-vale`, OTHER = `person:${P}-ben-orr`, LAND = `country:${P}-freedonia`;

const DATA: Extraction = {
  articles: [art(1, 'Gazette Alpha', '2031-02-03'), art(2, 'Courier Beta', '2031-02-10'), art(3, 'Gazette Alpha', '2031-03-01')],
  entities: [
    { id: MIN, type: 'Organization', name: 'Ministry of Filtering', aliases: ['Filter Ministry'], mentionedIn: [`${P}-a1`] },
    { id: SPOKES, type: 'Person', name: 'Ana Vale', aliases: ['Vale'], mentionedIn: [`${P}-a1`] },
    { id: OTHER, type: 'Person', name: 'Ben Orr', aliases: [], mentionedIn: [`${P}-a2`] },
    { id: LAND, type: 'Country', name: 'Freedonia', aliases: [], mentionedIn: [`${P}-a1`] },
  ],
  claims: [
    claim(1, MIN, 'the border with Freedonia will reopen for grain trucks', 1, '2031-02-02', [LAND]),
    claim(2, SPOKES, 'tariffs on Freedonian steel will be reviewed by the committee', 2, '2031-02-09', [LAND]),
    claim(3, SPOKES, 'the harbour tolls stay unchanged this season', 3, '2031-02-28', []),
    claim(4, OTHER, 'the committee must publish its minutes', 2, null, []),
  ],
  relations: [
    { subject: SPOKES, predicate: 'HOLDS_ROLE', object: MIN, title: 'spokesperson', negated: false, hedged: false,
      evidence: [{ articleId: `${P}-a1`, sentence: 'Ana Vale, spokesperson of the ministry', start: 0, end: 10, occurredAt: '2031-02-02', occurredAtPrecision: 'day' }] },
  ],
};

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi(DATA);
});
afterAll(async () => {
  await api?.close();
});

const texts = async (filter: Record<string, unknown>): Promise<string[]> => {
  const d = await dataOf(api, 'query($f: ClaimFilter) { claims(filter: $f, first: 50) { edges { node { text } } } }', { f: filter });
  return nodes<any>(d.claims).map((c) => c.text).sort();
};

describe('claims filtered', () => {
  it('by the speaker as an id, a name or an alias, with its spokespeople on request', async () => {
    const byId = await texts({ speaker: SPOKES });
    expect(byId).toHaveLength(2);
    expect(await texts({ speaker: 'ana vale' })).toEqual(byId);
    expect(await texts({ speaker: 'Vale' })).toEqual(byId);
    expect(await texts({ speaker: 'Filter Ministry' })).toHaveLength(1);
    expect(await texts({ speaker: 'Filter Ministry', includeSpokespeople: true })).toEqual([...byId, DATA.claims[0]!.text].sort());
    expect(await texts({ speaker: 'nobody at all' })).toEqual([]);
  });
  it('by outlet, saidAt range and text, each claim with its counts and saidAt', async () => {
    expect(await texts({ outlet: 'gazette alpha' })).toHaveLength(2);
    expect(await texts({ saidFrom: '2031-02-05', saidTo: '2031-02-20' })).toEqual([DATA.claims[1]!.text]);
    const d = await dataOf(api, `{ claims(filter: { text: "harbour tolls" }) { edges { node { text saidAt saidAtPrecision articleCount outletCount reportedAt } } } }`);
    expect(nodes<any>(d.claims)[0]).toMatchObject({ saidAt: '2031-02-28', saidAtPrecision: 'day', articleCount: 1, outletCount: 1, reportedAt: '2031-03-01' });
  });
  it('as a timeline of what a speaker said about a subject, oldest first', async () => {
    const d = await dataOf(api, `{ saidAbout(speaker: "Ministry of Filtering", about: "Freedonia", includeSpokespeople: true) {
      totalCount edges { node { saidAt speaker { id } } } } }`);
    expect(nodes<any>(d.saidAbout).map((c) => [c.saidAt, c.speaker.id])).toEqual([['2031-02-02', MIN], ['2031-02-09', SPOKES]]);
  });
  it('refuses an inverted date range as bad user input', async () => {
    for (const q of [
      '{ claims(filter: { saidFrom: "2031-03-01", saidTo: "2031-02-01" }) { totalCount } }',
      '{ claims(filter: { from: "2031-03-01", to: "2031-02-01" }) { totalCount } }',
      `{ timeline(entity: "${MIN}", from: "2031-03-01", to: "2031-02-01") { totalCount } }`,
      '{ saidAbout(speaker: "Ana Vale", about: "Freedonia", from: "2031-03-01", to: "2031-02-01") { totalCount } }',
    ]) {
      const res = await api.run(q);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
  it('keeps dates on articles and facts', async () => {
    const d = await dataOf(api, `{ article(id: "${P}-a1") { dateSource } entity(id: "${SPOKES}") { relations { edges { node { predicate occurredAt occurredAtPrecision } } } } }`);
    expect(d.article.dateSource).toBe('metadata');
    expect(nodes<any>(d.entity.relations)[0]).toMatchObject({ predicate: 'HOLDS_ROLE', occurredAt: '2031-02-02', occurredAtPrecision: 'day' });
  });
});
