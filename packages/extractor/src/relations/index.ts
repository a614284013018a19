// Stage 5: relations. Pattern rules (rules/index.ts) run over each sentence with the resolved mentions
// and the claims of that sentence; each relation carries its sentence as evidence, negated/hedged flags
// and the rule that found it. Pure: the input is never changed; the only state carried from sentence to
// sentence (the person the previous sentence was about) is passed explicitly.
import type { RawClaim, Unit } from '../claims.js';
import type { Analysis } from '../nlp.js';
import type { Resolved } from '../resolve.js';
import { personSubject } from './args.js';
import { relationRules } from './rules/index.js';
import type { DocIndex, RawRelation, RelationInput, RelationOutput, RelationRule, SentenceScope } from './types.js';

export type { Arg, DocIndex, RawRelation, RelationInput, RelationOutput, RelationRule, SentenceScope } from './types.js';
export { relationRules } from './rules/index.js';

/** Lookups from token positions to the resolved mentions starting or ending there. */
export function indexDocument(input: RelationInput): DocIndex {
  const r = input.resolved;
  const mentionAt = new Map<number, number>();
  const mentionEnd = new Map<number, number>();
  r.mentions.forEach((m, i) => {
    if (r.entOf[i]! < 0) return;
    if (!mentionAt.has(m.t0) || r.mentions[mentionAt.get(m.t0)!]!.t1 < m.t1) mentionAt.set(m.t0, i);
    if (!mentionEnd.has(m.t1) || r.mentions[mentionEnd.get(m.t1)!]!.t0 > m.t0) mentionEnd.set(m.t1, i);
  });
  const personOfAffil = new Map<object, number>();
  r.mentions.forEach((p, j) => {
    if (p.type === 'Person' && p.kind === 'name' && p.affil && r.entOf[j]! >= 0 && p.t0 <= p.affil.t1 + 4) personOfAffil.set(p.affil, j);
  });
  return { mentionAt, mentionEnd, personOfAffil };
}

/** One scope per sentence, each carrying the person the sentence before it was about. */
export function sentenceScopes(input: RelationInput, doc: DocIndex = indexDocument(input)): SentenceScope[] {
  const claimsByUnit = new Map<number, RawClaim[]>();
  for (const c of input.claims) claimsByUnit.set(c.sentStart, [...(claimsByUnit.get(c.sentStart) ?? []), c]);
  const scopes: SentenceScope[] = [];
  let prevPerson = -1;
  for (const unit of input.units) {
    const sc: SentenceScope = { input, doc, unit, claims: claimsByUnit.get(unit.start) ?? [], prevPerson };
    scopes.push(sc);
    prevPerson = personSubject(sc, unit.t1) ?? prevPerson;
  }
  return scopes;
}

/** The stage: every relation the rules find in the document, in sentence order. */
export function relationStage(input: RelationInput, rules: readonly RelationRule[] = relationRules): RelationOutput {
  const relations: RawRelation[] = [];
  for (const sc of sentenceScopes(input)) for (const rule of rules) relations.push(...rule(sc));
  return { relations };
}

/** The stage with positional arguments, as the pipeline calls it. */
export function extractRelations(text: string, analysis: Analysis, resolved: Resolved, units: readonly Unit[], claims: readonly RawClaim[]): RawRelation[] {
  return relationStage({ text, analysis, resolved, units, claims }).relations;
}
