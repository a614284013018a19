// A generated graph for batching tests: N people, each with claims reported in two outlets and
// relations to the next person. Sizes are parameters; expectations are computed from them.
import type { Extraction } from '@kg/ontology';

/** A pronounceable word unique to `n`. */
function word(n: number): string {
  const c = 'bcdfghjklmnprstvz';
  const v = 'aeiou';
  let out = '';
  let x = n + 1;
  while (x > 0) {
    out += c[x % c.length]! + v[Math.floor(x / c.length) % v.length]!;
    x = Math.floor(x / (c.length * v.length));
  }
  return `${out}ter`;
}

export function generatedGraph(n: number, claimsEach: number): Extraction {
  const pid = (i: number) => `person:generated-${String(i).padStart(3, '0')}`;
  const articles = [
    { id: 'gen-article-a', title: 'Generated A', source: 'Gen Outlet A', publishedAt: '2024-01-01', path: null },
    { id: 'gen-article-b', title: 'Generated B', source: 'Gen Outlet B', publishedAt: '2024-01-02', path: null },
  ];
  const entities = Array.from({ length: n }, (_, i) => ({
    id: pid(i),
    type: 'Person' as const,
    name: `Generated Person ${String(i).padStart(3, '0')}`,
    aliases: [`Generated ${i}`],
    mentionedIn: ['gen-article-a'],
  }));
  const claims = entities.flatMap((e, i) =>
    Array.from({ length: claimsEach }, (_, k) => ({
      id: `gen-claim-${i}-${k}`,
      speaker: e.id,
      // only distinct content words per claim, so corroboration never merges two of them
      text: [0, 1, 2, 3].map((j) => word(i * 100 + k * 10 + j)).join(' '),
      kind: 'indirect' as const,
      about: [pid((i + 1) % n)],
      articles: articles.map((a) => a.id),
    })),
  );
  const relations = entities.map((e, i) => ({
    subject: e.id,
    predicate: 'URGED' as const,
    object: pid((i + 1) % n),
    negated: false,
    hedged: false,
    evidence: [{ articleId: 'gen-article-a', sentence: `Person ${i} urged person ${i + 1}.`, start: i * 10, end: i * 10 + 9 }],
  }));
  return { articles, entities, claims, relations };
}
