// Appending mentions to the sentence's output.
import type { GazEntry } from '../gazetteer.js';
import { HONORIFICS, STATE_NOUNS } from '../lexicon/index.js';
import { genderOf } from './titles.js';
import type { Ctx, Mention } from './types.js';

export function push(ctx: Ctx, a: number, b: number, m: Omit<Mention, 's' | 'e' | 't0' | 't1' | 'sent' | 'text'>): number {
  const { toks, text } = ctx;
  const s = toks[a]!.s, e = toks[b - 1]!.e;
  const next = toks[b];
  const possessive = !!next && next.s === e && (next.v === "'s" || next.v === '’s' || next.v === "'" || next.v === '’');
  ctx.out.push({ s, e, t0: a, t1: b, sent: ctx.sent, text: text.slice(s, e), possessive, ...m });
  return ctx.out.length - 1;
}

/** A gazetteer entry as a mention: a country ("the US side"), demonym, capital, place or known body. */
export function pushGaz(ctx: Ctx, a: number, b: number, g: GazEntry): number {
  const { toks } = ctx;
  // "the US side", "the Chinese side"
  if ((g.kind === 'country' || g.kind === 'demonym') && g.type === 'Country' && toks[b] && STATE_NOUNS.has(toks[b]!.l)) {
    const a2 = toks[a - 1]?.l === 'the' ? a - 1 : a;
    return push(ctx, a2, b + 1, { type: 'Country', kind: 'side', name: g.country ?? g.name, country: g.country ?? g.name, alias: toks[b]!.l === 'side' });
  }
  if (g.kind === 'demonym') return push(ctx, a, b, { type: 'Country', kind: 'demonym', name: g.country!, country: g.country!, alias: false });
  if (g.kind === 'capital') return push(ctx, a, b, { type: 'Place', kind: 'capital', name: g.name, country: g.country!, alias: true });
  return push(ctx, a, b, { type: g.type, kind: 'name', name: g.name, alias: true });
}

/** A named person (honorifics dropped) with an optional title and affiliation (index into ctx.out). */
export function personAt(ctx: Ctx, a: number, b: number, title: string | undefined, affil: number): number {
  while (b - a >= 2 && HONORIFICS.has(ctx.toks[a]!.v)) a++;
  const name = ctx.text.slice(ctx.toks[a]!.s, ctx.toks[b - 1]!.e);
  const g = genderOf(title);
  return push(ctx, a, b, {
    type: 'Person', kind: 'name', name, alias: true,
    ...(title ? { title } : {}), ...(affil >= 0 ? { affil: ctx.out[affil]! } : {}), ...(g ? { gender: g } : {}),
  });
}

/** An unnamed official of a body or state: "the State Department spokesperson". */
export function titleOnly(ctx: Ctx, a: number, b: number, affil: number): number {
  const title = ctx.text.slice(ctx.toks[a]!.s, ctx.toks[b - 1]!.e);
  const affM = ctx.out[affil]!;
  const g = genderOf(title.toLowerCase());
  return push(ctx, a, b, {
    type: affM.type === 'Organization' ? 'Organization' : 'Country', kind: 'title-only', name: affM.name,
    title: title.toLowerCase(), affil: affM, alias: false, ...(g ? { gender: g } : {}),
  });
}
