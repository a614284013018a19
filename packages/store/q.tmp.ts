import { makeArticle } from '../bench/scripts/make-corpus-lib.js';
import { extractArticle } from '@kg/extractor';
import { openDriver, wipeDatabase, writeExtraction, ensureSchema } from './src/index.js';
import { profile } from './src/writer.js';
const d = openDriver();
await ensureSchema(d); await wipeDatabase(d);
const N = Number(process.argv[2] ?? 3000), B = 500;
const xs = []; for (let i = 0; i < N; i++) { const a = makeArticle(i, 3); xs.push(extractArticle(a.text, { path: '/b/' + a.name })); }
let total = 0;
for (let b = 0; b < N / B; b++) {
  const part = xs.slice(b * B, b * B + B);
  const t0 = performance.now();
  const st = await writeExtraction(d, { articles: part.flatMap(x => x.articles), entities: part.flatMap(x => x.entities), claims: part.flatMap(x => x.claims), relations: part.flatMap(x => x.relations) });
  const ms = performance.now() - t0; total += ms;
  console.log('batch', b, ms.toFixed(0), 'ms', st.relationshipWrites, 'rows', st.claimsCreated, 'new claims', st.corroborated, 'corroborated');
}
console.log('total', total.toFixed(0));
for (const [k, v] of [...profile].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log(v.toFixed(0).padStart(6), k);
await d.close();
