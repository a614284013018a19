import { makeArticle } from '../bench/scripts/make-corpus-lib.js';
import { extractArticle } from '@kg/extractor';
import { openDriver, wipeDatabase, writeExtraction, ensureSchema } from './src/index.js';
import { profile } from './src/writer.js';
const d = openDriver();
await ensureSchema(d); await wipeDatabase(d);
const xs = []; for (let i = 0; i < 1000; i++) { const a = makeArticle(i, 3); xs.push(extractArticle(a.text, { path: '/b/' + a.name })); }
for (let b = 0; b < 2; b++) {
  const part = xs.slice(b * 500, b * 500 + 500);
  const t0 = performance.now();
  await writeExtraction(d, { articles: part.flatMap(x => x.articles), entities: part.flatMap(x => x.entities), claims: part.flatMap(x => x.claims), relations: part.flatMap(x => x.relations) });
  console.log('batch', b, (performance.now() - t0).toFixed(0), 'ms');
}
for (const [k, v] of [...profile].sort((a, b) => b[1] - a[1])) console.log(v.toFixed(0).padStart(6), k);
await d.close();
