import { TITLE_MODIFIERS, TITLE_PREPOSITIONS } from '../../lexicon/index.js';
import { genderOf, titleAt } from '../titles.js';
import type { Ctx, Mention } from '../types.js';


/** Roles in the apposition after a named person at out[q]; gives the person a title if it has none. */
function rolesAfter(ctx: Ctx, m: Mention, byStart: Map<number, number>): Array<{ title: string; affil: Mention }> {
  const { toks, out } = ctx;
  const roles: Array<{ title: string; affil: Mention }> = [];
  let k = m.t1 + 1;
  for (let guard = 0; guard < 4; guard++) {
    if (['a', 'an', 'the'].includes(toks[k]?.l ?? '')) k++;
    let mods = '';
    while (TITLE_MODIFIERS.has(toks[k]?.l ?? '')) { mods += `${toks[k]!.l} `; k++; }
    const n = titleAt(toks, k, toks.length);
    if (!n) break;
    const title = mods + ctx.text.slice(toks[k]!.s, toks[k + n - 1]!.e).toLowerCase();
    // the title alone lets "the spokesman" find this person even when the body is not named
    if (!m.title) { m.title = title; const g = genderOf(title); if (g) m.gender = g; }
    k += n;
    if (!TITLE_PREPOSITIONS.has(toks[k]?.l ?? '')) break;
    k++;
    if (toks[k]?.l === 'the') k++;
    const aff = byStart.get(k) ?? byStart.get(k - 1);
    if (aff === undefined) break;
    roles.push({ title, affil: out[aff]! });
    k = out[aff]!.t1;
    if (toks[k]?.l !== 'and') break;
    k++;
  }
  return roles;
}

/**
 * Appositions after a name give roles: "Ma, a spokesman for the Taiwan Affairs Office," / "Wang, a
 * member of the Political Bureau and director of the Office," (the person's mentions are this
 * sentence's own, so setting their title here changes nothing another stage holds).
 */
export function appositions(ctx: Ctx): void {
  const { toks, out } = ctx;
  const byStart = new Map<number, number>();
  for (let q = ctx.first; q < out.length; q++) if (!byStart.has(out[q]!.t0)) byStart.set(out[q]!.t0, q);
  for (let q = ctx.first; q < out.length; q++) {
    const m = out[q]!;
    if (m.type !== 'Person' || m.kind !== 'name' || toks[m.t1]?.v !== ',') continue;
    const roles = rolesAfter(ctx, m, byStart);
    if (roles.length) m.roles = [...(m.roles ?? []), ...roles];
  }
}
