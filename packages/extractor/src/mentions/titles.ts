// Titles as token sequences: which title starts or ends at a token, and the gender a title implies.
import type { Token } from '../nlp.js';
import { FEMALE_TITLES, MALE_TITLES, TITLES, TITLE_MODIFIERS } from '../lexicon/index.js';

function indexBy(pick: (parts: string[]) => string): Map<string, string[][]> {
  const m = new Map<string, string[][]>();
  for (const t of TITLES) {
    const parts = t.split(/\s+/).filter(Boolean);
    const k = pick(parts);
    const list = m.get(k) ?? [];
    list.push(parts);
    m.set(k, list);
  }
  for (const l of m.values()) l.sort((a, b) => b.length - a.length);
  return m;
}
/** Titles as token arrays, indexed by their first / last token, longest first. */
const TITLE_INDEX = indexBy((p) => p[0]!);
const TITLE_LAST = indexBy((p) => p[p.length - 1]!);

const matchesAt = (toks: readonly Token[], st: number, parts: string[]): boolean => {
  for (let k = 0; k < parts.length; k++) if (toks[st + k]!.l !== parts[k]) return false;
  return true;
};

/** Length in tokens of the longest title starting at i (0 if none), within [i, end). */
export function titleAt(toks: readonly Token[], i: number, end: number): number {
  for (const parts of TITLE_INDEX.get(toks[i]?.l ?? '') ?? []) if (i + parts.length <= end && matchesAt(toks, i, parts)) return parts.length;
  return 0;
}
/** Length of the longest title ending at token j (inclusive), starting at or after `min`. */
export function titleEndingAt(toks: readonly Token[], j: number, min: number): number {
  for (const parts of TITLE_LAST.get(toks[j]?.l ?? '') ?? []) {
    const st = j - parts.length + 1;
    if (st >= min && matchesAt(toks, st, parts)) return parts.length;
  }
  return 0;
}

export const genderOf = (title: string | undefined): 'f' | 'm' | undefined => {
  const last = title?.split(/\s+/).pop() ?? '';
  return FEMALE_TITLES.has(last) ? 'f' : MALE_TITLES.has(last) ? 'm' : undefined;
};

export const onlyModifiers = (toks: readonly Token[], a: number, j: number): boolean => {
  for (let k = a; k < j; k++) if (toks[k]!.l !== 'the' && !TITLE_MODIFIERS.has(toks[k]!.l)) return false;
  return true;
};

/** Apposition roles for a name candidate ("Ma Xiaoguang, a spokesman for ...") make it a person. */
export function appositionTitleAfter(toks: readonly Token[], t1: number): boolean {
  let k = t1;
  if (toks[k]?.v !== ',') return false;
  k++;
  if (['a', 'an', 'the'].includes(toks[k]?.l ?? '')) k++;
  while (TITLE_MODIFIERS.has(toks[k]?.l ?? '')) k++;
  return titleAt(toks, k, toks.length) > 0;
}
