// Rule sanctioned: sanctions imposed, lifted or named ("sanctions on X", "restrictive measures against X").
import { describe, expect, it } from 'vitest';
import { find, has, relationsOf } from './helpers.js';

describe('sanctioned', () => {
  it('reads "restrictive measures against X" as sanctions', () => {
    const rels = relationsOf('The European Union adopted restrictive measures against Belarus on Monday.');
    expect(find(rels, 'European Union', 'SANCTIONED', 'Belarus')?.rule).toBe('sanctioned');
  });
  it('presupposes sanctions from "lift sanctions against X" with the urged party as agent', () => {
    const rels = relationsOf('Iranian President Masoud Pezeshkian urged Britain to lift illegal sanctions against Iran.');
    expect(has(rels, 'United Kingdom', 'SANCTIONED', 'Iran')).toBe(true);
    expect(has(rels, 'Masoud Pezeshkian', 'URGED', 'United Kingdom')).toBe(true);
  });
  it('reads sanctions on an object after a longer description, and on bodies "including X"', () => {
    const rels = relationsOf('Norway has also sanctioned the Belarusian state broadcaster BTV. Norway has now sanctioned more than 50 individuals and entities, including the Ruritanian Guard Corps.');
    expect(has(rels, 'Norway', 'SANCTIONED', 'BTV')).toBe(true);
    expect(rels.some((r) => r.p === 'SANCTIONED' && /Guard Corps/.test(r.o))).toBe(true);
  });
  it('does not make the caller for easing sanctions their author', () => {
    const rels = relationsOf('Poland rejected calls from Hungary to ease sanctions against Russia.');
    expect(rels.filter((r) => r.p === 'SANCTIONED')).toEqual([]);
  });
});
