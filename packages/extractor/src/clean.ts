// Stage 1: cleaning and metadata. The cleaned text has exactly the length of the original: junk is
// blanked (replaced by spaces, newlines kept), so every offset found later is an offset in the
// caller's text.
import { looksEnglish } from '@kg/ontology';

export interface CleanMeta {
  title: string | null;
  source: string | null;
  publishedAt: string | null;
  dateline: string | null;
  /** The dateline's place as written ("BEIJING"), if any. */
  datelinePlace: string | null;
  /** The dateline's date as written ("Jan. 30"), before it is resolved to a full date. */
  datelineText?: string | null;
}
export interface Cleaned {
  clean: string;
  meta: CleanMeta;
  /** Offsets of the headline in the original text, when one was found. */
  titleSpan: [number, number] | null;
}

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };
/** Chinese outlet names in credit lines ("来源:新华社") -> English name. */
const CN_OUTLETS: Array<[RegExp, string]> = [
  [/新华社|新华网/, 'Xinhua'], [/中国日报/, 'China Daily'], [/人民日报|人民网/, "People's Daily"],
  [/环球时报|环球网/, 'Global Times'], [/中新社|中国新闻网/, 'China News Service'], [/央视|中央电视台|CCTV/, 'CCTV'],
  [/光明日报/, 'Guangming Daily'], [/澎湃/, 'The Paper'], [/参考消息/, 'Reference News'],
];
// eslint-disable-next-line no-misleading-character-class -- ranges of whole scripts, not combined characters
const NON_LATIN_RE = /[\u0400-\u04FF\u0590-\u06FF\u0900-\u0DFF\u0E00-\u0E7F\u1100-\u11FF\u3000-\u30FF\u3130-\u318F\u3400-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]/g;
const NAV_RE = /^\s*(?:[^\s>][^>]{0,60}>\s*){1,}[^>.!?]{0,60}$/;
const SHARE_RE = /^\s*(?:share(?: this(?: article| story)?)?|print|e-?mail|tweet|facebook|twitter|linkedin|whatsapp|wechat|weibo|copy link|font size|[aA]\+?|[aA]-)\s*[:|]?\s*(?:(?:facebook|twitter|linkedin|whatsapp|wechat|weibo|e-?mail|print|copy link)\s*[|,]?\s*)*$/i;
const SOURCE_RE = /^\s*(?:source|from)\s*[:：]\s*([^|\n]{2,60}?)\s*(?:\|\s*(\d{4}-\d{1,2}-\d{1,2})(?:[ T][\d:]+)?\s*)?$/i;
const STAMP_RE = /^\s*(?:(?:updated|published|posted|date|time)\s*[:：]?\s*)?(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s*$/i;
const EDITOR_RE = /^\s*(?:editor|edited by|reporter|writer|translator|photo|photos|video|web editor|责任编辑|编辑)\s*[:：].{0,80}$/i;
const BOILER_RE = /^\s*(?:(?:©|tags?\s*:).{0,120}$|(?:copyright|all rights reserved|follow us on|click here|subscribe|sign up|download (?:the|our) app|advertisement|read more|related (?:news|stories|articles|links|coverage|reading)?|see also|more on this|top stories|most (?:read|popular|viewed)|you may also like|recommended)\b.{0,120}$)/i;
/** A byline ("By NAME in City | Outlet | Updated: 2023-05-10 07:12", "By Global Times"): names only, no sentence. */
const BYLINE_RE = /^\s*By\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|in|and))*\s*(?:\|(.*))?$/;
/** A date line in words ("Published: Aug 21, 2023 10:45 PM", "Published 6 July 2023", "MARCH 4, 2023 • STATEMENTS"). */
const WORD_DATE_RE = /^\s*(?:(?:updated|published|posted|date|time)\s*[:：]?\s*)?(?:([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4}))(?:,?\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)?(?:\s*(?:[•|·]|\s[-–]\s)[^.!?]{0,60})?\s*$/i;
/** Contact lines at the end of a story ("Contact the writer at name@outlet.com"). */
const CONTACT_RE = /^\s*(?:contact (?:the )?(?:writers?|reporters?|authors?)\b|e-?mail\s*:).{0,120}$/i;
/** A question-and-answer transcript ("Q: ..." / "A: ..." lines): its header names the one who answers. */
const QA_RE = /^\s*[QA]\s*[:：]/;
const RELATED_HEAD_RE = /^\s*(?:related(?: (?:news|stories|articles|links|coverage|reading))?|read more|see also|more on this|you may also like|recommended)\s*:?\s*$/i;
/** A photo caption: a line ending with a photo credit ("... (Photo: VNA)", "... Photo: Xinhua"). */
const CAPTION_RE = /(?:\(\s*(?:photo|photograph|image|file photo|pictured)\b[^)]{0,60}\)|\b(?:photo|photograph|image)\s*(?:by|:|\/)\s*[^.!?]{1,50})\s*$/i;
const ID_RE = /^\s*\d{4,}\s*$/;
const DATELINE_RE = /^(\s*)([A-Z][A-Z.'-]+(?:[ -][A-Z][A-Z.'-]+){0,3})(?:\s*,\s*[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?=\s*[,(]))?(?:\s*,\s*([A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:\s*,\s*\d{4})?))?\s*(?:\(([A-Za-z][\w .&-]{1,30})\))?\s*(?:--|—|–|-)\s+/;

const blank = (s: string): string => s.replace(/[^\n]/g, ' ');

interface Line { start: number; end: number; text: string }
function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    out.push({ start, end, text: text.slice(start, end) });
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

function isoDate(y: number, m: number, d: number): string | null {
  if (!(y > 1900 && y < 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "Jan. 30" (+ optional year) -> ISO date, taking the year from the publication date when missing. */
export function parseDatelineDate(s: string, publishedAt: string | null): string | null {
  const m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:\s*,\s*(\d{4}))?/.exec(s.trim());
  if (!m) return null;
  const month = MONTHS[m[1]!.slice(0, m[1]!.toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()];
  if (!month) return null;
  const day = Number(m[2]);
  let year = m[3] ? Number(m[3]) : null;
  if (year == null && publishedAt) {
    const [py, pm] = publishedAt.split('-').map(Number) as [number, number];
    year = month > pm + 1 ? py - 1 : py; // a dateline in December for a January stamp is last year
  }
  return year == null ? null : isoDate(year, month, day);
}

/** Share of letters on a line that are not Latin (CJK, Cyrillic, Arabic...). */
const isNonLatin = (c: number): boolean => (c <= 0x4ff) || (c >= 0x590 && c <= 0x6ff) || (c >= 0x900 && c <= 0xe7f)
  || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3000 && c <= 0x30ff) || (c >= 0x3130 && c <= 0x318f) || (c >= 0x3400 && c <= 0x9fff)
  || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef);
function nonLatinShare(s: string): number {
  // a character loop: no match arrays for every line of every article
  let nl = 0, lat = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) lat++;
    else if (c >= 0x400 && isNonLatin(c)) nl++;
  }
  return nl + lat ? nl / (nl + lat) : 0;
}

