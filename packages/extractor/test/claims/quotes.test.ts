// Units and quotations: quotations running on over sentences and paragraphs, continued quotations.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/index.js';
import { units } from '../../src/claims/index.js';
import { claimsOf, speakersOf } from './helpers.js';

describe('quotes', () => {
  it('joins the sentences of a quotation into one unit, and not plain sentences', () => {
    const q = 'She said: "Peace is possible. Both parties must act." The end came.';
    expect(units(q, analyse(q)).length).toBe(2);
  });
  it('keeps a quotation going on right after its attribution in the same claim', () => {
    const cs = claimsOf('Foreign Minister Maria Lopez spoke on Monday.\n"We will not give up," she said. "Our position is clear."');
    expect(cs.map((c) => [c.speaker, c.text])).toEqual([['Maria Lopez', 'We will not give up. Our position is clear.']]);
  });
  it('continues a quotation in the next paragraph as a claim of its own', () => {
    const cs = claimsOf('Foreign Minister Maria Lopez spoke on Monday.\n\n"We will not give up," she said.\n\n"Our position is clear."');
    expect(cs.map((c) => [c.speaker, c.rule])).toEqual([['Maria Lopez', 'quote-then-speaker'], ['Maria Lopez', 'continued-quote']]);
  });
  it('continues a quotation left open at the end of a paragraph (AP style)', () => {
    const text = 'Prime Minister Lena Berg urged allies to act.\n\n"The threat is not going away.\n\n"We cannot wait," she said.';
    expect(speakersOf(text, /threat is not going away/)).toEqual(['Lena Berg']);
    expect(speakersOf(text, /cannot wait/)).toEqual(['Lena Berg']);
  });
  it('gives a quotation paragraph no speaker when nobody was quoted before', () => {
    expect(claimsOf('The ferry left at noon.\n\n"It was a calm crossing."')).toEqual([]);
  });
  it('reads a split quotation as one claim of both parts, in any quotation convention', () => {
    for (const [o, c] of [['"', '"'], ['“', '”'], ["''", "''"], ['«', '»']]) {
      const cs = claimsOf(`Senator Ana Ruiz spoke on Monday.\n${o}The bill is dead,${c} Ruiz said, ${o}and nobody will revive it.${c}`);
      expect(cs.map((x) => [x.speaker, x.text, x.kind]), o).toEqual([['Ana Ruiz', 'The bill is dead and nobody will revive it.', 'direct']]);
    }
  });
  it('reads the inverted split quotation \'"A," said X, "B."\'', () => {
    const cs = claimsOf('"Trade will grow," said Foreign Minister Lena Holt, "and so will jobs."');
    expect(cs.map((x) => [x.speaker, x.text])).toEqual([['Lena Holt', 'Trade will grow and so will jobs.']]);
  });
  it('joins a split quotation over a participle clause, but not a paraphrase after the cue', () => {
    const cs = claimsOf('"Every rule counts," Senator Lena Holt said, referring to the banks, "and they broke them."');
    expect(cs.map((x) => x.text)).toEqual(['Every rule counts and they broke them.']);
    const other = claimsOf('"Trade will grow," Senator Lena Holt said, adding that jobs would follow.');
    expect(other.map((x) => x.text)).toEqual(['Trade will grow', 'jobs would follow']);
  });
});
