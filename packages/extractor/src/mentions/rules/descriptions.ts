import { DESC_ORG, POSS_DET, WEAK_TITLES } from '../../lexicon/index.js';
import { isCapTok } from '../gaz.js';
import { push, titleOnly } from '../push.js';
import { genderOf, titleAt } from '../titles.js';
import type { Ctx } from '../types.js';

/** The last mention of this sentence ending at token k that can employ an official (not a person). */
function employerEndingAt(ctx: Ctx, k: number): number {
  for (let q = ctx.out.length - 1; q >= ctx.first; q--) {
    const m = ctx.out[q]!;
    if (m.t1 === k && (m.type === 'Organization' || m.kind === 'name' || m.kind === 'demonym' || m.kind === 'side')) return m.type === 'Person' ? -1 : q;
  }
  return -1;
}

/** "North Korea's foreign ministry": a national body written in lower case after its country's possessive. */
function lowerCaseBody(ctx: Ctx, k: number): void {
  const { toks, text, out } = ctx;
  let st = k;
  while (st - 1 > ctx.t0 && st > k - 3 && /^[a-z]+$/.test(toks[st - 1]!.v) && !['the', 'a', 'an', 'its', 'his', 'her', 'their'].includes(toks[st - 1]!.l)) st--;
  const p = toks[st - 1];
  if (!(st < k && (p?.v === "'s" || p?.v === '’s'))) return;
  for (let q = out.length - 1; q >= ctx.first; q--) {
    const cm = out[q]!;
    if (cm.t1 !== st - 1 || !(cm.type === 'Country' || cm.kind === 'demonym')) continue;
    const core = text.slice(toks[st]!.s, toks[k]!.e).replace(/\b[a-z]/g, (c) => c.toUpperCase());
    push(ctx, st, k + 1, { type: 'Organization', kind: 'name', name: core, country: cm.country ?? cm.name, alias: true });
    return;
  }
}

/** A lower-case title at k: an unnamed official ("the State Department spokesperson") or a description. Returns tokens used. */
function lowerCaseTitle(ctx: Ctx, k: number, n: number): number {
  const { toks, text } = ctx;
  const tk = toks[k]!;
  const emp = employerEndingAt(ctx, k);
  if (emp >= 0) { titleOnly(ctx, k, k + n, emp); return n; }
  if (toks[k - 1]?.l === 'the' || (POSS_DET.has(toks[k - 1]?.l ?? '') && !WEAK_TITLES.has(tk.l))) {
    // "the spokeswoman", "his spokesman" (the resolver finds the titled person, before or after)
    const title = text.slice(tk.s, toks[k + n - 1]!.e).toLowerCase();
    const g = genderOf(title);
    push(ctx, k - 1, k + n, { type: 'Person', kind: 'desc', name: title, title, alias: false, ...(g ? { gender: g } : {}) });
    return n;
  }
  return 0;
}

/**
 * Descriptions and lower-case officials outside the names found so far: "the ministry said", "the
 * spokeswoman added", "The U.S. Department of State spokesperson", "North Korea's foreign ministry".
 */
export function descriptions(ctx: Ctx): void {
  const { toks, out } = ctx;
  // token coverage of this sentence's mentions, computed once (not per token)
  const covered = new Uint8Array(ctx.t1 - ctx.t0);
  for (let q = ctx.first; q < out.length; q++) for (let z = Math.max(out[q]!.t0, ctx.t0); z < Math.min(out[q]!.t1, ctx.t1); z++) covered[z - ctx.t0] = 1;
  for (let k = ctx.t0; k < ctx.t1; k++) {
    const tk = toks[k]!;
    if (isCapTok(tk) || covered[k - ctx.t0]) continue;
    const n = titleAt(toks, k, ctx.t1);
    if (n && !isCapTok(toks[k + n] ?? tk)) {
      const used = lowerCaseTitle(ctx, k, n);
      if (used) { k += used - 1; continue; }
    }
    if (DESC_ORG.has(tk.l) && toks[k - 1]?.l === 'the') {
      push(ctx, k - 1, k + 1, { type: 'Organization', kind: 'desc', name: tk.l, title: tk.l, alias: false });
    } else if ((tk.l === 'ministry' || tk.l === 'department') && k - 1 > ctx.t0) {
      lowerCaseBody(ctx, k);
    }
  }
}
