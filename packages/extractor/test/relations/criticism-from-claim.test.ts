// Rule criticism-from-claim: a claim blaming an actor outside the speaker's side is a criticism of it.
import { describe, expect, it } from 'vitest';
import { find, has, relationsOf } from './helpers.js';

describe('criticism-from-claim', () => {
  it('reads criticism off claims, not against the speaker\'s own side', () => {
    const rels = relationsOf('Cuban Foreign Minister Bruno Rodriguez said that the United States keeps interfering in Cuba\'s internal affairs.');
    expect(find(rels, 'Bruno Rodriguez', 'CRITICIZED', 'United States')?.rule).toBe('criticism-from-claim');
    expect(has(rels, 'Bruno Rodriguez', 'CRITICIZED', 'Cuba')).toBe(false);
  });
  it('reads criticism from a quoted label ("a tool of confrontation") but not "not confrontation"', () => {
    const rels = relationsOf('The Kremlin said the summit showed that NATO was "a tool of confrontation."');
    expect(rels.some((r) => r.p === 'CRITICIZED' && /NATO|North Atlantic/.test(r.o))).toBe(true);
    const calm = relationsOf('The ministry urged Chile to choose dialogue, not confrontation.');
    expect(calm.some((r) => r.p === 'CRITICIZED')).toBe(false);
  });
});
