import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, ids, claimDate } from './fixture.js';
import { nodes, startTestApi, type TestApi } from './helpers.js';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi(fixture);
});

afterAll(async () => {
  await api?.close();
});

const claimsBy = (speaker: string) => fixture.claims.filter((c) => c.speaker === speaker);

describe('search', () => {
  it('finds entities by an alias prefix, ranked, with a type filter', async () => {
    const res = await api.run(`query($t: String!, $types: [EntityType!]) {
      search(text: $t, types: $types, first: 5) { totalCount edges { score node { id name type } } }
    }`, { t: 'ames' });
    expect(res.errors).toBeUndefined();
    const hits = nodes<{ id: string }>((res.data as any).search);
    expect(hits[0]?.id).toBe(ids.alice);
    const scores = (res.data as any).search.edges.map((e: any) => e.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});
