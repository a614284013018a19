import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metaFrom, normaliseDate, parseHtml, readInputs, walkFolder, type InputItem } from '../src/inputs.js';

const BODY = 'The minister said on Monday that the two countries would resume talks on trade and security, and that officials from both sides were ready to meet again next month.';
let dir: string;

async function all(inputs: string[], opts = {}): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const i of readInputs(inputs, opts)) out.push(i);
  return out;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-inputs-'));
  mkdirSync(join(dir, 'b-sub'));
  writeFileSync(join(dir, 'c.md'), `---\ntitle: Front title\nsource: Front Wire\npublishedAt: 2024-05-06\nurl: https://example.org/c\n---\n${BODY}\n`);
  writeFileSync(join(dir, 'a.txt'), BODY);
  writeFileSync(join(dir, 'a.json'), JSON.stringify({ title: 'Sidecar title', source: 'Sidecar Wire', published_at: 'March 3, 2024' }));
  writeFileSync(join(dir, 'b-sub', 'page.html'), `<html><head><title>Page title</title><meta property="og:site_name" content="Web Wire"><meta property="article:published_time" content="2024-02-01T10:00:00Z"><meta property="og:url" content="https://example.org/page"><style>p{}</style></head><body><nav>Home &gt; News</nav><h1>Heading</h1><p>${BODY}</p><script>var x = 1;</script></body></html>`);
  writeFileSync(join(dir, 'records.jsonl'), `${JSON.stringify({ text: BODY, title: 'R1', url: 'https://example.org/r1' })}\n\n${JSON.stringify({ text: `${BODY} Again.`, source: 'Rec Wire' })}\n`);
  writeFileSync(join(dir, 'list.json'), JSON.stringify([{ text: BODY, title: 'L1' }]));
  writeFileSync(join(dir, 'notes.csv'), 'ignored');
  writeFileSync(join(dir, '.hidden.txt'), BODY);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('walkFolder', () => {
  it('walks recursively in sorted order, skipping sidecars, hidden and unsupported files', async () => {
    const files: string[] = [];
    for await (const f of walkFolder(dir)) files.push(f.slice(dir.length + 1));
    expect(files).toEqual(['a.txt', join('b-sub', 'page.html'), 'c.md', 'list.json', 'records.jsonl']);
  });
});

describe('readInputs', () => {
  it('reads every format with its metadata', async () => {
    const items = await all([dir]);
    expect(items.every((i) => i.kind === 'doc')).toBe(true);
    const docs = items.flatMap((i) => (i.kind === 'doc' ? [i] : []));
    expect(docs.map((d) => d.meta.title ?? null)).toEqual(['Sidecar title', 'Page title', 'Front title', 'L1', 'R1', null]);
    expect(docs[0]?.meta).toMatchObject({ source: 'Sidecar Wire', publishedAt: '2024-03-03', path: join(dir, 'a.txt') });
    expect(docs[1]?.meta).toMatchObject({ source: 'Web Wire', publishedAt: '2024-02-01', url: 'https://example.org/page' });
    expect(docs[1]?.text).toContain(BODY);
    expect(docs[1]?.text).not.toMatch(/var x|p\{\}|Home > News/);
    expect(docs[2]).toMatchObject({ text: `${BODY}\n`, meta: { source: 'Front Wire', publishedAt: '2024-05-06', url: 'https://example.org/c' } });
    expect(docs[4]?.origin).toBe(`${join(dir, 'records.jsonl')}:1`);
    expect(docs[5]).toMatchObject({ origin: `${join(dir, 'records.jsonl')}:3`, meta: { source: 'Rec Wire', path: null } });
  });

  it('reads standard input as text, or as JSON lines', async () => {
    const text = await all(['-'], { stdin: Readable.from([Buffer.from(BODY)]) });
    expect(text).toEqual([{ kind: 'doc', origin: '<stdin>', text: BODY, meta: { path: null } }]);
    const lines = await all(['-'], { stdin: Readable.from([`${JSON.stringify({ text: BODY, title: 'S' })}\n`]) });
    expect(lines[0]).toMatchObject({ kind: 'doc', meta: { title: 'S' } });
  });

  it('is lazy: nothing is read before it is asked for', async () => {
    const gen = readInputs([join(dir, 'does-not-exist'), dir]);
    const first = await gen.next();
    expect(first.value).toEqual({ kind: 'error', origin: join(dir, 'does-not-exist'), reason: 'no such file or folder' });
    await gen.return(undefined);
  });

  it('refuses an explicitly named file of an unsupported type', async () => {
    expect(await all([join(dir, 'notes.csv')])).toEqual([{ kind: 'error', origin: join(dir, 'notes.csv'), reason: expect.stringMatching(/unsupported file type ".csv"/) }]);
  });

  it('applies the size limit to records too', async () => {
    const items = await all([join(dir, 'list.json')], { maxBytes: 20 });
    expect(items[0]).toMatchObject({ kind: 'error', reason: expect.stringMatching(/too large/) });
  });
});

describe('metadata helpers', () => {
  it('normalises dates and accepts common field spellings', () => {
    expect(normaliseDate(new Date('2024-01-02T00:00:00Z'))).toBe('2024-01-02');
    expect(normaliseDate('2024-01-02T10:00:00+08:00')).toBe('2024-01-02');
    expect(normaliseDate('someday')).toBe('someday');
    expect(metaFrom({ headline: 'H', outlet: 'O', date: '2024-01-05', link: 'u' })).toEqual({ title: 'H', source: 'O', publishedAt: '2024-01-05', url: 'u' });
  });
  it('takes og:title over <title> in HTML', () => {
    const item = parseHtml(`<html><head><title>T</title><meta property="og:title" content="OG"></head><body><p>${BODY}</p></body></html>`, 'x.html');
    expect(item).toMatchObject({ kind: 'doc', meta: { title: 'OG' } });
  });
});
