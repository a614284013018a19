import { readFileSync, readdirSync } from 'node:fs';
const which = process.argv[2]!; const dir = process.argv[3]!;
const mod = await import(which === 'orig' ? './index.ts' : '../src/index.ts');
const docs = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ text: readFileSync(`${dir}/${f}`, 'utf8'), meta: { path: `${dir}/${f}` } }));
console.log(JSON.stringify(mod.extractCorpus(docs).extraction));
