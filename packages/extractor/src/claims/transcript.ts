// Question-and-answer transcripts: every answer sentence is a direct claim of the one the header names.
import type { ClaimContext, Unit } from './types.js';

/** The unit opens with "A:" or "Q:" on a line of its own. */
export function qaLabel(ctx: ClaimContext, u: Unit, label: 'A' | 'Q'): boolean {
  const { toks, text } = ctx;
  return toks[u.t0]?.v === label && toks[u.t0 + 1]?.v === ':' && (u.t0 === 0 || text.slice(toks[u.t0 - 1]!.e, toks[u.t0]!.s).includes('\n'));
}

/** The person answering in a transcript (two answers or more, named in the header), else -1. */
export function transcriptAnswerer(ctx: ClaimContext, us: readonly Unit[]): number {
  if (us.filter((u) => qaLabel(ctx, u, 'A')).length < 2) return -1;
  const u = us[0];
  if (!u) return -1;
  const { r } = ctx;
  for (let i = 0; i < r.mentions.length; i++) {
    const m = r.mentions[i]!;
    if (m.t0 >= u.t1) break;
    if (m.t0 >= u.t0 && m.type === 'Person' && m.kind === 'name' && r.entOf[i]! >= 0) return r.entOf[i]!;
  }
  return -1;
}
