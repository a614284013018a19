// A description as speaker ("The company said", "the Republican nominee says"): the most recent person
// the article gave that role noun (a title before the name or a stated role), else the last body named if its
// name carries the noun ("the campaign", "the bank") or, for "company"/"firm", a company's legal
// form or industry head. Nothing matches: no speaker (a wrong speaker is worse than none).
import { COMPANY_DESC } from '../lexicon/attribution.js';
import { COMPANY_SUFFIXES, INDUSTRY_HEADS } from '../lexicon/names.js';
import type { ClaimContext } from './types.js';

export interface Described { entity: number; start: number }

/** The referent of "the (ADJ|PROPN)* NOUN" ending at token q, at a clause start. */
export function describedBefore(ctx: ClaimContext, q: number, clauseStart: (i: number) => boolean): Described | null {
  const { toks } = ctx;
  const head = toks[q]!;
  if (head.pos !== 'NOUN' || !/^[a-z]+$/.test(head.v) || head.v.endsWith('s')) return null;
  let st = q;
  while (st > 0 && q - st < 4 && ['ADJ', 'PROPN', 'NOUN'].includes(toks[st - 1]!.pos) && toks[st - 1]!.v !== ',') st--;
  if (toks[st - 1]?.l !== 'the' || !clauseStart(st - 1)) return null;
  const e = personWithRole(ctx, st, head.l);
  const entity = e >= 0 ? e : bodyOfKind(ctx, st, head.l);
  return entity >= 0 ? { entity, start: st - 1 } : null;
}

/** The last person before token k whose title (stated role or words right before the name) has the noun. */
function personWithRole(ctx: ClaimContext, k: number, noun: string): number {
  const { toks, r } = ctx;
  const re = new RegExp(`\\b${noun}\\b`, 'i');
  for (let i = r.mentions.length - 1; i >= 0; i--) {
    const m = r.mentions[i]!;
    const e = r.entOf[i]!;
    if (m.t0 >= k || e < 0 || m.type !== 'Person' || r.entities[e]?.type !== 'Person') continue;
    if (r.roles.some((x) => x.person === e && re.test(x.title))) return e;
    for (let p = m.t0 - 1; p >= Math.max(0, m.t0 - 4) && /^[A-Za-z.-]+$/.test(toks[p]!.v); p--) if (toks[p]!.l === noun) return e;
  }
  return -1;
}

/** The last organisation named before token k, if it is of the noun's kind. */
function bodyOfKind(ctx: ClaimContext, k: number, noun: string): number {
  const { r } = ctx;
  const re = new RegExp(`\\b${noun}\\b`, 'i');
  for (let i = r.mentions.length - 1; i >= 0; i--) {
    const m = r.mentions[i]!;
    const e = r.entOf[i]!;
    if (m.t0 >= k || e < 0 || m.kind !== 'name' || r.entities[e]?.type !== 'Organization') continue;
    const name = r.entities[e]!.name;
    const last = name.replace(/\.$/, '').split(/\s+/).pop() ?? '';
    // only the last body named: "The association" after another body names may mean that one
    return re.test(name) || (COMPANY_DESC.has(noun) && (COMPANY_SUFFIXES.has(last) || INDUSTRY_HEADS.has(last))) ? e : -1;
  }
  return -1;
}
