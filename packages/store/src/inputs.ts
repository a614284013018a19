// Where articles come from: files, folders (recursive, sorted, walked lazily), standard input.
// Formats: .txt/.md (YAML front matter or a sidecar <name>.json for metadata), .html/.htm (text through
// html-to-text, metadata from <title> and <meta>), .json (a record or an array of records) and .jsonl
// (one record per line, streamed). A record has `text` and optionally title, source, publishedAt, url.
import { createReadStream } from 'node:fs';
import { opendir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import matter from 'gray-matter';
import { convert, type FormatCallback } from 'html-to-text';
import { classifyText, decodeText, DEFAULT_MAX_BYTES, readFailure, tooLarge } from './classify.js';

/** Metadata the caller supplies; it wins over what the extractor guesses. */
export interface CallerMeta {
  title?: string | null;
  source?: string | null;
  publishedAt?: string | null;
  url?: string | null;
  path?: string | null;
}

export interface InputDoc {
  kind: 'doc';
  /** Where it came from, for messages: a path, `path:line`, or `<stdin>`. */
  origin: string;
  text: string;
  meta: CallerMeta;
}

export interface InputFailure {
  kind: 'error';
  origin: string;
  reason: string;
}

export type InputItem = InputDoc | InputFailure;

export interface InputOptions {
  maxBytes?: number;
  stdin?: Readable;
}

export const TEXT_EXTS = new Set(['.txt', '.md', '.markdown']);
export const HTML_EXTS = new Set(['.html', '.htm']);
export const RECORD_EXTS = new Set(['.json', '.jsonl', '.ndjson']);
const ALL_EXTS = new Set([...TEXT_EXTS, ...HTML_EXTS, ...RECORD_EXTS]);

const str = (v: unknown): string | null => {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (typeof v === 'number') return String(v);
  return typeof v === 'string' && v.trim() ? v.trim() : null;
};

/** ISO day when the value is a recognisable date, else the value as given. */
export function normaliseDate(v: unknown): string | null {
  const s = str(v);
  if (!s) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(s)) return s.slice(0, 10);
  const t = Date.parse(s);
  return Number.isNaN(t) ? s : new Date(t).toISOString().slice(0, 10);
}

/** Metadata fields of a front-matter block, sidecar or record (a few common spellings accepted). */
export function metaFrom(data: Record<string, unknown>): CallerMeta {
  const out: CallerMeta = {};
  const title = str(data.title ?? data.headline);
  const source = str(data.source ?? data.outlet ?? data.publisher);
  const publishedAt = normaliseDate(data.publishedAt ?? data.published_at ?? data.date ?? data.published);
  const url = str(data.url ?? data.link);
  if (title) out.title = title;
  if (source) out.source = source;
  if (publishedAt) out.publishedAt = publishedAt;
  if (url) out.url = url;
  return out;
}

function doc(origin: string, text: string, meta: CallerMeta): InputItem {
  const reason = classifyText(text);
  return reason ? { kind: 'error', origin, reason } : { kind: 'doc', origin, text, meta };
}

/** A .txt/.md text with optional front matter; sidecar metadata is merged under it. */
export function parseTextFile(raw: string, origin: string, sidecar: CallerMeta = {}, path: string | null = null): InputItem {
  let text = raw;
  let front: CallerMeta = {};
  if (/^---\r?\n/.test(raw)) {
    try {
      const fm = matter(raw);
      text = fm.content;
      front = metaFrom(fm.data);
    } catch (err) {
      return { kind: 'error', origin, reason: `bad front matter (${err instanceof Error ? err.message.split('\n')[0] : String(err)})` };
    }
  }
  return doc(origin, text, { ...sidecar, ...front, path });
}

/**
 * Elements a reader never sees: inert templates, the `hidden` attribute, `aria-hidden="true"` and
 * inline styles that hide (the spellings pages use; selectors match case-insensitively). Their text
 * is boilerplate or decoys, never the article.
 */
const HIDDEN_SELECTORS = [
  'template',
  '[hidden]',
  '[aria-hidden="true" i]',
  ...['display:none', 'display: none', 'display :none', 'visibility:hidden', 'visibility: hidden'].map((s) => `[style*="${s}" i]`),
].map((selector) => ({ selector, format: 'skip' }));

