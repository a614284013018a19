import { generatedGraph } from '../test/generated.ts';
const g = generatedGraph(25, 3); const t = g.claims.map(c=>c.text); console.log(t.slice(0,4), new Set(t.flatMap(x=>x.split(' '))).size, t.length*4);
