import { describe, expect, it } from 'vitest';
import { applyCallerMeta } from '../src/pipeline.js';
import { BoundedQueue } from '../src/queue.js';
import { backoffDelays, isTransient, RetriesExhaustedError, withRetry } from '../src/retry.js';
import { extractionA } from './fixtures.js';

describe('applyCallerMeta', () => {
  it('lets caller metadata win and keeps the path given', () => {
    const x = extractionA();
    const id = x.articles[0]!.id;
    const out = applyCallerMeta(x, id, { title: 'Caller title', source: null, path: '/data/a.txt' });
    expect(out.articles[0]).toMatchObject({ id, title: 'Caller title', source: 'Daily Planet', path: '/data/a.txt' });
  });
  it('re-keys an extraction whose article id differs from the hash of the text', () => {
    const x = extractionA();
    const out = applyCallerMeta(x, 'other-id', { path: null });
    expect(out.articles.map((a) => a.id)).toEqual(['other-id']);
    expect(out.claims[0]?.articles).toEqual(['other-id']);
    expect(out.relations.flatMap((r) => r.evidence.map((e) => e.articleId))).toEqual(['other-id', 'other-id']);
    expect(out.entities.every((e) => e.mentionedIn?.includes('other-id'))).toBe(true);
  });
});

describe('retry', () => {
  it('backs off exponentially within the budget', () => {
    expect(backoffDelays(10_000, 500, 8_000)).toEqual([500, 1000, 2000, 4000, 2500]);
    expect(backoffDelays(60_000).reduce((a, b) => a + b, 0)).toBe(60_000);
  });
  it('classifies connection loss as transient and statement errors as not', () => {
    expect(isTransient({ code: 'ServiceUnavailable' })).toBe(true);
    expect(isTransient({ code: 'Neo.TransientError.General.DatabaseUnavailable' })).toBe(true);
    expect(isTransient(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isTransient({ code: 'Neo.ClientError.Statement.SyntaxError', retryable: false })).toBe(false);
    expect(isTransient(new Error('plain'))).toBe(false);
  });
  it('retries transient failures, then gives up with the last cause', async () => {
    let calls = 0;
    const sleeps: number[] = [];
    const ok = await withRetry(async () => (++calls < 3 ? Promise.reject({ code: 'ServiceUnavailable' }) : 'done'), { sleep: async (ms) => void sleeps.push(ms) });
    expect(ok).toBe('done');
    expect(sleeps).toEqual([500, 1000]);
    const err = await withRetry(() => Promise.reject({ code: 'SessionExpired', message: 'gone' }), { budgetMs: 1_000, sleep: async () => {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RetriesExhaustedError);
    await expect(withRetry(() => Promise.reject(new Error('bad query')), { sleep: async () => {} })).rejects.toThrow('bad query');
  });
});

describe('BoundedQueue', () => {
  it('makes the producer wait while full and delivers in order', async () => {
    const q = new BoundedQueue<number>(2);
    await q.push(1);
    await q.push(2);
    let third = false;
    const p = q.push(3).then(() => (third = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(third).toBe(false);
    expect((await q.pop()).value).toBe(1);
    await p;
    expect(third).toBe(true);
    q.close();
    const rest: number[] = [];
    for await (const x of q) rest.push(x);
    expect(rest).toEqual([2, 3]);
  });
  it('passes a consumer failure to the producer', async () => {
    const q = new BoundedQueue<number>(1);
    await q.push(1);
    const p = q.push(2);
    q.fail(new Error('writer died'));
    await expect(p).rejects.toThrow('writer died');
  });
});
