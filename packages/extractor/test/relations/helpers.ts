// Stage-level helper for the relation tests: run the stages up to relations on a short text and show the
// relations stage's output with entity names and the rule that found each relation.
import { runStages, type StageOutputs } from '../../src/index.js';

export interface NamedRelation { s: string; p: string; o: string; rule: string; confidence: number; negated: boolean; hedged: boolean; title?: string }

/** The relations of a text, subject and object by name. */
export function relationsOf(text: string): NamedRelation[] {
  const out = runStages(text) as StageOutputs;
  const name = (e: number) => out.resolve.entities[e]!.name;
  return out.relations.map((r) => ({
    s: name(r.subject), p: r.predicate, o: name(r.object), rule: r.rule, confidence: r.confidence, negated: r.negated, hedged: r.hedged,
    ...(r.title ? { title: r.title } : {}),
  }));
}

/** The relation s -p-> o if the text states it. */
export const find = (rels: NamedRelation[], s: string, p: string, o: string): NamedRelation | undefined =>
  rels.find((r) => r.s === s && r.p === p && r.o === o);
/** Whether the text gives s -p-> o. */
export const has = (rels: NamedRelation[], s: string, p: string, o: string): boolean => find(rels, s, p, o) !== undefined;
/** The relations of one predicate, as "subject > object". */
export const pairs = (rels: NamedRelation[], p: string): string[] => rels.filter((r) => r.p === p).map((r) => `${r.s} > ${r.o}`).sort();