function looksLikeHeadline(s: string): boolean {
  const t = s.trim();
  const n = t.split(/\s+/).length;
  return n >= 3 && n <= 30 && t.length <= 220 && !/[.!?;,"”]$/.test(t) && /^[\p{Lu}"“'‘\d]/u.test(t);
}

/**
 * Control characters, NBSP, zero-width and replacement characters (and CR) become spaces: same length,
 * so offsets into the result are offsets into the article, and friendlier to the tokenizer. Every text
 * the extractor quotes (claims, evidence) is a slice of this.
 */
export function blankInvisibles(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is blanked here
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD\u00A0\u2028\u2029\u200B\uFEFF\r]/g, ' ');
}

/** Metadata lines (source, stamps, bylines, dates): fills `meta` and returns true when the line is one. */
function metaLine(t: string, meta: CleanMeta): boolean {
  const src = SOURCE_RE.exec(t);
  if (src) {
    meta.source ??= src[1]!.trim();
    if (src[2]) { const [y, m, d] = src[2].split('-').map(Number) as [number, number, number]; meta.publishedAt ??= isoDate(y, m, d); }
    return true;
  }
  const stamp = STAMP_RE.exec(t);
  if (stamp) { meta.publishedAt ??= isoDate(Number(stamp[1]), Number(stamp[2]), Number(stamp[3])); return true; }
  const by = BYLINE_RE.exec(t);
  if (by && t.length < 160) {
    const parts = (by[1] ?? '').split('|').map((x) => x.trim()).filter(Boolean);
    for (const p of parts) {
      const st = STAMP_RE.exec(p);
      if (st) meta.publishedAt ??= isoDate(Number(st[1]), Number(st[2]), Number(st[3]));
      else if (!/^(?:updated|published|posted)\b/i.test(p) && /^[A-Z]/.test(p) && p.length < 60) meta.source ??= p;
    }
    return true;
  }
  const wd = WORD_DATE_RE.exec(t);
  if (wd) {
    const mon = MONTHS[(wd[1] ?? wd[5]!).slice(0, (wd[1] ?? wd[5]!).toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()];
    if (mon) { meta.publishedAt ??= isoDate(Number(wd[3] ?? wd[6]), mon, Number(wd[2] ?? wd[4])); return true; }
  }
  return false;
}

/** Which lines are junk (navigation, credits, related links, non-Latin lines); fills `meta` from the metadata lines. */
function junkLines(ls: Line[], meta: CleanMeta): boolean[] {
  const junk = new Array<boolean>(ls.length).fill(false);
  let inRelated = false;
  ls.forEach((l, i) => {
    const t = l.text;
    if (!t.trim()) { inRelated = false; return; }
    if (nonLatinShare(t) > 0.3) {
      const credit = /(?:来源|來源|稿源)\s*[:：]\s*(\S+)/.exec(t);
      if (credit && !meta.source) meta.source = CN_OUTLETS.find(([re]) => re.test(credit[1]!))?.[1] ?? null;
      junk[i] = true; return;
    }
    if (metaLine(t, meta) || CONTACT_RE.test(t)) { junk[i] = true; return; }
    if (RELATED_HEAD_RE.test(t)) { inRelated = true; junk[i] = true; return; }
    if (inRelated && !/[.!?"”]\s*$/.test(t) && t.length < 200) { junk[i] = true; return; }
    inRelated = false;
    if (ID_RE.test(t) || CAPTION_RE.test(t) || SHARE_RE.test(t) || EDITOR_RE.test(t) || BOILER_RE.test(t)
      || (t.includes('>') && NAV_RE.test(t) && !/[.!?]\s*$/.test(t))) junk[i] = true;
  });
  return junk;
}

/** The headline: the first kept line when it looks like one (or is the given title); blanked unless a transcript header. */
function headline(ls: Line[], junk: boolean[], meta: CleanMeta, given: string | undefined): [number, number] | null {
  const kept = ls.map((l, i) => ({ l, i })).filter(({ l, i }) => !junk[i] && l.text.trim());
  const first = kept[0];
  if (!(first && kept.length > 1 && (looksLikeHeadline(first.l.text) || (given && first.l.text.trim() === given)))) return null;
  const t = first.l.text.trim();
  meta.title = t;
  const lead = first.l.text.length - first.l.text.trimStart().length;
  // a transcript's header ("Spokesperson X's Regular Press Conference") is kept as text: it names who answers
  const qa = kept.filter(({ l }) => QA_RE.test(l.text)).length;
  if (qa < 2) junk[first.i] = true;
  // a repeated headline (page title then article title) is blanked as well
  for (const k of kept.slice(1, 6)) if (k.l.text.trim() === t) junk[k.i] = true;
  return [first.l.start + lead, first.l.start + lead + t.length];
}

/** Blanks the dateline at the start of the first body paragraph, recording its place, date and source. */
function dateline(out: string, ls: Line[], junk: boolean[], meta: CleanMeta): string {
  const body = ls.find((l, i) => !junk[i] && l.text.trim());
  if (!body) return out;
  const m = DATELINE_RE.exec(out.slice(body.start, body.end));
  if (!(m && (m[3] || m[4]) && m[2]!.length >= 3)) return out;
  meta.datelinePlace = m[2]!.trim();
  if (m[4]) meta.source ??= m[4].trim();
  if (m[3]) meta.dateline = meta.datelineText = m[3];
  const a = body.start + m[1]!.length, b = body.start + m[0].length;
  return out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
}

export function clean(text: string, given: { title?: string | null } = {}): Cleaned {
  const blanked = blankInvisibles(text);
  const meta: CleanMeta = { title: null, source: null, publishedAt: null, dateline: null, datelinePlace: null };
  const ls = lines(blanked);
  const junk = junkLines(ls, meta);
  const titleSpan = headline(ls, junk, meta, given.title?.trim());
  // Non-Latin runs inside kept lines (a Chinese name in brackets) are blanked too.
  const parts: string[] = [];
  let pos = 0;
  ls.forEach((l, i) => {
    parts.push(blanked.slice(pos, l.start));
    parts.push(junk[i] ? blank(l.text) : l.text.replace(NON_LATIN_RE, ' '));
    pos = l.end;
  });
  parts.push(blanked.slice(pos));
  const out = dateline(parts.join(''), ls, junk, meta);
  if (meta.dateline) meta.dateline = parseDatelineDate(meta.dateline, meta.publishedAt);
  return { clean: out, meta, titleSpan };
}

/** True when the cleaned text has enough English to be worth extracting (the shared rule of @kg/ontology). */
export const hasEnglish = (clean: string): boolean => looksEnglish(clean);
