import type { RelationPredicate } from '@kg/ontology';
import { objectAfter, subjectBefore, typeOf } from '../args.js';
import { relate } from '../emit.js';
import { frameMatches } from '../frames.js';
import type { RawRelation, SentenceScope } from '../types.js';

const RULE = 'passive';
const PREDICATES: readonly RelationPredicate[] = ['MET_WITH', 'VISITED', 'OPPOSED', 'SUPPORTED', 'CRITICIZED'];

/**
 * A relation in the passive voice: the actor follows "by", the grammatical subject undergoes the act.
 * @example "Ruritania was criticised by the European Union over the arrests." -> EU CRITICIZED Ruritania
 * @example "The plan, backed by Freedonia, was adopted." -> Freedonia SUPPORTED ... (only when the plan is an actor)
 */
export function passive(sc: SentenceScope): RawRelation[] {
  const out: RawRelation[] = [];
  for (const m of frameMatches(sc, PREDICATES)) {
    if (m.direction !== 'passive') continue;
    const agent = objectAfter(sc, m.q, 2, false);
    if (!agent) continue;
    const patient = subjectBefore(sc, m.k, agent.e);
    // a pronoun's antecedent is too weak a guess to reverse a clause on
    if (!patient || patient.via || (m.predicate === 'VISITED' && !['Place', 'Country'].includes(typeOf(sc, patient.e)))) continue;
    out.push(...relate(sc, RULE, agent.e, m.predicate, patient.e, patient.t, agent.t));
  }
  return out;
}
