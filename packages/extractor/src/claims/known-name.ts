// A speaker the mention stage missed: capitalised words right before a cue that name a person already
// known in the article ("Lynch said ..." where the tagger read "Lynch" as a verb, a bare surname at the
// start of a sentence). Only an exact, unambiguous match is taken: a wrong speaker is worse than none.
import type { ClaimContext } from './types.js';

export interface KnownName { entity: number; start: number }

/** The known person (or named body) the capitalised run ending at token q names, if exactly one. */
export function knownNameBefore(ctx: ClaimContext, q: number, clauseStart: (i: number) => boolean): KnownName | null {
  const { toks, r } = ctx;
  let st = q;
  while (st > 0 && q - st < 2 && /^[A-Z][A-Za-z'’.-]*$/.test(toks[st - 1]!.v) && !ctx.inMention[st - 1]) st--;
  if (!/^[A-Z][a-z]/.test(toks[q]?.v ?? '') || ctx.inMention[q] || !clauseStart(st)) return null;
  const run = toks.slice(st, q + 1).map((w) => w.v).join(' ');
  const exact: number[] = [], surname: number[] = [];
  r.entities.forEach((e, i) => {
    if (e.type === 'Place' || e.type === 'Country') return;
    if (e.name === run || e.aliases.has(run)) exact.push(i);
    else if (e.type === 'Person' && e.name.split(' ').length > 1 && e.name.endsWith(` ${run}`)) surname.push(i);
  });
  const hit = exact.length === 1 ? exact : exact.length === 0 && surname.length === 1 ? surname : [];
  return hit.length ? { entity: hit[0]!, start: st } : null;
}
