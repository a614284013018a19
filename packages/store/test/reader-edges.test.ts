// Reader edges: text a browser never shows is not article text, and a bad JSON line is reported
// with its line number whether the lines come from a file or from standard input.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { parseHtml, readInputs, type InputItem } from '../src/inputs.js';

const BODY = 'The minister said on Monday that the two countries would resume talks on trade and security, and that officials from both sides were ready to meet again next month.';
const dirs: string[] = [];

async function all(inputs: string[], opts = {}): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const i of readInputs(inputs, opts)) out.push(i);
  return out;
}

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('hidden HTML is not article text', () => {
  const decoys = {
    template: '<template><p>Decoy one said the template text.</p></template>',
    hidden: '<div hidden><p>Decoy two said the hidden text.</p></div>',
    displayNone: '<div style="color: red; DISPLAY: none !important"><p>Decoy three said the styled text.</p></div>',
    displayNoneTight: '<span style="display:none">Decoy four said the tight text.</span>',
    ariaHidden: '<aside aria-hidden="true">Decoy five said the aria text.</aside>',
  };

  for (const [name, html] of Object.entries(decoys)) {
    it(`drops ${name}`, () => {
      const item = parseHtml(`<html><body><p>${BODY}</p>${html}<p>${BODY}</p></body></html>`, 'page.html');
      expect(item.kind).toBe('doc');
      const text = item.kind === 'doc' ? item.text : '';
      expect(text).not.toMatch(/Decoy/);
      expect(text.split(BODY)).toHaveLength(3); // the visible paragraphs stay, both of them
    });
  }

  it('keeps elements that are explicitly not hidden', () => {
    const item = parseHtml(`<html><body><p>${BODY}</p><span aria-hidden="false">Shown on purpose.</span></body></html>`, 'page.html');
    expect(item.kind === 'doc' ? item.text : '').toContain('Shown on purpose.');
  });
});

describe('JSON Lines with a bad line', () => {
  const good = (title: string) => JSON.stringify({ text: BODY, title });
  const lines = `${good('one')}\n\n{"text": "broken\n${good('three')}\n`;

  const check = (items: InputItem[], origin: string) => {
    expect(items.map((i) => i.kind)).toEqual(['doc', 'error', 'doc']);
    expect(items[1]).toMatchObject({ kind: 'error', origin: `${origin}:3` });
    expect((items[1] as { reason: string }).reason).toMatch(/invalid JSON/);
    expect(items.map((i) => i.origin)).toEqual([`${origin}:1`, `${origin}:3`, `${origin}:4`]);
  };

  it('from a file: the bad line is an error with its number, the others are read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-reader-'));
    dirs.push(dir);
    const file = join(dir, 'set.jsonl');
    writeFileSync(file, lines);
    check(await all([file]), file);
  });

  it('from standard input: the same, never one raw-text article', async () => {
    check(await all(['-'], { stdin: Readable.from([Buffer.from(lines)]) }), '<stdin>');
  });

  it('standard input that starts with a brace but has no JSON object is text', async () => {
    const text = `{braces} open this note. ${BODY}`;
    const items = await all(['-'], { stdin: Readable.from([Buffer.from(text)]) });
    expect(items).toEqual([{ kind: 'doc', origin: '<stdin>', text, meta: { path: null } }]);
  });
});
