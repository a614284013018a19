// entityByName is served by the name-key indexes (store/src/schema-names.ts): the plan seeks the range
// index on nameKey and reads the text index on nameKeys, never scanning every entity; it finds names and
// aliases however they are cased or spaced, and entities stored before the keys existed get them.
import { ensureSchema, nameKeyProps } from '@kg/store';
import type { Extraction } from '@kg/ontology';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityByName } from '../src/cypher/entity-by-name.js';
import { dataOf, startTestApi, type TestApi } from './helpers.js';

const A = 'byname-article-1';
const data: Extraction = {
  articles: [{ id: A, title: 'Names', source: 'Test Wire', publishedAt: '2024-01-02', path: '/test/byname.txt' }],
  entities: [
    { id: 'person:ilse-varga-byname', type: 'Person', name: 'Ilse Varga', aliases: ['Varga', 'I. Varga'], mentionedIn: [A] },
    { id: 'organization:north-port-authority-byname', type: 'Organization', name: 'North Port Authority', aliases: ['NPA'], mentionedIn: [A] },
  ],
  claims: [],
  relations: [],
};

interface PlanNode { operatorType: string; arguments: Record<string, unknown>; children: PlanNode[] }
const operators = (p: PlanNode): PlanNode[] => [p, ...p.children.flatMap(operators)];

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi(data);
});
afterAll(async () => api?.close());

describe('entityByName', () => {
  it('finds canonical names and aliases whatever their case and spacing', async () => {
    const q = `query($n: String!) { entityByName(name: $n) { id } }`;
    expect((await dataOf(api, q, { n: '  ilse   VARGA ' })).entityByName.id).toBe('person:ilse-varga-byname');
    expect((await dataOf(api, q, { n: 'npa' })).entityByName.id).toBe('organization:north-port-authority-byname');
    expect((await dataOf(api, q, { n: 'i. varga' })).entityByName.id).toBe('person:ilse-varga-byname');
    // A key matches whole: part of a name is not a name.
    expect((await dataOf(api, q, { n: 'North Port' })).entityByName).toBeNull();
  });

  it('is planned as index reads, never a scan of every entity', async () => {
    const q = entityByName('Ilse Varga');
    const res = await api.driver.executeQuery(`EXPLAIN ${q.text}`, q.params);
    const ops = operators(res.summary.plan as unknown as PlanNode);
    const types = ops.map((o) => o.operatorType.split('@')[0]);
    const details = ops.map((o) => String(o.arguments.Details ?? ''));
    expect(types).toContain('NodeIndexSeek');
    expect(details.some((d) => d.includes('RANGE INDEX') && d.includes('nameKey'))).toBe(true);
    expect(types).toContain('NodeIndexContainsScan');
    expect(details.some((d) => d.includes('TEXT INDEX') && d.includes('nameKeys'))).toBe(true);
    expect(types).not.toContain('NodeByLabelScan');
    expect(types).not.toContain('AllNodesScan');
  });

  it('gives entities stored without name keys their keys when the schema is ensured', async () => {
    await api.driver.executeQuery(`MATCH (e:Entity {id: 'person:ilse-varga-byname'}) REMOVE e.nameKey, e.nameKeys`);
    await ensureSchema(api.driver);
    const { records } = await api.driver.executeQuery(`MATCH (e:Entity {id: 'person:ilse-varga-byname'}) RETURN e.nameKey AS k, e.nameKeys AS ks`);
    const expected = nameKeyProps('Ilse Varga', ['Varga', 'I. Varga']);
    expect(records[0]?.get('k')).toBe(expected.nameKey);
    expect(records[0]?.get('ks')).toBe(expected.nameKeys);
  });
});
