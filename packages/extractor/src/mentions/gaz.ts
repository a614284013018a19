// Gazetteer look-ups on token spans.
import type { Token } from '../nlp.js';
import { foldKey, getGazetteer, type GazEntry } from '../gazetteer.js';
import type { Ctx } from './types.js';

// an upper-case letter outside ASCII ("Álvaro") is checked only for non-ASCII first characters (a hot path)
export const isCapTok = (t: Token): boolean => /^[A-Z]/.test(t.v) || /^\d+[A-Z]/.test(t.v) || (t.v.charCodeAt(0) > 127 && /^\p{Lu}/u.test(t.v));

export function gazLookup(toks: readonly Token[], a: number, b: number, text: string): GazEntry | undefined {
  const surface = text.slice(toks[a]!.s, toks[b - 1]!.e);
  const e = getGazetteer().byKey.get(foldKey(surface));
  if (!e) return undefined;
  // Short keys must be written in capitals ("US", not "us"); names must start upper-case.
  const letters = surface.replace(/[^A-Za-z]/g, '');
  if (letters.length <= 3 && letters !== letters.toUpperCase()) return undefined;
  if (!/^[A-Z0-9]/.test(surface.replace(/^the\s+/i, ''))) return undefined;
  return e;
}

/** First word of multi-word organisation names -> their largest length in words. */
const GAZ_FIRST = (() => {
  const m = new Map<string, number>();
  for (const [k, e] of getGazetteer().byKey) {
    const w = k.split(' ');
    if (w.length >= 3 && e.kind === 'org') m.set(w[0]!, Math.max(m.get(w[0]!) ?? 0, w.length + 2));
  }
  return m;
})();

/** End of the longest gazetteer name starting at i that reaches past lower-case words ("... in Europe"). */
export function gazSpanEnd(ctx: Ctx, i: number, end: number): number {
  const max = GAZ_FIRST.get(ctx.toks[i]!.l);
  if (!max) return i;
  for (let n = Math.min(max, end - i); n >= 3; n--) {
    if (!isCapTok(ctx.toks[i + n - 1]!)) continue;
    const g = gazLookup(ctx.toks, i, i + n, ctx.text);
    if (g && g.kind === 'org') return i + n;
  }
  return i;
}
