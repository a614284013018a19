import { describe, expect, it } from 'vitest';
import { articleId, caption, entityId, slugify } from '../src/index.js';

describe('ids', () => {
  it('slugifies names with accents and punctuation', () => {
    expect(slugify("Côte d'Ivoire")).toBe('cote-divoire');
    expect(entityId('Person', 'Mao Ning')).toBe('person:mao-ning');
  });
  it('gives the same article id to texts that differ only in white space', () => {
    expect(articleId('a  b\u00a0c\n')).toBe(articleId('a b c'));
    expect(articleId('a b c')).not.toBe(articleId('a b d'));
  });
  it('shortens captions at a word boundary', () => {
    const c = caption('word '.repeat(40), 20);
    expect(c.length).toBeLessThanOrEqual(20);
    expect(c.endsWith('…')).toBe(true);
  });
});
