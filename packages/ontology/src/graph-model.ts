// How the extraction is laid out in Neo4j. The store writes it, the API reads it and Bloom shows it;
// docs/graph-model.md explains the choices.

export const LABELS = {
  entity: 'Entity',
  claim: 'Claim',
  article: 'Article',
  topic: 'Topic',
} as const;

/** Relationship types that are not entity relations. */
export const CLAIM_RELS = {
  said: 'SAID', // (:Entity)-[:SAID]->(:Claim)
  about: 'ABOUT', // (:Claim)-[:ABOUT]->(:Entity|:Topic)
  reportedIn: 'REPORTED_IN', // (:Claim)-[:REPORTED_IN]->(:Article), one per article
  mentions: 'MENTIONS', // (:Article)-[:MENTIONS]->(:Entity)
} as const;

/**
 * Evidence properties carried by every relationship except MENTIONS.
 * One relationship per fact; each supporting sentence is one slot of the parallel arrays,
 * so re-ingesting an article replaces its own slots and leaves other articles' evidence alone.
 * The scalar properties repeat the first slot, for Bloom captions and the ontology's contract.
 */
export const EVIDENCE_PROPS = {
  articleIds: 'evidenceArticleIds', // string[]
  sentences: 'evidenceSentences', // string[]
  starts: 'evidenceStarts', // int[]
  ends: 'evidenceEnds', // int[]
  negated: 'evidenceNegated', // boolean[]
  hedged: 'evidenceHedged', // boolean[]
  // scalars of the first slot
  articleId: 'articleId',
  sentence: 'sentence',
  start: 'start',
  end: 'end',
} as const;

/** Longest Claim.caption shown in Bloom. */
export const CAPTION_MAX = 80;

export function caption(text: string, max = CAPTION_MAX): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}
