import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const speakerName = (ex: ReturnType<typeof run>, text: RegExp) => {
  const c = ex.claims.find((x) => text.test(x.text));
  return c ? ex.entities.find((e) => e.id === c.speaker)?.name : undefined;
};

describe('claims', () => {
  it('attributes a final cue to the speaker phrase, not to the verb inside the content', () => {
    const ex = run('Brazil urged Argentina to reopen the border, Brazilian Foreign Ministry spokesman Paulo Costa said on Friday.');
    expect(ex.claims).toHaveLength(1);
    expect(ex.claims[0]!.text).toBe('Brazil urged Argentina to reopen the border');
    expect(speakerName(ex, /reopen/)).toBe('Paulo Costa');
  });

  it('splits a sentence at each new cue and keeps the speaker', () => {
    const ex = run('Kenyan President William Ruto said that the deal is fair, adding that Nairobi will sign it, and he urged Uganda to follow.');
    expect(ex.claims.map((c) => c.text)).toEqual(['the deal is fair', 'Nairobi will sign it', 'Uganda to follow']);
    expect(new Set(ex.claims.map((c) => c.speaker))).toEqual(new Set(['person:william-ruto']));
  });

  it('splits "said ... and that ..."', () => {
    const ex = run('Peruvian Prime Minister Ana Diaz said the budget is balanced and that taxes will fall.');
    expect(ex.claims.map((c) => c.text)).toEqual(['the budget is balanced', 'taxes will fall']);
  });

  it('resolves she/he to the current speaker and continues a quotation in the next sentence', () => {
    const ex = run('Foreign Minister Maria Lopez spoke on Monday.\n"We will not give up," she said. "Our position is clear."');
    expect(ex.claims).toHaveLength(2);
    expect(ex.claims.every((c) => c.speaker === 'person:maria-lopez')).toBe(true);
    expect(ex.claims.every((c) => c.kind === 'direct')).toBe(true);
    expect(ex.claims[0]!.text).toBe('We will not give up');
  });

  it('keeps a quotation that spans two sentences in one claim', () => {
    const ex = run('Speaking in Oslo, Norwegian diplomat Erik Berg said: "Peace is possible. Both parties must act now."');
    expect(ex.claims).toHaveLength(1);
    expect(ex.claims[0]!.text).toMatch(/Peace is possible\. Both parties must act now/);
  });

  it('reads leading participles and "according to"', () => {
    const ex = run('Noting that exports grew, Chilean Economy Minister Nicolas Grau said the outlook is good.\nAccording to the Chilean side, talks will continue next week.');
    expect(ex.claims.map((c) => c.text)).toEqual(expect.arrayContaining(['exports grew', 'the outlook is good', 'talks will continue next week']));
    expect(ex.claims.find((c) => /talks will/.test(c.text))?.speaker).toBe('country:chile');
  });

  it('gives "it said" and "the statement added" to the body that spoke', () => {
    const ex = run('The Polish Foreign Ministry said in a statement that the visit was useful.\nThe border will stay open, it said.\nAll sides gained, the statement added.');
    expect(ex.claims).toHaveLength(3);
    expect(new Set(ex.claims.map((c) => c.speaker)).size).toBe(1);
  });

  it('attributes an unnamed official to the body', () => {
    const ex = run('The Swiss Foreign Ministry spokesperson repeatedly mentioned the summit, saying that Geneva will host it.');
    expect(speakerName(ex, /Geneva will host/)).toMatch(/Foreign Ministry/);
  });

  it('marks mostly quoted content direct and mostly paraphrased content indirect', () => {
    const ex = run('Minister Ali Khan said the ties are "stronger than ever before in history".\nMinister Ali Khan said trade grew by half last year, "a record".');
    expect(ex.claims[0]!.kind).toBe('direct');
    expect(ex.claims[1]!.kind).toBe('indirect');
  });

  it('claim offsets point at the claim text in the original article', () => {
    const text = 'Home > News >\n\nGhana said on Monday that cocoa prices will rise.';
    const ex = run(text);
    const c = ex.claims[0]!;
    expect(text.slice(c.start!, c.end!)).toBe(c.text);
  });
});
