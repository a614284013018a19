// Runs every Bloom search phrase against the real Neo4j (started by the integration global setup) on a
// small made-up graph written by @kg/store, and checks each answers its question.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '@kg/ontology';
import { ensureSchema, openDriver, wipeDatabase, writeExtraction } from '@kg/store';
import { SEARCH_PHRASES } from '../src/index.js';

const A1 = 'a1a1a1a1a1a1a1a1';
const A2 = 'b2b2b2b2b2b2b2b2';
const ev = (articleId: string, sentence: string) => ({ articleId, sentence, start: 0, end: sentence.length });

// Invented names, so nothing here depends on any real corpus.
const FIXTURE: Extraction = {
  articles: [
    { id: A1, title: 'Talks in Port Town', source: 'Outlet One', publishedAt: '2024-03-01', path: 'one.txt' },
    { id: A2, title: 'Sanctions row', source: 'Outlet Two', publishedAt: '2024-03-05', path: 'two.txt' },
  ],
  entities: [
    { id: 'person:ann-speaker', type: 'Person', name: 'Ann Speaker', aliases: ['Speaker Ann'], mentionedIn: [A1, A2] },
    { id: 'person:bob-minister', type: 'Person', name: 'Bob Minister', aliases: ['Bob'], mentionedIn: [A1, A2] },
    { id: 'country:examplia', type: 'Country', name: 'Examplia', aliases: [], mentionedIn: [A1, A2] },
    { id: 'country:otherland', type: 'Country', name: 'Otherland', aliases: ['the Otherland side'], mentionedIn: [A1, A2] },
    { id: 'place:port-town', type: 'Place', name: 'Port Town', aliases: [], mentionedIn: [A1] },
  ],
  claims: [
    {
      id: 'claim-otherland-sincere',
      speaker: 'person:ann-speaker',
      text: 'Otherland should show sincerity in the talks',
      kind: 'indirect',
      about: ['country:otherland'],
      articles: [A1, A2],
      sentence: 'Ann Speaker said Otherland should show sincerity in the talks.',
      start: 17,
      end: 61,
      date: '2024-03-01',
    },
    {
      id: 'claim-examplia-wrong',
      speaker: 'person:bob-minister',
      text: 'Examplia was wrong to impose the sanctions',
      kind: 'indirect',
      about: ['country:examplia'],
      articles: [A2],
      sentence: 'Bob Minister said Examplia was wrong to impose the sanctions.',
      start: 18,
      end: 60,
      date: '2024-03-05',
    },
  ],
  relations: [
    { subject: 'country:examplia', predicate: 'SANCTIONED', object: 'person:bob-minister', evidence: [ev(A2, 'Examplia sanctioned Bob Minister.')], negated: false, hedged: false },
    { subject: 'country:otherland', predicate: 'SANCTIONED', object: 'person:bob-minister', evidence: [ev(A2, 'Otherland has not sanctioned Bob Minister.')], negated: true, hedged: false },
    { subject: 'person:ann-speaker', predicate: 'MET_WITH', object: 'person:bob-minister', evidence: [ev(A1, 'Ann Speaker met Bob Minister.')], negated: false, hedged: false },
    { subject: 'person:bob-minister', predicate: 'HOLDS_ROLE', object: 'country:otherland', evidence: [ev(A1, 'Otherland minister Bob Minister.')], negated: false, hedged: false, title: 'minister' },
    { subject: 'country:examplia', predicate: 'VISITED', object: 'place:port-town', evidence: [ev(A1, 'Examplia visited Port Town.')], negated: false, hedged: false },
  ],
};

const driver = openDriver();

beforeAll(async () => {
  await wipeDatabase(driver);
  await ensureSchema(driver);
  await writeExtraction(driver, FIXTURE);
});

afterAll(async () => {
  await driver.close();
});

interface Out {
  nodeIds: Set<string>;
  relTypes: string[];
  rows: number;
}

/** Runs a phrase as Bloom would and collects the ids of returned nodes (also inside paths). */
async function runPhrase(text: string, params: Record<string, string>): Promise<Out> {
  const phrase = SEARCH_PHRASES.find((p) => p.text === text);
  if (!phrase) throw new Error(`no phrase ${text}`);
  const session = driver.session();
  try {
    const res = await session.run(phrase.cypher, params);
    const out: Out = { nodeIds: new Set(), relTypes: [], rows: res.records.length };
    const visit = (v: unknown): void => {
      if (v === null || typeof v !== 'object') return;
      const o = v as { labels?: unknown; properties?: { id?: string }; type?: unknown; segments?: { start: unknown; relationship: unknown; end: unknown }[] };
      if (Array.isArray(o.segments)) for (const s of o.segments) [s.start, s.relationship, s.end].forEach(visit);
      else if (Array.isArray(o.labels) && o.properties?.id) out.nodeIds.add(o.properties.id);
      else if (typeof o.type === 'string' && 'startNodeElementId' in o) out.relTypes.push(o.type);
    };
    for (const r of res.records) for (const k of r.keys) visit(r.get(k));
    return out;
  } finally {
    await session.close();
  }
}

