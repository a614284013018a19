// A speaker the mention stage missed: capitalised words right before a cue that name a person already
// known in the article ("Lynch said ..." where the tagger read "Lynch" as a verb, a bare surname at the
// start of a sentence). Only an exact, unambiguous match is taken: a wrong speaker is worse than none.
import type { ClaimContext } from './types.js';

export interface KnownName { entity: number; start: number }

/** The known person (or named body) the capitalised run ending at token q names, if exactly one. */
export function knownNameBefore(ctx: ClaimContext, q: number, clauseStart: (i: number) => boolean): KnownName | null {
  const { toks } = ctx;
  let st = q;
  while (st > 0 && q - st < 2 && /^[A-Z][A-Za-z'’.-]*$/.test(toks[st - 1]!.v) && !ctx.inMention[st - 1]) st--;
  if (!/^[A-Z][a-z]/.test(toks[q]?.v ?? '') || ctx.inMention[q] || !clauseStart(st)) return null;
  const entity = knownRun(ctx, st, q + 1);
  return entity >= 0 ? { entity, start: st } : null;
}

/** The one known person (or named body) tokens [a, b) name ("said Hunt."), else -1. */
export function knownRun(ctx: ClaimContext, a: number, b: number): number {
  const { toks, r } = ctx;
  if (b <= a || b - a > 3) return -1;
  for (let q = a; q < b; q++) if (ctx.inMention[q] || !/^[A-Z][A-Za-z'’.-]*$/.test(toks[q]!.v)) return -1;
  const run = toks.slice(a, b).map((w) => w.v).join(' ');
  const exact: number[] = [], surname: number[] = [];
  r.entities.forEach((e, i) => {
    if (e.type === 'Place' || e.type === 'Country') return;
    if (e.name === run || e.aliases.has(run)) exact.push(i);
    else if (e.type === 'Person' && e.name.split(' ').length > 1 && e.name.endsWith(` ${run}`)) surname.push(i);
  });
  const hit = exact.length === 1 ? exact : exact.length === 0 && surname.length === 1 ? surname : [];
  return hit.length ? hit[0]! : -1;
}
