// Head words that make a capitalised run an organisation: body heads ("Ministry", "Bureau"), and the
// marks of a company: a legal form ("Ltd", "GmbH", "PT ...") or an industry head ("Biosystems").
import type { Token } from '../nlp.js';
import { COMPANY_PREFIXES, COMPANY_SUFFIXES, INDUSTRY_HEADS, ORG_HEADS } from '../lexicon/index.js';

const bare = (v: string): string => v.replace(/\.$/, '');

/** A company mark at token k of the run [a, b): a legal form at either end, or an industry head. */
export function companyMark(toks: readonly Token[], k: number, a: number, b: number): 'legal' | 'industry' | null {
  const v = toks[k]!.v;
  if ((k === b - 1 && k > a && COMPANY_SUFFIXES.has(bare(v))) || (k === a && b - a >= 2 && COMPANY_PREFIXES.has(v))) return 'legal';
  if (k > a && INDUSTRY_HEADS.has(v)) return 'industry';
  return null;
}

/** Whether token k heads an organisation inside the run [a, b). */
export const isOrgHead = (toks: readonly Token[], k: number, a: number, b: number): boolean =>
  ORG_HEADS.has(toks[k]!.v) || companyMark(toks, k, a, b) !== null;

/** How sure an organisation typed by its heads is: body heads are certain, company marks nearly so. */
export function orgConfidence(toks: readonly Token[], a: number, b: number): number | undefined {
  let mark: 'legal' | 'industry' | null = null;
  for (let k = a; k < b; k++) {
    if (ORG_HEADS.has(toks[k]!.v)) return undefined;
    mark = companyMark(toks, k, a, b) ?? mark;
  }
  return mark === 'legal' ? 0.95 : mark === 'industry' ? 0.85 : undefined;
}
