// The extraction pool starts on first use, so that a run with nothing to extract never starts threads.
import { describe, expect, it } from 'vitest';
import { createLazyExtractor, type ExtractFn } from '../src/pool.js';
import { TEXT_A, A } from './fixtures.js';

describe('lazy extraction pool', () => {
  it('knows its thread count before it starts (it sizes the in-flight window)', () => {
    expect(createLazyExtractor(3).threads).toBe(3);
    expect(createLazyExtractor(0).threads).toBe(0);
    expect(createLazyExtractor(3, async () => ({ ok: false, reason: 'x' })).threads).toBe(0);
  });

  it('starts nothing until asked, then hands every request to the one extractor it started', async () => {
    const seen: string[] = [];
    const custom: ExtractFn = async (req) => {
      seen.push(req.meta.id);
      return { ok: false, reason: `saw ${req.meta.id}` };
    };
    const x = createLazyExtractor(2, custom);
    await x.close(); // closing an unstarted extractor is a no-op
    expect(seen).toEqual([]);
    await x.start();
    expect(await x.run({ text: 'one', meta: { id: 'a1' } })).toEqual({ ok: false, reason: 'saw a1' });
    expect(await x.run({ text: 'two', meta: { id: 'a2' } })).toEqual({ ok: false, reason: 'saw a2' });
    expect(seen).toEqual(['a1', 'a2']);
    await x.close();
  });

  it('extracts in the calling thread with no workers', async () => {
    const x = createLazyExtractor(0);
    const res = await x.run({ text: TEXT_A, meta: { id: A } });
    await x.close();
    expect(res.ok).toBe(true);
    if (res.ok) expect(res.extraction.articles.map((a) => a.id)).toContain(A);
  });
});
