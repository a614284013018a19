// One long article against the same text as separate files: `pnpm tsx packages/bench/scripts/long-article.ts
// [--mb=1.5]`. Concatenates news-shaped articles (seed 5) up to the size, extracts the whole once and the
// parts one by one in this thread, and reports CPU seconds of each (steadier than wall time on a shared
// machine), their ratio (target ≤ 3) and any error (an extractor crash is reported, not thrown).
import { loadavg } from 'node:os';
import { extractArticle } from '@kg/extractor';
import { parseOpts } from '../src/options.js';
import { makeArticle } from './make-corpus-lib.js';

const opts = parseOpts();
const size = Number(opts.mb ?? 1.5) * 1024 * 1024;
const parts: string[] = [];
for (let i = 0, n = 0; n < size; i++) {
  const t = makeArticle(i, 5).text;
  parts.push(t);
  n += t.length + 2;
}
const whole = parts.join('\n\n');
const cpu = (f: () => void): number => {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e6;
};
extractArticle(parts[0]!); // load the model outside the timing
const limit = { maxBytes: whole.length + 1 };
const separate = cpu(() => parts.forEach((p) => extractArticle(p, {}, limit)));
let error: string | null = null;
let claims = 0;
const long = cpu(() => {
  try {
    claims = extractArticle(whole, {}, limit).claims.length;
  } catch (e) {
    error = e instanceof Error ? `${e.name}: ${e.message.split('\n')[0]}` : String(e);
  }
});
const r = (x: number): number => Math.round(x * 100) / 100;
process.stdout.write(`${JSON.stringify({ characters: whole.length, parts: parts.length, separateCpuSeconds: r(separate), longCpuSeconds: r(long), ratio: r(long / separate), claims, error, loadAverage: r(loadavg()[0] ?? 0) }, null, 2)}\n`);
