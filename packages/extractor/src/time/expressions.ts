// Time expressions of news English ("on Monday", "last week", "in November", "May 22, 2023",
// "yesterday") found in a text and resolved against a reference date (the article's date). Pure.
//
// A resolved time is an ISO date plus its precision: a day is that day; a week is the Monday that
// starts it; a month is its first day; a year is January 1. Sorting and range filters work on the
// date alone; the precision says how much of it the text actually gave.

import type { TimePrecision } from '@kg/ontology';

export interface TimePoint {
  date: string;
  precision: TimePrecision;
}

type Parsed =
  | { kind: 'date'; year: number | null; month: number; day: number }
  | { kind: 'relDay'; offset: number }
  | { kind: 'weekday'; weekday: number; next: boolean }
  | { kind: 'week' | 'month' | 'year'; offset: number }
  | { kind: 'monthName'; month: number; year: number | null; next: boolean }
  | { kind: 'yearNum'; year: number };

export type TimeExpression = Parsed & { start: number; end: number; text: string };

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** "Jan", "Jan.", "Sept", "January" -> 1..12; null for anything else. */
export function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  const i = MONTH_NAMES.findIndex((m) => m === w || (w.length <= 4 && m.startsWith(w) && (w !== 'sept' || m === 'september')));
  return i < 0 ? null : i + 1;
}

const MON = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY = '(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const YEAR = '((?:19|20)\\d\\d)';
// Order matters: the longest forms are tried first at each position (alternation in one regex).
const PATTERNS: Array<[RegExp, (m: RegExpExecArray) => Parsed | null]> = [
  [new RegExp(`\\b${YEAR}-(\\d\\d)-(\\d\\d)\\b`, 'y'), (m) => ({ kind: 'date', year: +m[1]!, month: +m[2]!, day: +m[3]! })],
  [new RegExp(`\\b(?:${DAY},?\\s+)?${MON}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+${YEAR}\\b)?`, 'iy'),
    (m) => month(m[2]!, (mo) => ({ kind: 'date', year: m[4] ? +m[4] : null, month: mo, day: +m[3]! }))],
  [new RegExp(`\\b(?:${DAY},?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MON}(?:,?\\s+${YEAR})?\\b`, 'iy'),
    (m) => month(m[3]!, (mo) => ({ kind: 'date', year: m[4] ? +m[4] : null, month: mo, day: +m[2]! }))],
  [/\b(?:the\s+day\s+before\s+yesterday)\b/iy, () => ({ kind: 'relDay', offset: -2 })],
  [/\byesterday\b/iy, () => ({ kind: 'relDay', offset: -1 })],
  [/\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b/iy, () => ({ kind: 'relDay', offset: 0 })],
  [/\btomorrow\b/iy, () => ({ kind: 'relDay', offset: 1 })],
  [new RegExp(`\\b(?:(next|last|this|on|late|early)\\s+)?${DAY}\\b`, 'iy'),
    (m) => ({ kind: 'weekday', weekday: WEEKDAYS.indexOf(`${m[2]!.toLowerCase()}day`), next: m[1]?.toLowerCase() === 'next' })],
  [/\b(last|this|next|earlier\s+this|later\s+this)\s+(week|month|year)\b/iy,
    (m) => ({ kind: m[2]!.toLowerCase() as 'week' | 'month' | 'year', offset: offsetOf(m[1]!) })],
  [new RegExp(`\\b(in|last|next|early|late)\\s+${MON}(?:\\s+${YEAR})?\\b`, 'iy'),
    (m) => month(m[2]!, (mo) => ({ kind: 'monthName', month: mo, year: m[3] ? +m[3] : null, next: m[1]!.toLowerCase() === 'next' }))],
  [new RegExp(`\\b(?:in|during)\\s+${YEAR}\\b`, 'iy'), (m) => ({ kind: 'yearNum', year: +m[1]! })],
];

function month(word: string, f: (m: number) => Parsed): Parsed | null {
  // month names are capitalised in English: "in may" or "may 5" is the verb, not the month
  const m = /^\p{Lu}/u.test(word) ? monthNumber(word) : null;
  return m ? f(m) : null;
}

function offsetOf(word: string): number {
  const w = word.toLowerCase();
  return w === 'last' ? -1 : w === 'next' ? 1 : 0;
}

