// The resolve stage as a hand-off: it reads the mention stage's result and never changes it.
import { describe, expect, it } from 'vitest';
import { resolveArticle } from '../../src/resolve.js';
import { stage } from '../helpers.js';

describe('resolve stage', () => {
  it('leaves the mentions it is given unchanged (capitals, national bodies and candidates are typed on its own copy)', () => {
    const text = 'Washington said the Foreign Ministry would answer. Officials in Beijing met Dana Whitfield, who said talks went well.';
    const { input, all } = stage('resolve', text);
    const mentions = all.mentions!;
    const before = JSON.stringify(mentions);
    const r = resolveArticle(all.clean!.clean, all.analyse!, mentions, null);
    expect(JSON.stringify(mentions)).toBe(before);
    expect(input).toBe(all.mentions);
    // the capital that acts became its country in the resolver's copy only
    expect(mentions.mentions.find((m) => m.text === 'Washington')?.type).toBe('Place');
    expect(r.mentions.find((m) => m.text === 'Washington')?.type).toBe('Country');
  });
  it('gives every mention index an entity index or -1, and each entity its mentions', () => {
    const { output: r } = stage('resolve', 'German Chancellor Olaf Scholz spoke in Paris. Scholz said the ministry agreed.');
    expect(r.entOf).toHaveLength(r.mentions.length);
    r.entOf.forEach((e, i) => { if (e >= 0) expect(r.entities[e]!.mentions).toContain(i); });
    expect(r.entities.map((e) => `${e.type}:${e.name}`)).toEqual(expect.arrayContaining(['Person:Olaf Scholz', 'Place:Paris', 'Country:Germany']));
  });
});
