import { typed, type CandidateRule } from './types.js';

/**
 * A surname (or first name, or the last two words) of a person named in full in the article is that
 * person: "Foreign Minister Anna Lindqvist ... Lindqvist said".
 */
export const surnameOfNamedPerson: CandidateRule = (c, ctx) => {
  return ctx.personParts.has(c.text) ? typed(c, 'Person', c.text, 0.9) : undefined;
};
