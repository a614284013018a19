// The article's date and where it came from: the page's metadata (a date stamp, a "Source: X |
// 2023-01-31" line, a byline, or the caller), else the dateline ("BEIJING, Jan. 30 (Xinhua) --", its
// year from a full date elsewhere in the page), else the first full date written in the text.
import type { DateSource } from '@kg/ontology';
import { firstFullDate, isoDate, monthNumber } from './expressions.js';

export interface ArticleDate {
  publishedAt: string | null;
  dateSource: DateSource | null;
  /** The dateline's date (ISO), when the dateline gives one. */
  dateline: string | null;
  /** What relative expressions ("on Monday") are resolved against: the dateline's date, else publishedAt. */
  reference: string | null;
}

/** "Jan. 30" / "Jan. 30, 2023" -> ISO; a missing year comes from `yearSource` (a nearby full date). */
export function datelineDate(written: string, yearSource: string | null): string | null {
  const m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:\s*,\s*(\d{4}))?/.exec(written.trim());
  const month = m ? monthNumber(m[1]!) : null;
  if (!m || !month) return null;
  let year = m[3] ? Number(m[3]) : null;
  if (year === null && yearSource) {
    const [py, pm] = yearSource.split('-').map(Number) as [number, number];
    year = month > pm + 1 ? py - 1 : py; // a December dateline on a January page is last year's
  }
  return year === null ? null : isoDate(year, month, Number(m[2]));
}

export interface DateInputs {
  /** The text as given (dates in junk lines count: page headers carry them). */
  text: string;
  /** publishedAt given by the caller or read from metadata lines by the cleaner. */
  metadata: string | null;
  /** The dateline's date as written ("Jan. 30"), if the article has one. */
  datelineText: string | null;
}

export function articleDate({ text, metadata, datelineText }: DateInputs): ArticleDate {
  const written = firstFullDate(text)?.date ?? null;
  const dateline = datelineText ? datelineDate(datelineText, metadata ?? written) : null;
  const [publishedAt, dateSource]: [string | null, DateSource | null] = metadata
    ? [metadata, 'metadata']
    : dateline
      ? [dateline, 'dateline']
      : written
        ? [written, 'text']
        : [null, null];
  return { publishedAt, dateSource, dateline, reference: dateline ?? publishedAt };
}
