// Name candidates (capitalised runs the mention stage left untyped) typed by the ordered rules of
// ./rules: each candidate gets the first verdict; untyped candidates are dropped.
import type { Token } from '../nlp.js';
import type { Mention, MentionResult } from '../mentions.js';
import { CANDIDATE_RULES, type Candidate, type CandidateContext } from './rules/index.js';
import { expandAcronyms, initials } from './keys.js';
import type { MentionIndex } from './mention-index.js';

function bracketedAcronyms(toks: readonly Token[], cands: readonly Candidate[], orgAt: Map<number, Mention>): Map<string, Mention> {
  const out = new Map<string, Mention>();
  for (const c of cands) {
    if (toks[c.t0 - 1]?.v !== '(' || out.has(c.text)) continue;
    const o = orgAt.get(c.t0 - 1);
    if (o) out.set(c.text, o);
  }
  return out;
}

function personParts(mentions: readonly Mention[]): Map<string, Mention> {
  const out = new Map<string, Mention>();
  const put = (k: string, m: Mention): void => { if (!out.has(k)) out.set(k, m); };
  for (const m of mentions) {
    if (m.type !== 'Person' || m.kind !== 'name' || !m.name.includes(' ')) continue;
    const w = m.name.split(' ');
    put(m.name, m);
    put(w[0]!, m);
    put(w[w.length - 1]!, m);
    if (w.length >= 3) put(w.slice(-2).join(' '), m);
  }
  return out;
}

export function candidateContext(text: string, toks: readonly Token[], mentions: readonly Mention[], ix: MentionIndex, cands: readonly Candidate[]): CandidateContext {
  const orgAt = new Map<number, Mention>();
  const orgByInitials = new Map<string, Mention>();
  for (const m of mentions) {
    if (m.type !== 'Organization' || m.kind !== 'name') continue;
    if (!orgAt.has(m.t1)) orgAt.set(m.t1, m);
    for (const k of [initials(m.name), initials(expandAcronyms(m.name))]) if (!orgByInitials.has(k)) orgByInitials.set(k, m);
  }
  return { text, toks, mentions, ix, bracketed: bracketedAcronyms(toks, cands, orgAt), orgByInitials, personParts: personParts(mentions) };
}

/** The candidates the rules type, as new mentions. */
export function typeCandidates(ctx: CandidateContext, cands: MentionResult['candidates']): Mention[] {
  const out: Mention[] = [];
  for (const c of cands) {
    for (const rule of CANDIDATE_RULES) {
      const v = rule(c, ctx);
      if (v === undefined) continue;
      if (v !== 'drop') out.push(v);
      break;
    }
  }
  return out;
}
