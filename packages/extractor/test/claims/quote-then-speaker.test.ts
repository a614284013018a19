import { describe, expect, it } from 'vitest';
import { claimsOf, speakersOf } from './helpers.js';

describe('quote-then-speaker', () => {
  it('attributes a final cue to the speaker phrase, not to the verb inside the content', () => {
    const cs = claimsOf('Brazil urged Argentina to reopen the border, Brazilian Foreign Ministry spokesman Paulo Costa said on Friday.');
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ text: 'Brazil urged Argentina to reopen the border', speaker: 'Paulo Costa', rule: 'quote-then-speaker' });
  });
  it('reads a quotation before "she said" and a pronoun for the last person named', () => {
    const cs = claimsOf('Foreign Minister Maria Lopez spoke on Monday.\n"We will not give up," she said.');
    expect(cs.map((c) => [c.speaker, c.kind, c.text])).toEqual([['Maria Lopez', 'direct', 'We will not give up']]);
  });
  it('stops the attribution at a participle clause ("..., X said in a post, sharing a video")', () => {
    const cs = claimsOf('"This is unacceptable," Minister Omar Haddad said in a post online, sharing a video.');
    expect(cs.map((c) => c.text)).toEqual(['This is unacceptable']);
  });
  it('needs punctuation between the content and the speaker', () => {
    expect(speakersOf('The farmers who said nothing went home.', /went home/)).toEqual([]);
  });
  it('ends the attribution at the comma after a time phrase that follows a quotation', () => {
    const cs = claimsOf('Senator Lena Holt left office in May.\n"It never crossed my mind," she said several months after her release, and the story spread.');
    expect(cs.map((c) => [c.speaker, c.text])).toEqual([['Lena Holt', 'It never crossed my mind']]);
  });
  it('reaches back over a lower-case title phrase to the quotation ("IMF chief economist X said")', () => {
    const cs = claimsOf('"The economy has moved sideways," IMF chief economist Lena Holt said.');
    expect(cs.map((c) => [c.speaker, c.text])).toEqual([['Lena Holt', 'The economy has moved sideways']]);
  });
  it('joins the content around a parenthetical attribution ("The economy, she said, is weak.")', () => {
    const cs = claimsOf('Senator Ana Ruiz spoke.\n\nThe economy, Ruiz said, is weak.\n\nIf the plan fails, Ruiz argues, there are other tools.');
    expect(cs.map((c) => [c.speaker, c.text])).toEqual([['Ana Ruiz', 'The economy is weak'], ['Ana Ruiz', 'If the plan fails there are other tools']]);
  });
  it('does not join a parenthetical attribution over another cue', () => {
    const cs = claimsOf('Senator Ana Ruiz spoke.\n\nThe economy, Ruiz said, is weak, the minister added.');
    expect(cs.some((c) => c.text === 'The economy is weak, the minister added')).toBe(false);
  });
});
