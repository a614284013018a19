import { DESC_ORG, TITLE_MODIFIERS, WEAK_TITLES } from '../../lexicon/index.js';
import { nameLike } from '../name-like.js';
import { personAt, push } from '../push.js';
import { appositionTitleAfter, titleEndingAt } from '../titles.js';
import type { Ctx } from '../types.js';

/** The affiliation of a lower-case title starting at st: a body or state ending right before it (or its possessor). */
function affiliationBefore(ctx: Ctx, st: number, tStart: number): number {
  const { toks, out } = ctx;
  for (let q = out.length - 1; q >= ctx.first; q--) {
    const m = out[q]!;
    if (m.t1 === st || m.t1 === tStart || (m.t1 + 1 === st && TITLE_MODIFIERS.has(toks[m.t1]!.l))) return q;
    // "Fiji's former prime minister X": the possessor before a lower-case title
    if (m.t1 + 1 === st && /^['’]s$/.test(toks[m.t1]!.v) && (m.type === 'Country' || m.type === 'Organization') && m.kind !== 'desc') return q;
    if (m.t1 < st - 1) break;
  }
  // "ministry spokeswoman": the lower-case description is the affiliation
  if (DESC_ORG.has(toks[st - 1]?.l ?? '')) return push(ctx, st - 1, st, { type: 'Organization', kind: 'desc', name: toks[st - 1]!.l, title: toks[st - 1]!.l, alias: false });
  return -1;
}

/** A name after a lower-case title: a person with that title (modifiers kept) and affiliation. */
function titledName(ctx: Ctx, nm: { t0: number; t1: number }, n: number): boolean {
  const { toks, text, out } = ctx;
  const tStart = nm.t0 - n;
  let st = tStart;
  while (st - 1 >= ctx.t0 && TITLE_MODIFIERS.has(toks[st - 1]!.l)) st--;
  const affil = affiliationBefore(ctx, st, tStart);
  const title = text.slice(toks[tStart]!.s, toks[nm.t0 - 1]!.e);
  if (WEAK_TITLES.has(title.toLowerCase()) && affil < 0) return false;
  // modifiers before the affiliation ("Senior Chinese diplomat")
  let mods = '';
  const modStart = affil >= 0 ? out[affil]!.t0 : st;
  for (let q = Math.max(ctx.t0, modStart - 2); q < modStart; q++) if (TITLE_MODIFIERS.has(toks[q]!.l)) mods += `${toks[q]!.l} `;
  for (let q = st; q < tStart; q++) mods += `${toks[q]!.l} `;
  personAt(ctx, nm.t0, nm.t1, (mods + title).trim(), affil);
  return true;
}

/**
 * Name candidates after a lower-case title become persons ("Foreign Ministry spokeswoman Mao Ning",
 * "senior diplomat Wang Yi"), as do names before a titled apposition ("Ma Xiaoguang, a spokesman
 * for ..."); the rest stay candidates for the resolver.
 */
export function titledNames(ctx: Ctx): void {
  const { toks, text } = ctx;
  const names = ctx.names;
  ctx.names = [];
  for (const nm of names) {
    const n = titleEndingAt(toks, nm.t0 - 1, ctx.t0);
    if (n && titledName(ctx, nm, n)) continue;
    if (!n && appositionTitleAfter(toks, nm.t1) && nameLike(ctx, nm.t0, nm.t1)) { personAt(ctx, nm.t0, nm.t1, undefined, -1); continue; }
    const s = toks[nm.t0]!.s, e = toks[nm.t1 - 1]!.e;
    ctx.candidates.push({ t0: nm.t0, t1: nm.t1, sent: ctx.sent, s, e, text: text.slice(s, e) });
  }
}
