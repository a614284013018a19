// Rule met-together: two persons meeting named together ("A and B met", "a meeting between A and B").
import { describe, expect, it } from 'vitest';
import { find, has, pairs, relationsOf } from './helpers.js';

describe('met-together', () => {
  it('reads a meeting from a coordinated subject without "with"', () => {
    const rels = relationsOf('Foreign Minister Ana Ruiz and her Chilean counterpart Luis Mora met in Lima on Monday. President Omar Said and visiting President Li Wen held talks.');
    expect(find(rels, 'Ana Ruiz', 'MET_WITH', 'Luis Mora')?.rule).toBe('met-together');
    expect(has(rels, 'Omar Said', 'MET_WITH', 'Li Wen')).toBe(true);
  });
  it('reads "a meeting between A and B"', () => {
    const rels = relationsOf('The summit followed a meeting between President Gustavo Petro and Argentine President Javier Milei in Brasilia.');
    expect(has(rels, 'Gustavo Petro', 'MET_WITH', 'Javier Milei')).toBe(true);
  });
  it('does not read two states discussing a topic as a meeting', () => {
    const rels = relationsOf('Ruritania and Freedonia discussed tariffs on steel, the trade ministry said.');
    expect(pairs(rels, 'MET_WITH')).toEqual([]);
  });
});
