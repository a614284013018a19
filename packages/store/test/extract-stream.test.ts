// `kg extract`'s stage: the ingest reader and extractor, in input order, with the ids and caller
// metadata ingest would store.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { articleId } from '@kg/ontology';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractInputs, type Extracted } from '../src/extract-stream.js';

const BODY = 'Trade Minister Anna Berg said on Monday that the two countries would resume talks on steel quotas.';
const OTHER = '"We will not accept new tariffs," said Paul Ortega, the chief executive of Norland Shipping.';
let dir: string;

async function all(inputs: string[], opts = {}): Promise<Extracted[]> {
  const out: Extracted[] = [];
  for await (const x of extractInputs(inputs, { workers: 0, ...opts })) out.push(x);
  return out;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-extract-stream-'));
  writeFileSync(join(dir, 'a.md'), `---\ntitle: Front title\nsource: Front Wire\npublishedAt: 2024-05-06\nurl: https://example.org/a\n---\n${BODY}\n`);
  writeFileSync(join(dir, 'b.html'), `<html><head><title>Page title</title></head><body><p>${OTHER}</p></body></html>`);
  writeFileSync(join(dir, 'c.jsonl'), `${JSON.stringify({ text: BODY, title: 'Duplicate' })}\n${JSON.stringify({ text: `${OTHER} Later.`, source: 'Rec Wire' })}\n`);
  writeFileSync(join(dir, 'd.txt'), '');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('extractInputs', () => {
  it('reads every kind of input in order, with the id and caller metadata ingest stores', async () => {
    const out = await all([dir]);
    expect(out.map((x) => x.kind)).toEqual(['doc', 'doc', 'doc', 'error']);
    const docs = out.filter((x): x is Extract<Extracted, { kind: 'doc' }> => x.kind === 'doc');
    expect(docs[0]!.id).toBe(articleId(`${BODY}\n`));
    expect(docs[0]!.extraction.articles[0]).toMatchObject({ id: docs[0]!.id, title: 'Front title', source: 'Front Wire', publishedAt: '2024-05-06', url: 'https://example.org/a' });
    expect(docs[1]!.extraction.articles[0]).toMatchObject({ title: 'Page title' });
    expect(docs[2]!.extraction.articles[0]).toMatchObject({ source: 'Rec Wire' });
    expect(docs[0]!.extraction.entities.map((e) => e.name)).toContain('Anna Berg');
    // The JSON line repeating a.md's text is the same article: ingest stores it once, extract prints it once.
    expect(docs.map((d) => d.id)).toEqual([...new Set(docs.map((d) => d.id))]);
    expect(out[3]).toMatchObject({ kind: 'error', origin: join(dir, 'd.txt') });
  });
  it('reads standard input and applies the size limit', async () => {
    const [x] = await all(['-'], { stdin: Readable.from([OTHER]) });
    expect(x).toMatchObject({ kind: 'doc', id: articleId(OTHER) });
    const [big] = await all(['-'], { stdin: Readable.from([OTHER]), maxBytes: 10 });
    expect(big?.kind).toBe('error');
  });
});
