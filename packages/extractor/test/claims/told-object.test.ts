import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.js';

describe('told-object', () => {
  it('reads "told reporters <clause>"', () => {
    const cs = claimsOf('Minister Omar Haddad told reporters the measures were temporary.');
    expect(cs.map((c) => [c.speaker, c.text, c.rule])).toEqual([['Omar Haddad', 'the measures were temporary', 'told-object']]);
  });
  it('reads "told a news conference" after the content', () => {
    const cs = claimsOf('"We will act," Minister Omar Haddad told a news conference.');
    expect(cs.map((c) => [c.speaker, c.text])).toEqual([['Omar Haddad', 'We will act']]);
  });
  it('reads "told Y that ..." as said-that', () => {
    expect(claimsOf('Minister Omar Haddad told the council that funds were short.').map((c) => c.rule)).toEqual(['said-that']);
  });
  it('does not read "told a story" as a claim', () => {
    expect(claimsOf('Minister Omar Haddad told a story about his village and laughed.')).toEqual([]);
  });
  it('reads a quotation after the listeners: \'X told CBS, "..."\'', () => {
    const cs = claimsOf('Minister Omar Haddad told CBS, "We are focused on the vote."');
    expect(cs.map((c) => [c.speaker, c.text])).toEqual([['Omar Haddad', 'We are focused on the vote.']]);
  });
  it('reads "X, 82, told me." after a quotation', () => {
    const cs = claimsOf('Senator Ana Ruiz spoke.\n\n"I have never been edited," Ruiz, 82, told me.');
    expect(cs.map((c) => [c.speaker, c.text])).toEqual([['Ana Ruiz', 'I have never been edited']]);
  });
  it('reads a clause opened by a pronoun after the listeners', () => {
    const cs = claimsOf('Senator Ana Ruiz spoke on Monday. Ruiz told the forum she was against the war.');
    expect(cs.map((c) => [c.speaker, c.text])).toEqual([['Ana Ruiz', 'she was against the war']]);
  });
  it('takes no claim from an instruction after the listeners', () => {
    expect(claimsOf('Senator Ana Ruiz spoke on Monday. Ruiz told her aides to leave the room.')).toEqual([]);
  });
});
