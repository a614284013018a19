// Entity-typing rules for name candidates, in the order they are tried (like graphql-js's
// specifiedRules): the first rule with a verdict decides; a candidate no rule types is not an entity.
import { acronymOfBody } from './acronym.js';
import { surnameOfNamedPerson } from './surname.js';
import { notAName } from './not-a-name.js';
import { placeFromContext } from './place-context.js';
import { nameShape } from './name-shape.js';
import { personAfterTitlePhrase, personFromContext } from './person-evidence.js';
import { personAfterCourtesyTitle } from './courtesy-title.js';
import { personByGivenName } from './given-name.js';
import type { CandidateRule } from './types.js';

export type { Candidate, CandidateContext, CandidateRule, Verdict } from './types.js';

export const CANDIDATE_RULES: readonly CandidateRule[] = [
  acronymOfBody,
  personAfterCourtesyTitle,
  surnameOfNamedPerson,
  notAName,
  personAfterTitlePhrase,
  personByGivenName,
  placeFromContext,
  nameShape,
  personFromContext,
];
