// Expectations computed from the fixture data (the graph the tests store), per docs/graph-model.md.
import { SYMMETRIC_PREDICATES, type Extraction, type Relation } from '@kg/ontology';

/** Symmetric facts are stored one way (lower id first). */
export function stored(r: Relation): Relation {
  if (SYMMETRIC_PREDICATES.has(r.predicate) && r.object < r.subject) return { ...r, subject: r.object, object: r.subject };
  return r;
}

const entityIds = (x: Extraction) => new Set(x.entities.map((e) => e.id));

export function relationsOf(x: Extraction, id: string, direction: 'OUTGOING' | 'INCOMING' | 'BOTH' = 'BOTH'): Relation[] {
  return x.relations.map(stored).filter((r) => {
    const sym = SYMMETRIC_PREDICATES.has(r.predicate);
    const out = r.subject === id;
    const inc = r.object === id;
    if (!out && !inc) return false;
    if (direction === 'BOTH' || sym) return true;
    return direction === 'OUTGOING' ? out : inc;
  });
}

/** Undirected adjacency over entity relations (topics excluded), with allowed predicates. */
function adjacency(x: Extraction, predicates?: readonly string[]): Map<string, { to: string; rel: Relation }[]> {
  const ents = entityIds(x);
  const adj = new Map<string, { to: string; rel: Relation }[]>();
  for (const r of x.relations.map(stored)) {
    if (predicates && !predicates.includes(r.predicate)) continue;
    if (!ents.has(r.subject) || !ents.has(r.object)) continue;
    for (const [a, b] of [[r.subject, r.object], [r.object, r.subject]] as const) {
      const list = adj.get(a) ?? [];
      list.push({ to: b, rel: r });
      adj.set(a, list);
    }
  }
  return adj;
}

/** Entities within `depth` hops with their distance (BFS). */
export function neighborsOf(x: Extraction, id: string, depth: number, predicates?: readonly string[]): Map<string, number> {
  const adj = adjacency(x, predicates);
  const dist = new Map<string, number>([[id, 0]]);
  let frontier = [id];
  for (let d = 1; d <= depth; d++) {
    const next: string[] = [];
    for (const n of frontier) {
      for (const { to } of adj.get(n) ?? []) {
        if (!dist.has(to)) {
          dist.set(to, d);
          next.push(to);
        }
      }
    }
    frontier = next;
  }
  dist.delete(id);
  return dist;
}

/** Every shortest path (as relation lists) from `from` to `to` of at most `maxHops`. */
export function shortestPathsOf(x: Extraction, from: string, to: string, maxHops: number, predicates?: readonly string[]): Relation[][] {
  const adj = adjacency(x, predicates);
  let paths: { at: string; rels: Relation[]; seen: Set<string> }[] = [{ at: from, rels: [], seen: new Set([from]) }];
  for (let hop = 1; hop <= maxHops; hop++) {
    const next: typeof paths = [];
    for (const p of paths) {
      for (const { to: n, rel } of adj.get(p.at) ?? []) {
        if (p.seen.has(n)) continue;
        next.push({ at: n, rels: [...p.rels, rel], seen: new Set([...p.seen, n]) });
      }
    }
    const done = next.filter((p) => p.at === to);
    if (done.length) return done.map((p) => p.rels);
    paths = next;
  }
  return [];
}

/** Articles that mention an entity: declared, plus every article of a claim or fact it takes part in. */
export function mentionedIn(x: Extraction, id: string): Set<string> {
  const out = new Set(x.entities.find((e) => e.id === id)?.mentionedIn ?? []);
  for (const c of x.claims) {
    if (c.speaker !== id && !c.about.includes(id)) continue;
    for (const a of c.evidence?.map((e) => e.articleId) ?? c.articles) out.add(a);
  }
  for (const r of x.relations) {
    if (r.subject !== id && r.object !== id) continue;
    for (const e of r.evidence) out.add(e.articleId);
  }
  return out;
}
