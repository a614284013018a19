// Hedges and negations. General lexicon: nothing here is specific to any article.

/** Hedging cues (lower case, may be multi-word, matched on word boundaries). */
export const HEDGES = [
  'considering', 'consider', 'considers', 'may', 'might', 'could', 'upcoming', 'planned', 'committed to',
  'plans', 'plan to', 'planning', 'potential', 'possibly', 'expected to', 'is expected', 'are expected',
  'scheduled', 'ready to', 'willing to', 'looks forward', 'look forward', 'looking forward', 'hope', 'hopes',
  'intends', 'intend', 'proposed', 'prospective', 'likely', 'reportedly', 'should', 'aims to', 'seeks to', 'about to',
  'set to', 'is to', 'are to', 'if ', 'unless', 'ahead of',
];
// "will"/"would"/"shall" mark a plan ("will visit"), but not an ongoing relation ("will continue to work with").
export const HEDGE_RE = new RegExp(`\\b(?:${HEDGES.map((h) => h.trim().replace(/ /g, '\\s+')).join('|')}|(?:will|would|shall)(?!\\s+(?:continue|remain|keep|always|still)\\b))\\b`, 'i');
export const NEGATION_RE = /\b(?:not|never|no longer|n't|refused to|refuses to|declined to|declines to|failed to|fails to|without)\b|n't\b/i;
