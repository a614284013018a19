import { hasFrame } from '../../lexicon/index.js';
import { isQuote } from '../quotes.js';
import { forwardCue, type CueSite, type RuleResult } from '../site.js';

/**
 * The content right after the cue: 'She said "the talks failed."' and "The minister said China is ready."
 * Verbs with other senses need "that" or a quotation ("noted the report" is no claim); "asked him to" is urging;
 * "responded to X" names what was answered.
 */
export const speakerThenQuote = (site: CueSite): RuleResult => {
  const v = site.verb;
  if (!v) return undefined;
  const nx = site.ctx.toks[v.e];
  if (!nx) return 'block';
  if (hasFrame(v.lemma, 'needs-that') && !isQuote(nx.v)) return 'block';
  if (/^[,.;?!]$/.test(nx.v)) return 'block';
  // "did not respond to a request for comment": what it answers, not what was said
  if ((v.lemma === 'respond' || v.lemma === 'reply') && nx.l === 'to') return 'block';
  if ((v.lemma === 'ask' || v.lemma === 'warn') && nx.pos === 'PRON' && ['me', 'him', 'her', 'them', 'us'].includes(nx.l)) return 'block';
  return forwardCue(site, 'speaker-then-quote', 'forward', v.e, v.e) ?? 'block';
};
