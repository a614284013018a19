// When a claim was said, as the store compares and keeps it: an ISO date plus its precision
// (day/week/month/year, see the extractor's time/expressions.ts). Two reports' times agree when the
// spans they name overlap ("on Monday" lies within "last week"); an unknown time agrees with any.
import type { TimePrecision } from '@kg/ontology';

export interface SaidAt {
  date: string;
  precision: TimePrecision;
}

const RANK: Record<TimePrecision, number> = { day: 0, week: 1, month: 2, year: 3 };

/** [first day, day after the last) of the span, as epoch days. */
function span(t: SaidAt): [number, number] {
  const d = new Date(`${t.date.slice(0, 10)}T00:00:00Z`);
  const start = d.getTime() / 86_400_000;
  const end =
    t.precision === 'day' ? start + 1
      : t.precision === 'week' ? start + 7
        : t.precision === 'month' ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / 86_400_000
          : Date.UTC(d.getUTCFullYear() + 1, 0, 1) / 86_400_000;
  return [start, end];
}

export function timesAgree(a: SaidAt | null, b: SaidAt | null): boolean {
  if (!a || !b) return true;
  const [s1, e1] = span(a);
  const [s2, e2] = span(b);
  return s1 < e2 && s2 < e1;
}

/** The claim's time from its reports': the most precise known one, then the earliest. */
export function claimTime(times: ReadonlyArray<SaidAt | null>): SaidAt | null {
  let best: SaidAt | null = null;
  for (const t of times) {
    if (!t) continue;
    if (!best || RANK[t.precision] < RANK[best.precision] || (RANK[t.precision] === RANK[best.precision] && t.date < best.date)) best = t;
  }
  return best;
}

/** A report's or claim's stored pair of properties as a SaidAt. */
export function saidAtOf(date: string | null | undefined, precision: string | null | undefined): SaidAt | null {
  return date ? { date, precision: (precision && precision in RANK ? precision : 'day') as TimePrecision } : null;
}

/** Cypher: the rank of a precision property, to order reports by the rule of claimTime. */
export const PRECISION_RANK = (p: string): string => `CASE ${p} WHEN 'day' THEN 0 WHEN 'week' THEN 1 WHEN 'month' THEN 2 WHEN 'year' THEN 3 ELSE 4 END`;