describe('Bloom search phrases on a real Neo4j', () => {
  it('every phrase compiles', async () => {
    const session = driver.session();
    try {
      for (const p of SEARCH_PHRASES) {
        const params = Object.fromEntries(p.params.map((x) => [x.name, 'x']));
        await expect(session.run(`EXPLAIN ${p.cypher}`, params), p.text).resolves.toBeDefined();
      }
    } finally {
      await session.close();
    }
  });

  it('What did $speaker say about $entity: by alias, any case, with the reporting articles', async () => {
    const out = await runPhrase('What did $speaker say about $entity', { speaker: 'speaker ann', entity: 'OTHERLAND' });
    expect(out.nodeIds).toContain('claim-otherland-sincere');
    expect(out.nodeIds).toContain('person:ann-speaker');
    expect(out.nodeIds).toContain(A1);
    expect(out.nodeIds).toContain(A2);
    const none = await runPhrase('What did $speaker say about $entity', { speaker: 'Bob Minister', entity: 'Otherland' });
    expect(none.rows).toBe(0);
  });

  it('Who sanctioned $entity leaves negated facts out', async () => {
    const out = await runPhrase('Who sanctioned $entity', { entity: 'Bob' });
    expect(out.nodeIds).toContain('country:examplia');
    expect(out.nodeIds).not.toContain('country:otherland');
  });

  it('Path from $a to $b walks relations', async () => {
    const out = await runPhrase('Path from $a to $b', { a: 'Ann Speaker', b: 'Port Town' });
    expect(out.rows).toBeGreaterThan(0);
    for (const id of ['person:ann-speaker', 'person:bob-minister', 'country:examplia', 'place:port-town']) expect(out.nodeIds).toContain(id);
    expect(out.relTypes).not.toContain('MENTIONS');
  });

  it('Claims reported by $outlet', async () => {
    const out = await runPhrase('Claims reported by $outlet', { outlet: 'outlet two' });
    expect(out.nodeIds).toContain('claim-otherland-sincere');
    expect(out.nodeIds).toContain('person:ann-speaker');
    expect((await runPhrase('Claims reported by $outlet', { outlet: 'Nobody Weekly' })).rows).toBe(0);
  });

  it('Claims between $from and $to: by date, either bound open', async () => {
    const march = await runPhrase('Claims between $from and $to', { from: '2024-03-02', to: '2024-03-10' });
    expect(march.nodeIds).toContain('claim-examplia-wrong');
    expect(march.nodeIds).toContain('person:bob-minister');
    expect(march.nodeIds).not.toContain('claim-otherland-sincere');
    const early = await runPhrase('Claims between $from and $to', { from: '', to: '2024-03-01' });
    expect(early.nodeIds).toContain('claim-otherland-sincere');
    expect(early.nodeIds).not.toContain('claim-examplia-wrong');
    expect((await runPhrase('Claims between $from and $to', { from: '2023-01-01', to: '2023-12-31' })).rows).toBe(0);
  });

  it('Claims reported by $outlet between $from and $to: the outlet and the dates both count', async () => {
    const two = await runPhrase('Claims reported by $outlet between $from and $to', { outlet: 'outlet two', from: '2024-03-04', to: '2024-03-06' });
    expect(two.nodeIds).toContain('claim-examplia-wrong');
    expect(two.nodeIds).toContain(A2);
    const one = await runPhrase('Claims reported by $outlet between $from and $to', { outlet: 'Outlet One', from: '2024-03-04', to: '2024-03-06' });
    expect(one.nodeIds).not.toContain('claim-examplia-wrong');
    expect((await runPhrase('Claims reported by $outlet between $from and $to', { outlet: 'Outlet Two', from: '2024-01-01', to: '2024-02-01' })).rows).toBe(0);
  });

  it('What did $speaker say between $from and $to / reported by $outlet', async () => {
    const bob = await runPhrase('What did $speaker say between $from and $to', { speaker: 'bob', from: '2024-03-02', to: '2024-03-10' });
    expect(bob.nodeIds).toContain('claim-examplia-wrong');
    expect(bob.nodeIds).not.toContain('claim-otherland-sincere');
    expect((await runPhrase('What did $speaker say between $from and $to', { speaker: 'Bob Minister', from: '2024-01-01', to: '2024-02-28' })).rows).toBe(0);
    const ann = await runPhrase('What did $speaker say reported by $outlet', { speaker: 'Ann Speaker', outlet: 'OUTLET ONE' });
    expect(ann.nodeIds).toContain('claim-otherland-sincere');
    expect(ann.nodeIds).toContain(A1);
    expect((await runPhrase('What did $speaker say reported by $outlet', { speaker: 'Bob', outlet: 'Outlet One' })).rows).toBe(0);
  });

  it('the other phrases answer too', async () => {
    expect((await runPhrase('Claims about $entity', { entity: 'the Otherland side' })).nodeIds).toContain('claim-otherland-sincere');
    const rel = await runPhrase('Relations of $entity', { entity: 'Bob Minister' });
    expect(rel.relTypes).toEqual(expect.arrayContaining(['SANCTIONED', 'MET_WITH', 'HOLDS_ROLE']));
    expect((await runPhrase('Who met with $entity', { entity: 'Bob Minister' })).nodeIds).toContain('person:ann-speaker');
  });
});
