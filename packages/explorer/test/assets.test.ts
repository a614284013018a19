// The page must work offline: every file it loads is local and exists, and nothing points at a CDN.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explorerAssetsDir, explorerVendorFiles } from '../src/index.js';

const dir = explorerAssetsDir();

function walk(d: string): string[] {
  return readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
}

describe('explorer assets', () => {
  it('is an absolute folder with index.html and the vendored Cytoscape', () => {
    expect(resolve(dir)).toBe(dir);
    expect(existsSync(join(dir, 'index.html'))).toBe(true);
    for (const [url, file] of Object.entries(explorerVendorFiles())) {
      expect(existsSync(file)).toBe(true);
      const copy = join(dir, url);
      expect(readFileSync(copy).equals(readFileSync(file)), url).toBe(true);
    }
  });

  it('index.html loads only local files that exist', () => {
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!).filter((r) => !r.startsWith('data:'));
    expect(refs.length).toBeGreaterThanOrEqual(3);
    for (const r of refs) {
      expect(r, r).not.toMatch(/^(https?:)?\/\//);
      expect(existsSync(join(dir, r)), r).toBe(true);
    }
  });

  it('every ES module import resolves to a file, and no code or style fetches from the network', () => {
    const own = walk(dir).filter((f) => !f.includes(`${join(dir, 'vendor')}`));
    for (const f of own.filter((x) => x.endsWith('.js'))) {
      const src = readFileSync(f, 'utf8');
      for (const m of src.matchAll(/^\s*import\s[^'"]*['"]([^'"]+)['"]/gm)) {
        expect(m[1]!.startsWith('./'), `${f}: ${m[1]}`).toBe(true);
        expect(existsSync(resolve(dirname(f), m[1]!)), `${f}: ${m[1]}`).toBe(true);
      }
    }
    for (const f of own.filter((x) => /\.(js|css|html)$/.test(x))) {
      expect(readFileSync(f, 'utf8'), f).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    }
  });

  it('reads data only through POST /graphql', () => {
    const js = walk(dir).filter((f) => f.endsWith('.js') && !f.includes('vendor'));
    const fetchers = js.filter((f) => /\bfetch\(/.test(readFileSync(f, 'utf8')));
    expect(fetchers.map((f) => f.slice(dir.length))).toEqual(['/js/api.js']);
    const api = readFileSync(join(dir, 'js', 'api.js'), 'utf8');
    expect(api).toMatch(/fetch\('\/graphql',\s*\{\s*method: 'POST'/);
  });
});