/** Text and metadata of an HTML page; the DOM is parsed by html-to-text (htmlparser2), not by regexes. */
export function parseHtml(html: string, origin: string, path: string | null = null): InputItem {
  const metas: Record<string, string> = {};
  let title: string | null = null;
  const captureMeta: FormatCallback = (elem) => {
    const a = (elem as { attribs?: Record<string, string> }).attribs ?? {};
    const key = (a.property ?? a.name ?? a.itemprop ?? '').toLowerCase();
    if (key && a.content && !(key in metas)) metas[key] = a.content;
  };
  const captureTitle: FormatCallback = (elem) => {
    const texts: string[] = [];
    const walk = (nodes: unknown[] | undefined): void => {
      for (const n of nodes ?? []) {
        const node = n as { type?: string; data?: string; children?: unknown[] };
        if (node.type === 'text' && node.data) texts.push(node.data);
        walk(node.children);
      }
    };
    walk((elem as { children?: unknown[] }).children);
    if (title === null) title = texts.join('').replace(/\s+/g, ' ').trim() || null;
  };
  const text = convert(html, {
    wordwrap: false,
    baseElements: { selectors: ['html', 'body'], returnDomByDefault: true },
    formatters: { captureMeta, captureTitle },
    selectors: [
      { selector: 'head', format: 'inline' },
      { selector: 'title', format: 'captureTitle' },
      { selector: 'meta', format: 'captureMeta' },
      { selector: 'script', format: 'skip' },
      { selector: 'style', format: 'skip' },
      { selector: 'noscript', format: 'skip' },
      { selector: 'nav', format: 'skip' },
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'table', format: 'dataTable' },
      ...HIDDEN_SELECTORS,
    ],
  });
  const meta: CallerMeta = { path };
  const t = metas['og:title'] ?? title;
  if (t) meta.title = t;
  const source = metas['og:site_name'] ?? metas['publisher'] ?? metas['author'];
  if (source) meta.source = source;
  const date = normaliseDate(metas['article:published_time'] ?? metas['datepublished'] ?? metas['date'] ?? metas['pubdate']);
  if (date) meta.publishedAt = date;
  const url = metas['og:url'];
  if (url) meta.url = url;
  return doc(origin, text, meta);
}

/** One JSON record (object with `text`). */
export function parseRecord(value: unknown, origin: string, maxBytes: number): InputItem {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { kind: 'error', origin, reason: 'not a JSON object' };
  const rec = value as Record<string, unknown>;
  if (typeof rec.text !== 'string') return { kind: 'error', origin, reason: 'record has no "text" string' };
  const big = tooLarge(Buffer.byteLength(rec.text), maxBytes);
  if (big) return { kind: 'error', origin, reason: big };
  return doc(origin, rec.text, { ...metaFrom(rec), path: str(rec.path) });
}

async function* readJsonFile(path: string, origin: string, maxBytes: number): AsyncGenerator<InputItem> {
  // A .json file must be parsed whole; allow it more room than a single article.
  const limit = Math.max(maxBytes * 20, 100 * 1024 * 1024);
  const size = (await stat(path)).size;
  const big = tooLarge(size, limit);
  if (big) {
    yield { kind: 'error', origin, reason: `${big} (use .jsonl for large sets)` };
    return;
  }
  const decoded = decodeText(await readFile(path));
  if ('reason' in decoded) {
    yield { kind: 'error', origin, reason: decoded.reason };
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (err) {
    yield { kind: 'error', origin, reason: `invalid JSON (${err instanceof Error ? err.message : String(err)})` };
    return;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield parseRecord(value[i], `${origin}[${i}]`, maxBytes);
  } else yield parseRecord(value, origin, maxBytes);
}

async function* readJsonLines(stream: Readable, origin: string, maxBytes: number): AsyncGenerator<InputItem> {
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue;
    if (line.includes('\u0000')) {
      yield { kind: 'error', origin: `${origin}:${n}`, reason: 'binary data (contains NUL bytes)' };
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      yield { kind: 'error', origin: `${origin}:${n}`, reason: `invalid JSON (${err instanceof Error ? err.message : String(err)})` };
      continue;
    }
    yield parseRecord(value, `${origin}:${n}`, maxBytes);
  }
}

