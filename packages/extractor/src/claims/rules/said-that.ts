import { forwardCue, thatAfter, type CueSite, type RuleResult } from '../site.js';

/** "X said (on Monday in a statement) that ...": the content follows "that". */
export const saidThat = (site: CueSite): RuleResult => {
  if (!site.verb) return undefined;
  const thatAt = thatAfter(site);
  if (thatAt < 0) return undefined;
  return forwardCue(site, 'said-that', 'forward', thatAt + 1, thatAt + 1) ?? 'block';
};
