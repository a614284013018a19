// Several attributions in one sentence are kept apart at a clause break.
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.js';

describe('clause break', () => {
  it('keeps "X said A, and Y said B" as two claims of two speakers', () => {
    const cs = claimsOf('Foreign Minister Ana Ruiz said the talks failed, and Trade Minister Omar Haddad said the tariffs would stay.');
    expect(cs.map((c) => [c.speaker, c.text])).toEqual([['Ana Ruiz', 'the talks failed'], ['Omar Haddad', 'the tariffs would stay']]);
  });
  it('ends an attribution after the content at ", while"', () => {
    const cs = claimsOf('The talks failed, Foreign Minister Ana Ruiz said, while Trade Minister Omar Haddad said the tariffs would stay.');
    expect(cs.map((c) => [c.speaker, c.text])).toEqual([['Ana Ruiz', 'The talks failed'], ['Omar Haddad', 'the tariffs would stay']]);
  });
  it('keeps a name inside reported content part of it', () => {
    const cs = claimsOf('Foreign Minister Ana Ruiz said that Omar Haddad said nothing new.');
    expect(cs.map((c) => c.speaker)).toEqual(['Ana Ruiz']);
  });
});