async function readSidecar(path: string): Promise<CallerMeta> {
  const side = join(resolve(path, '..'), `${basename(path, extname(path))}.json`);
  let raw: string;
  try {
    raw = await readFile(side, 'utf8');
  } catch {
    return {};
  }
  try {
    const data = JSON.parse(raw) as unknown;
    return data && typeof data === 'object' && !Array.isArray(data) ? metaFrom(data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Reads one file by extension. */
export async function* readFileInput(path: string, maxBytes: number): AsyncGenerator<InputItem> {
  const abs = resolve(path);
  const origin = path;
  const ext = extname(path).toLowerCase();
  try {
    if (!ALL_EXTS.has(ext)) {
      yield { kind: 'error', origin, reason: `unsupported file type "${ext || '(none)'}" (use .txt, .md, .html, .json or .jsonl)` };
      return;
    }
    if (ext === '.json') {
      yield* readJsonFile(abs, origin, maxBytes);
      return;
    }
    if (ext === '.jsonl' || ext === '.ndjson') {
      yield* readJsonLines(createReadStream(abs), origin, maxBytes);
      return;
    }
    const size = (await stat(abs)).size;
    const big = tooLarge(size, maxBytes);
    if (big) {
      yield { kind: 'error', origin, reason: big };
      return;
    }
    const decoded = decodeText(await readFile(abs));
    if ('reason' in decoded) {
      yield { kind: 'error', origin, reason: decoded.reason };
      return;
    }
    if (HTML_EXTS.has(ext)) yield parseHtml(decoded.text, origin, abs);
    else yield parseTextFile(decoded.text, origin, await readSidecar(abs), abs);
  } catch (err) {
    yield { kind: 'error', origin, reason: readFailure(err) };
  }
}

/**
 * Files under a folder, depth first, entries sorted by name, one folder listing in memory at a time.
 * Hidden entries and files of other types are skipped; a `<name>.json` next to `<name>.txt|.md|.html`
 * is that file's metadata, not an input.
 */
export async function* walkFolder(dir: string): AsyncGenerator<string> {
  for await (const entry of walkEntries(dir)) if (typeof entry === 'string') yield entry;
}

/** Like walkFolder, but a folder that cannot be listed comes out as a failure and the walk goes on. */
export async function* walkEntries(dir: string): AsyncGenerator<string | InputFailure> {
  const names: { name: string; dir: boolean }[] = [];
  try {
    for await (const e of await opendir(dir)) {
      if (e.name.startsWith('.')) continue;
      names.push({ name: e.name, dir: e.isDirectory() });
    }
  } catch (err) {
    yield { kind: 'error', origin: dir, reason: readFailure(err) };
    return;
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const stems = new Set(
    names
      .filter((n) => !n.dir && (TEXT_EXTS.has(extname(n.name).toLowerCase()) || HTML_EXTS.has(extname(n.name).toLowerCase())))
      .map((n) => basename(n.name, extname(n.name))),
  );
  for (const n of names) {
    const full = join(dir, n.name);
    if (n.dir) {
      yield* walkEntries(full);
      continue;
    }
    const ext = extname(n.name).toLowerCase();
    if (!ALL_EXTS.has(ext)) continue;
    if (ext === '.json' && stems.has(basename(n.name, ext))) continue;
    yield full;
  }
}

async function readAll(stream: Readable, maxBytes: number): Promise<Buffer | null> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const c of stream) {
    const b = Buffer.isBuffer(c) ? c : Buffer.from(c as string);
    size += b.length;
    if (size > maxBytes) return null;
    parts.push(b);
  }
  return Buffer.concat(parts);
}

/**
 * Standard input that starts with `{`: one JSON record, or JSON Lines read as a .jsonl file is (a bad
 * line is an error naming its line number; the good lines still count). Null when no line at all
 * is a JSON object: then it is a text that happens to start with a brace.
 */
function jsonRecords(text: string, origin: string, maxBytes: number): InputItem[] | null {
  try {
    return [parseRecord(JSON.parse(text), origin, maxBytes)];
  } catch {
    // not one JSON document: JSON Lines, or text
  }
  const items: InputItem[] = [];
  let objects = 0;
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const at = `${origin}:${i + 1}`;
    try {
      const value = JSON.parse(line) as unknown;
      if (value && typeof value === 'object' && !Array.isArray(value)) objects++;
      items.push(parseRecord(value, at, maxBytes));
    } catch (err) {
      items.push({ kind: 'error', origin: at, reason: `invalid JSON (${err instanceof Error ? err.message : String(err)})` });
    }
  });
  return objects > 0 ? items : null;
}

/** Standard input: JSON lines / a JSON record when it starts with `{` or `[`, else one text article. */
async function* readStdin(stream: Readable, maxBytes: number): AsyncGenerator<InputItem> {
  const origin = '<stdin>';
  const limit = Math.max(maxBytes * 20, 100 * 1024 * 1024);
  const buf = await readAll(stream, limit);
  if (!buf) {
    yield { kind: 'error', origin, reason: tooLarge(limit + 1, limit) ?? 'too large' };
    return;
  }
  const decoded = decodeText(buf);
  if ('reason' in decoded) {
    yield { kind: 'error', origin, reason: decoded.reason };
    return;
  }
  const text = decoded.text;
  const first = text.trimStart()[0];
  if (first === '[') {
    try {
      const arr = JSON.parse(text) as unknown;
      if (Array.isArray(arr)) {
        for (let i = 0; i < arr.length; i++) yield parseRecord(arr[i], `${origin}[${i}]`, maxBytes);
        return;
      }
    } catch {
      // not JSON after all: a text that starts with "["
    }
  } else if (first === '{') {
    const records = jsonRecords(text, origin, maxBytes);
    if (records) {
      yield* records;
      return;
    }
  }
  const big = tooLarge(Buffer.byteLength(text), maxBytes);
  if (big) yield { kind: 'error', origin, reason: big };
  else yield parseTextFile(text, origin);
}

/** Every input in order, lazily: nothing is read before the consumer asks for it. */
export async function* readInputs(inputs: readonly string[], opts: InputOptions = {}): AsyncGenerator<InputItem> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const input of inputs) {
    if (input === '-') {
      yield* readStdin(opts.stdin ?? process.stdin, maxBytes);
      continue;
    }
    let isDir: boolean;
    try {
      isDir = (await stat(input)).isDirectory();
    } catch (err) {
      yield { kind: 'error', origin: input, reason: readFailure(err) };
      continue;
    }
    if (!isDir) {
      yield* readFileInput(input, maxBytes);
      continue;
    }
    for await (const f of walkEntries(input)) {
      if (typeof f === 'string') yield* readFileInput(f, maxBytes);
      else yield f;
    }
  }
}
