// The relation lexicon is data on lemmas: every entry is a lemma wink gives, no entry is repeated, and no
// word (with its preposition) maps to two predicates. Hedges, negations and criticism words likewise.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/index.js';
import { RELATION_WORDS } from '../../src/lexicon/relations.js';
import { HEDGES, NEGATIONS } from '../../src/lexicon/modality.js';
import { CRITICISM } from '../../src/lexicon/criticism.js';

/** The lemma wink gives a word used as a verb or as a noun. */
const lemmaOf = (w: string): string[] => [analyse(`They ${w} it.`).tokens[1]!.lemma, analyse(`The ${w} ended.`).tokens[1]!.lemma];

describe('relation lexicon', () => {
  it('lists lemmas only, each word and frame once, and no word with two predicates for one frame', () => {
    const seen = new Map<string, string>();
    for (const w of RELATION_WORDS) {
      expect(lemmaOf(w.lemma), w.lemma).toContain(w.lemma);
      for (const prep of w.prep ?? ['']) {
        const key = `${w.lemma} ${prep} ${w.direction}`;
        expect(seen.get(key), `${key} listed twice`).toBeUndefined();
        seen.set(key, w.predicate);
      }
    }
  });
  it('keeps hedges and negations apart and in lower case', () => {
    for (const set of [HEDGES, NEGATIONS, CRITICISM]) {
      for (const w of [...set.lemmas, ...set.words, ...set.phrases.flat()]) expect(w).toBe(w.toLowerCase());
    }
    expect([...HEDGES.lemmas].filter((w) => NEGATIONS.lemmas.has(w))).toEqual([]);
    expect([...HEDGES.words].filter((w) => NEGATIONS.words.has(w))).toEqual([]);
  });
  it('lists no criticism word that a stem already covers', () => {
    const covered = (w: string) => CRITICISM.stems.some((s) => w.startsWith(s));
    expect([...CRITICISM.lemmas, ...CRITICISM.words].filter(covered)).toEqual([]);
    expect(new Set(CRITICISM.stems).size).toBe(CRITICISM.stems.length);
  });
});
