// The reporting lexicon is data: every entry is a lemma, takes known frames, and no list repeats itself
// or another list's job.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/index.js';
import { REPORTING_VERBS, URGE_PHRASAL, cueLemma } from '../../src/lexicon/reporting.js';
import * as attribution from '../../src/lexicon/attribution.js';
import { PREPS } from '../../src/lexicon/function-words.js';

const FRAMES = new Set(['that', 'needs-that', 'told', 'urge', 'object', 'object-as', 'leading', 'label']);

describe('reporting lexicon', () => {
  it('lists each verb once, by its lemma, with known frames and no conflicting ones', () => {
    for (const [lemma, v] of REPORTING_VERBS) {
      expect(analyse(`They ${lemma} it.`).tokens[1]!.lemma, lemma).toBe(lemma);
      expect(v.frames.every((f) => FRAMES.has(f)), lemma).toBe(true);
      expect(new Set(v.frames).size, lemma).toBe(v.frames.length);
      expect(v.frames.includes('that') && v.frames.includes('needs-that'), lemma).toBe(false);
      if (v.objects) expect(v.frames, lemma).toContain('object');
    }
    for (const lemma of URGE_PHRASAL.keys()) expect(REPORTING_VERBS.has(lemma)).toBe(true);
  });
  it('finds the lemma of inflected and noun-tagged forms', () => {
    expect(cueLemma('warning', 'warning')).toBe('warn');
    expect(cueLemma('noting', 'noting')).toBe('note');
    expect(cueLemma('tweeting', 'tweeting')).toBe('tweet');
    expect(cueLemma('table', 'table')).toBe('table');
  });
  it('keeps its word lists free of prepositions and of each other\'s entries', () => {
    const lists = Object.entries(attribution).filter((e): e is [string, Set<string>] => e[1] instanceof Set);
    for (const [name, set] of lists) for (const w of set) expect(w, name).toBe(w.toLowerCase());
    expect([...attribution.DOC_NOUNS].filter((w) => attribution.AUDIENCE.has(w))).toEqual([]);
    expect([...attribution.SPEAKER_PRONOUNS].filter((w) => PREPS.has(w))).toEqual([]);
  });
});
