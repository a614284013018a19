// Rule passive: "Y was criticised by X" keeps X as the actor.
import { describe, expect, it } from 'vitest';
import { find, has, relationsOf } from './helpers.js';

describe('passive', () => {
  it('reads the actor after "by", never the grammatical subject', () => {
    const rels = relationsOf('Turkey was criticised by the European Union over the arrests.');
    expect(find(rels, 'European Union', 'CRITICIZED', 'Türkiye')?.rule).toBe('passive');
    expect(rels.some((r) => r.p === 'CRITICIZED' && r.o === 'European Union')).toBe(false);
  });
  it('reads an active clause with "by" in it as active', () => {
    const rels = relationsOf('Norway criticised Iran by name on Monday.');
    expect(has(rels, 'Norway', 'CRITICIZED', 'Iran')).toBe(true);
  });
});
