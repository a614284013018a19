import { describe, expect, it } from 'vitest';

describe('merging articles', () => {
  it('merges spelling variants of one name across articles (doubled letters, accents)', async () => {
    const { extractCorpus } = await import('./../src/index.js');
    const { extraction } = extractCorpus([
      { text: 'President Ivan Petrenkko said the talks were useful.', meta: { path: 'a.txt' } },
      { text: 'President Ivan Petrenko said the border was calm. Petrenko later left.', meta: { path: 'b.txt' } },
    ]);
    const persons = extraction.entities.filter((e) => e.type === 'Person');
    expect(persons).toHaveLength(1);
    expect(persons[0]!.aliases).toEqual(expect.arrayContaining(['Ivan Petrenkko', 'Ivan Petrenko']));
  });
});
