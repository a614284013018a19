import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('capitals: place or acting country (resolve/capitals)', () => {
  it('takes a capital after "to"/"from" for its country unless a word of motion precedes', () => {
    const ex = run('Germany pledged more tanks to Kyiv. The chancellor later flew to Warsaw.');
    expect(ex.entities.find((e) => e.aliases.includes('Kyiv'))?.type).toBe('Country');
    expect(ex.entities.find((e) => e.aliases.includes('Warsaw'))?.type).toBe('Place');
  });
});
