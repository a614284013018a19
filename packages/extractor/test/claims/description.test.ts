import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.js';

const about = (text: string): Array<string | null> => claimsOf(text).filter((c) => /deal is dead/.test(c.text)).map((c) => c.speaker ?? null);

describe('description', () => {
  it('reads "the company" as the company named last', () => {
    expect(about('Acme Corp. cut jobs on Monday. The company said the deal is dead.')).toEqual(['Acme Corp.']);
  });
  it('reads a role noun as the person the article gave that title', () => {
    expect(about('Republican nominee Paul Hunt met voters on Monday. The Republican nominee says the deal is dead.')).toEqual(['Paul Hunt']);
  });
  it('names no one when nothing named before fits the description', () => {
    expect(about('Paul Hunt met voters on Monday. The company said the deal is dead.')).toEqual([]);
  });
});

describe('speaker-then-quote: responded to', () => {
  it('takes no claim from what was answered', () => {
    expect(claimsOf('Acme Corp. cut jobs. The company did not respond to a request for comment.').map((c) => c.text)).toEqual([]);
  });
});
