// Lookups over a sorted mention list by token position and sentence, so no pass scans every mention
// for every mention (articles of a megabyte have tens of thousands).
import type { Mention } from '../mentions.js';

export interface MentionIndex {
  /** First mention (lowest index) starting at token t. */
  byT0: Map<number, number[]>;
  /** Mentions ending at token t (exclusive end). */
  byT1: Map<number, number[]>;
  /** Index of the first mention of sentence s (mentions sorted by offset). */
  firstOfSentence: (s: number) => number;
}

export function indexMentions(mentions: readonly Mention[]): MentionIndex {
  const byT0 = new Map<number, number[]>(), byT1 = new Map<number, number[]>();
  mentions.forEach((m, i) => {
    const a = byT0.get(m.t0); if (a) a.push(i); else byT0.set(m.t0, [i]);
    const b = byT1.get(m.t1); if (b) b.push(i); else byT1.set(m.t1, [i]);
  });
  const firstOfSentence = (s: number): number => {
    let lo = 0, hi = mentions.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (mentions[mid]!.sent < s) lo = mid + 1; else hi = mid; }
    return lo;
  };
  return { byT0, byT1, firstOfSentence };
}

/** The first mention at `t` (by t0 or t1 map) that passes `ok`. */
export function mentionAt(map: Map<number, number[]>, mentions: readonly Mention[], t: number, ok: (m: Mention) => boolean): number {
  for (const i of map.get(t) ?? []) if (ok(mentions[i]!)) return i;
  return -1;
}

/** Copies of the mentions (affiliations and roles re-pointed to the copies): the stage changes its copies only. */
export function copyMentions(ms: readonly Mention[]): Mention[] {
  const copy = new Map<Mention, Mention>();
  for (const m of ms) copy.set(m, { ...m });
  const re = (m: Mention | undefined): Mention | undefined => (m ? copy.get(m) ?? m : m);
  for (const c of copy.values()) {
    if (c.affil) c.affil = re(c.affil);
    if (c.roles) c.roles = c.roles.map((r) => ({ title: r.title, affil: re(r.affil)! }));
  }
  return [...copy.values()];
}