/** Every time expression in `text`, left to right, none overlapping. */
export function findTimeExpressions(text: string): TimeExpression[] {
  const out: TimeExpression[] = [];
  // Candidate starts: word starts only (the sticky patterns are tried there), so a long text is cheap.
  for (const w of text.matchAll(/\b[\p{L}\d]/gu)) {
    const i = w.index;
    if (out.length && i < out[out.length - 1]!.end) continue;
    for (const [re, make] of PATTERNS) {
      re.lastIndex = i;
      const m = re.exec(text);
      if (!m) continue;
      const p = make(m);
      if (!p) continue;
      out.push({ ...p, start: i, end: i + m[0].length, text: m[0] });
      break;
    }
  }
  return out;
}

// --- calendar arithmetic on ISO dates, in UTC so no time zone can shift a day ---
const toDate = (iso: string): Date => new Date(`${iso.slice(0, 10)}T00:00:00Z`);
const toIso = (d: Date): string => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * 86_400_000);
const pad = (n: number): string => String(n).padStart(2, '0');

/** ISO date of y-m-d, or null when that day does not exist. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (!(y >= 1900 && y < 2200 && m >= 1 && m <= 12 && d >= 1)) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 ? `${y}-${pad(m)}-${pad(d)}` : null;
}

const mondayOf = (d: Date): Date => addDays(d, -((d.getUTCDay() + 6) % 7));

/**
 * The year of a month (and day) given without one: the most recent on or before the reference, except
 * within a month ahead of it (a date a little after the article is an announced event, not last year's).
 */
function yearFor(ref: Date, monthNo: number, day: number): number {
  const y = ref.getUTCFullYear();
  const candidate = Date.UTC(y, monthNo - 1, day);
  return candidate - ref.getTime() > 31 * 86_400_000 ? y - 1 : y;
}

/** Resolves an expression against the reference date (ISO); null when it needs one and has none. */
export function resolveExpression(e: Parsed, ref: string | null): TimePoint | null {
  if (e.kind === 'date' && e.year !== null) return day(isoDate(e.year, e.month, e.day));
  if (e.kind === 'yearNum') return { date: `${e.year}-01-01`, precision: 'year' };
  if (e.kind === 'monthName' && e.year !== null) return { date: `${e.year}-${pad(e.month)}-01`, precision: 'month' };
  if (!ref || !isoDate(+ref.slice(0, 4), +ref.slice(5, 7), +ref.slice(8, 10))) return null;
  const r = toDate(ref);
  switch (e.kind) {
    case 'date': return day(isoDate(yearFor(r, e.month, e.day), e.month, e.day));
    case 'relDay': return { date: toIso(addDays(r, e.offset)), precision: 'day' };
    case 'weekday': {
      // the most recent such day on or before the reference ("next Monday": the first one after it)
      const back = (r.getUTCDay() - e.weekday + 7) % 7;
      return { date: toIso(addDays(r, e.next ? 7 - back || 7 : -back)), precision: 'day' };
    }
    case 'week': return { date: toIso(addDays(mondayOf(r), 7 * e.offset)), precision: 'week' };
    case 'month': {
      const d = new Date(Date.UTC(r.getUTCFullYear(), r.getUTCMonth() + e.offset, 1));
      return { date: toIso(d), precision: 'month' };
    }
    case 'year': return { date: `${r.getUTCFullYear() + e.offset}-01-01`, precision: 'year' };
    case 'monthName': {
      const y = r.getUTCFullYear();
      const refMonth = r.getUTCMonth() + 1;
      const year = e.next ? (e.month > refMonth ? y : y + 1) : e.month > refMonth ? y - 1 : y;
      return { date: `${year}-${pad(e.month)}-01`, precision: 'month' };
    }
  }
}

function day(iso: string | null): TimePoint | null {
  return iso ? { date: iso, precision: 'day' } : null;
}

/** The first full date (with its year) written in the text: "2023-01-31", "Monday, May 22, 2023". */
export function firstFullDate(text: string): { date: string; start: number } | null {
  for (const e of findTimeExpressions(text)) {
    if (e.kind !== 'date' || e.year === null) continue;
    const iso = isoDate(e.year, e.month, e.day);
    if (iso) return { date: iso, start: e.start };
  }
  return null;
}
