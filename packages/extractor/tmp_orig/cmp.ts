import { readFileSync } from 'node:fs';
const which = process.argv[2]!; const file = process.argv[3]!;
const mod = await import(which === 'orig' ? './index.ts' : '../src/index.ts');
const ex = mod.extractArticle(readFileSync(file, 'utf8'), { path: file });
console.log(JSON.stringify({ ents: ex.entities.map((e: any) => e.id).sort(), claims: ex.claims.map((c: any) => c.speaker + ' | ' + c.text.slice(0, 70)), rels: ex.relations.map((r: any) => `${r.subject} ${r.predicate} ${r.object}`).sort() }, null, 1));
