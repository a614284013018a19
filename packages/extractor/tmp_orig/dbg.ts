import { extractArticle } from '../src/index.ts';
const ex = extractArticle('Norway has also sanctioned the Ruritanian state broadcaster RTV. Norway has now sanctioned more than 50 individuals and entities, including the Ruritanian Guard Corps.');
console.log(ex.entities.map((e) => e.id), ex.relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`));
