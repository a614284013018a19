// Claims: units and quotations -> attributions (rules/) -> claims (speakers through the discourse).
// Reporting cues are found outside quotations; each yields a claim whose content runs forward
// ("Mao said (that) ...", "urged X to ...") or backward ("..., the ministry said.", '"...," she asked.').
import type { Analysis } from '../nlp.js';
import type { Resolved } from '../resolve.js';
import { findAttributions } from './attributions.js';
import { claimsFromAttributions } from './claims.js';
import { claimContext } from './context.js';
import { units } from './quotes.js';
import type { RawClaim, Unit } from './types.js';

export type { Attribution, ClaimContext, RawClaim, SpeakerRef, Unit, UnitAttributions } from './types.js';
export type { Discourse } from './discourse.js';
export { units } from './quotes.js';
export { findAttributions } from './attributions.js';
export { claimsFromAttributions } from './claims.js';
export { claimContext } from './context.js';
export { specifiedRules } from './rules/index.js';

/** The claims of an article: attributions found by the rules, then speakers resolved through the discourse. */
export function extractClaims(text: string, an: Analysis, r: Resolved, given?: Unit[]): RawClaim[] {
  const ctx = claimContext(text, an, r);
  return claimsFromAttributions(ctx, findAttributions(ctx, given ?? units(text, an)));
}
