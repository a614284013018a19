import { TITLE_WORDS } from '../../lexicon/function-words.js';
import { knownRun } from '../known-name.js';
import { isQuote } from '../quotes.js';
import { speakerCapable } from '../context.js';
import { backwardCue, quoteAfter, type CueSite, type RuleResult } from '../site.js';

/** The inverted order: '"Sanctions will continue," said High Representative Josep Borrell.' */
export const saidSpeaker = (site: CueSite): RuleResult => {
  const v = site.verb;
  if (!v) return undefined;
  const { ctx, k, u } = site;
  const { toks } = ctx;
  const prev = toks[k - 1];
  if (!prev || !(prev.v === ',' || isQuote(prev.v))) return undefined;
  let q = v.e, nouns = 0;
  // lower-case role nouns before the name ('said radio host Jo Bell') count only when a person's name ends the run
  while (q < u.t1 && (TITLE_WORDS.has(toks[q]!.l) || toks[q]!.l === 'the' || /^[A-Z]/.test(toks[q]!.v)
    || (toks[q]!.pos === 'NOUN' && /^[a-z]+$/.test(toks[q]!.v) && ++nouns <= 3))) q++;
  if (q === v.e || !(ctx.mentionEnding.has(q) || knownRun(ctx, v.e, q) >= 0)) return undefined;
  if (nouns && !personEnds(site, q)) return undefined;
  if (!(q >= u.t1 || /^[.;]$/.test(toks[q]!.v) || (toks[q]!.v === ',' && q + 1 < u.t1))) return undefined;
  const c0 = backwardCue(ctx, 'said-speaker', k, q, v.t.l);
  if (!c0) return 'block';
  // 'said Acme host Jo Bell': the person, not the body named before the role noun
  const c = nouns ? { ...c0, source: { kind: 'mention' as const, mention: ctx.mentionEnding.get(q)! } } : c0;
  // '"A," said X, "B."': a split quotation is one claim
  const split = toks[q]?.v === ',' ? quoteAfter(site, q) : null;
  return split ? { ...c, tail: split.tail } : c;
};

/** A person's name (a resolved mention typed Person) ends at q. */
function personEnds(site: CueSite, q: number): boolean {
  const { ctx } = site;
  const mi = ctx.mentionEnding.get(q);
  if (mi === undefined || !speakerCapable(ctx, mi) || ctx.r.entities[ctx.r.entOf[mi]!]!.type !== 'Person') return false;
  // only the name's own descriptors before it: not 'the mother of Jo Bell'
  for (let i = site.verb!.e; i < ctx.r.mentions[mi]!.t0; i++) {
    const t = ctx.toks[i]!;
    if (!(/^[A-Z]/.test(t.v) || t.pos === 'NOUN' || (t.l === 'the' && i === site.verb!.e))) return false;
  }
  return true;
}
