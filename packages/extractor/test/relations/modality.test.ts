// Negation and hedging of a relation, read from the words between its subject and its relation word
// (lexicon/modality.ts, matched on lemmas).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/index.js';
import { modalityOf } from '../../src/relations/modality.js';

const flags = (text: string) => { const toks = analyse(text).tokens; return modalityOf(toks, 0, toks.length - 1); };

describe('modality', () => {
  it('hedges plans, intentions and possibilities in any inflection', () => {
    for (const s of ['will visit Kyiv', 'plans to visit Kyiv', 'is planning a visit', 'is scheduled to meet', 'intended to meet',
      'is expected to sign', 'may meet', 'hoped to meet', 'is ready to talk', 'looking forward to meeting']) {
      expect(flags(s).hedged, s).toBe(true);
    }
  });
  it('does not hedge a relation that goes on or a plain fact', () => {
    for (const s of ['would continue to work with', 'will remain close to', 'in the strongest possible terms', 'met the minister']) {
      expect(flags(s).hedged, s).toBe(false);
    }
  });
  it('negates "not", "never", contractions and refusals, but not a plain statement', () => {
    for (const s of ['did not meet', "didn't meet", 'never visited', 'refused to meet', 'no longer supports', 'declining to back']) {
      expect(flags(s).negated, s).toBe(true);
    }
    expect(flags('met the minister on Monday').negated).toBe(false);
  });
});
