// Rule visit: visits by verb ("visited", "arrived in", "toured A, B and C") or nominal ("his visit to X").
import { describe, expect, it } from 'vitest';
import { find, has, pairs, relationsOf } from './helpers.js';

describe('visit', () => {
  it('reads "arrived in" as a visit', () => {
    const rels = relationsOf('Prime Minister Fumio Kishida arrived in Canberra on Saturday.');
    expect(find(rels, 'Fumio Kishida', 'VISITED', 'Canberra')?.rule).toBe('visit');
  });
  it('reads "his visit to X" and "Speaking during her visit to X, Y said" as visits', () => {
    const rels = relationsOf('President Ana Soto met the king. Her visit to Norway ends on Friday. Speaking during his visit to Sweden, Prime Minister Raj Mehta said trade grew.');
    expect(has(rels, 'Ana Soto', 'VISITED', 'Norway')).toBe(true);
    expect(has(rels, 'Raj Mehta', 'VISITED', 'Sweden')).toBe(true);
  });
  it('reads visits from "the visit of X to Y", a list of toured capitals, and a meeting in a foreign capital', () => {
    const rels = relationsOf('The visit of Foreign Minister Ola Berg to Canada comes after a tour. Berg had earlier toured Ottawa, Paris and Madrid. '
      + 'Chilean Foreign Minister Luis Mora met with Peruvian Foreign Minister Ana Ruiz in Lima on Tuesday.');
    expect(has(rels, 'Ola Berg', 'VISITED', 'Canada')).toBe(true);
    expect(['Ottawa', 'Paris', 'Madrid'].every((c) => has(rels, 'Ola Berg', 'VISITED', c))).toBe(true);
    expect(has(rels, 'Luis Mora', 'VISITED', 'Lima')).toBe(true);
    expect(has(rels, 'Ana Ruiz', 'VISITED', 'Lima')).toBe(false);
  });
  it('hedges a planned visit and does not read a visit to a body', () => {
    const rels = relationsOf('Prime Minister Pedro Sanchez will visit Morocco next month. The minister visited the World Bank on Monday.');
    expect(find(rels, 'Pedro Sanchez', 'VISITED', 'Morocco')?.hedged).toBe(true);
    expect(pairs(rels, 'VISITED')).toEqual(['Pedro Sanchez > Morocco']);
  });
});
