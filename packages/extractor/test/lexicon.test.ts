// Every file of src/lexicon is data: no list repeats an entry, no two lists contradict each other
// (across all the files, the claims' and relations' lists included), lists matched on lemmas hold
// lemmas, and stage files keep no word lists of their own.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/nlp.js';

const DIR = join(import.meta.dirname, '../src/lexicon');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts');

/** Every exported word list of every lexicon file: Sets, Map keys and string arrays, by export name. */
async function lists(): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const f of FILES) {
    const mod = (await import(join(DIR, f))) as Record<string, unknown>;
    for (const [name, v] of Object.entries(mod)) {
      if (v instanceof Set) out.set(name, [...(v as Set<unknown>)].filter((x): x is string => typeof x === 'string'));
      else if (v instanceof Map) out.set(name, [...(v as Map<unknown, unknown>).keys()].filter((x): x is string => typeof x === 'string'));
      else if (Array.isArray(v) && v.length && v.every((x) => typeof x === 'string')) out.set(name, v as string[]);
    }
  }
  return out;
}

const fold = (w: string): string => w.toLowerCase();
const overlap = (a: string[], b: string[]): string[] => { const B = new Set(b.map(fold)); return a.filter((w) => B.has(fold(w))); };

/** Lists that mean opposite or exclusive things: an entry in both is a contradiction. */
const DISJOINT: Array<[string, string]> = [
  ['FEMALE_TITLES', 'MALE_TITLES'],
  ['ORG_HEADS', 'PLACE_HEADS'], ['ORG_HEADS', 'NON_NAME_HEADS'], ['PLACE_HEADS', 'NON_NAME_HEADS'],
  ['ORG_HEADS', 'NAME_STOP'], ['ORG_HEADS', 'HONORIFICS'], ['ORG_HEADS', 'NAME_PARTICLES'],
  ['PLACE_HEADS', 'NAME_STOP'], ['ACRONYM_STOP', 'ORG_HEADS'], ['LEAD_ADJ', 'ORG_HEADS'],
  ['FUTURE_MODALS', 'ONGOING_AFTER_MODAL'],
];
/** Lists that refine another: every entry must also be in the wider list. */
const SUBSET: Array<[string, string]> = [
  ['WEAK_TITLES', 'TITLES'], ['FEMALE_TITLES', 'TITLES'], ['MALE_TITLES', 'TITLES'],
];
/** Lists matched on wink lemmas (besides every list whose name ends in _LEMMAS). */
const LEMMA_LISTS = ['LOC_VERBS', 'PLACE_VERBS'];

describe('lexicon', () => {
  it('repeats no entry inside a word list (source literals and exported arrays)', async () => {
    for (const f of FILES) {
      const src = readFileSync(join(DIR, f), 'utf8');
      for (const m of src.matchAll(/words\(\s*([`'"])([\s\S]*?)\1\s*\)/g)) {
        const ws = m[2]!.trim().split(/\s+/);
        const dup = ws.filter((w, i) => ws.indexOf(w) !== i);
        expect(dup, `${f}: ${ws.slice(0, 4).join(' ')} ...`).toEqual([]);
      }
    }
    for (const [name, ws] of await lists()) expect(ws.filter((w, i) => ws.indexOf(w) !== i), name).toEqual([]);
  });
  it('writes each list in one case: all lower case or all capitalised', async () => {
    for (const [name, ws] of await lists()) {
      const words = ws.filter((w) => /^\p{L}/u.test(w));
      const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
      expect(lower === 0 || lower === words.length, name).toBe(true);
    }
  });
  it('has no contradicting lists and no list copied under another name', async () => {
    const all = await lists();
    for (const [a, b] of DISJOINT) {
      expect(all.has(a) && all.has(b), `${a}/${b} exist`).toBe(true);
      expect(overlap(all.get(a)!, all.get(b)!), `${a} x ${b}`).toEqual([]);
    }
    for (const [a, b] of SUBSET) {
      const wide = new Set(all.get(b)!.map(fold));
      expect(all.get(a)!.filter((w) => !wide.has(fold(w))), `${a} within ${b}`).toEqual([]);
    }
    const names = [...all.keys()];
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        const A = all.get(names[i]!)!, B = all.get(names[j]!)!;
        const same = A.length >= 2 && A.length === B.length && overlap(A, B).length === A.length;
        // a re-export under a second name (DOC_HEADS of DOC_NOUNS) is the same object, not a copy
        expect(same && A !== B && !(A.every((w, k) => w === B[k])), `${names[i]} copies ${names[j]}`).toBe(false);
      }
    }
  });
  it('holds lemmas in the lists matched on lemmas', async () => {
    for (const [name, ws] of await lists()) {
      if (!name.endsWith('_LEMMAS') && !LEMMA_LISTS.includes(name)) continue;
      for (const w of ws) {
        const t = analyse(`They ${w} it.`).tokens[1]!, n = analyse(`The ${w} spoke.`).tokens[1]!;
        expect(t.lemma === w || n.lemma === w, `${name}: ${w}`).toBe(true);
      }
    }
  });
  it('knows given names with their gender, from the package lists', async () => {
    const { GIVEN_NAMES, givenNameGender } = await import('../src/lexicon/given-names.js');
    expect(GIVEN_NAMES.size).toBeGreaterThan(5000);
    expect(givenNameGender('Margaret')).toBe('f');
    expect(givenNameGender('Thomas')).toBe('m');
    expect(givenNameGender('Zzyzx')).toBeUndefined();
  });
  it('leaves no word list in the stage files (they belong in the lexicon)', () => {
    const src = join(import.meta.dirname, '../src');
    const files = readdirSync(src, { recursive: true }).map(String).filter((f) => f.endsWith('.ts') && !f.startsWith('lexicon'));
    for (const f of files) {
      const text = readFileSync(join(src, f), 'utf8');
      const sets = [...text.matchAll(/new Set\(\[\s*'\p{L}[^\]]*\]\)|\bwords\(\s*[`'"]/gu)].map((m) => m[0].slice(0, 40));
      expect(sets, f).toEqual([]);
    }
  });
});
