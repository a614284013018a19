import { extractArticle } from '../src/index.js';
import type { Extraction } from '@kg/ontology';

/** Extract a small text and return it with helpers keyed by names. */
export function run(text: string): Extraction & { names: string[]; rel: (s: string, p: string, o: string) => boolean } {
  const ex = extractArticle(text);
  const byId = new Map(ex.entities.map((e) => [e.id, e]));
  const name = (id: string) => byId.get(id)?.name ?? id;
  return {
    ...ex,
    names: ex.entities.map((e) => e.name),
    rel: (s, p, o) => ex.relations.some((r) => name(r.subject) === s && r.predicate === p && name(r.object) === o),
  };
}
