// Cypher fragments shared by the writer and retraction. Only constants from this file and whitelisted
// labels/types are ever spliced into statements; all values travel as parameters.
import type { SlotArrays } from './plan.js';

/**
 * Given `r` and `keep` (indexes of slots to keep) in scope, and optionally `row` holding new slot arrays,
 * writes the evidence arrays, the first-slot scalars, `hedged` (all slots hedged) and `articleCount`.
 */
export function rewriteEvidence(append: boolean): string {
  const add = (f: string): string => (append ? ` + row.${f}` : '');
  return `
WITH r, row, keep,
  [i IN keep | r.evidenceArticleIds[i]]${add('aids')} AS aids,
  [i IN keep | r.evidenceSentences[i]]${add('sents')} AS sents,
  [i IN keep | r.evidenceStarts[i]]${add('starts')} AS starts,
  [i IN keep | r.evidenceEnds[i]]${add('ends')} AS ends,
  [i IN keep | r.evidenceNegated[i]]${add('negs')} AS negs,
  [i IN keep | r.evidenceHedged[i]]${add('hedges')} AS hedges,
  [i IN keep | coalesce(r.evidenceOccurredAt[i], '')]${add('times')} AS times,
  [i IN keep | coalesce(r.evidenceOccurredAtPrecision[i], '')]${add('precisions')} AS precisions
WITH r, row, keep, aids, sents, starts, ends, negs, hedges, times, precisions,
  ${EARLIEST_TIME} AS earliest
SET r.evidenceArticleIds = aids, r.evidenceSentences = sents, r.evidenceStarts = starts,
    r.evidenceEnds = ends, r.evidenceNegated = negs, r.evidenceHedged = hedges,
    r.evidenceOccurredAt = times, r.evidenceOccurredAtPrecision = precisions,
    r.occurredAt = earliest[0], r.occurredAtPrecision = earliest[1],
    r.articleId = aids[0], r.sentence = sents[0], r.start = starts[0], r.end = ends[0],
    r.hedged = size(hedges) > 0 AND all(h IN hedges WHERE h),
    r.articleCount = ${
      append
        ? // keep holds every old slot (the usual case: the batch's articles were detached first), so the
          // old count plus this row's distinct articles is exact and avoids a distinct over long lists
          'CASE WHEN size(keep) = size(coalesce(r.evidenceArticleIds, [])) THEN coalesce(r.articleCount, 0) + size(row.articles) ELSE size(COLLECT { UNWIND aids AS x RETURN DISTINCT x }) END'
        : 'size(COLLECT { UNWIND aids AS x RETURN DISTINCT x })'
    }`;
}

/** `[date, precision]` of the earliest known slot time of `times`/`precisions` (nulls when none). */
const EARLIEST_TIME = `COLLECT { UNWIND range(0, size(times) - 1) AS i WITH i WHERE times[i] <> ''
    RETURN [times[i], precisions[i]] AS t ORDER BY times[i], precisions[i] LIMIT 1 }[0]`;

/** Index of the earliest known slot time, or -1. */
function earliestSlot(slots: SlotArrays): number {
  let best = -1;
  slots.times.forEach((t, i) => {
    if (t && (best < 0 || t < slots.times[best]! || (t === slots.times[best] && slots.precisions[i]! < slots.precisions[best]!))) best = i;
  });
  return best;
}

/** The evidence properties of a relationship created with these slots (no Cypher needed). */
export function evidenceProps(slots: SlotArrays): Record<string, unknown> {
  const first = earliestSlot(slots);
  return {
    evidenceArticleIds: slots.aids,
    evidenceSentences: slots.sents,
    evidenceStarts: slots.starts,
    evidenceEnds: slots.ends,
    evidenceNegated: slots.negs,
    evidenceHedged: slots.hedges,
    evidenceOccurredAt: slots.times,
    evidenceOccurredAtPrecision: slots.precisions,
    occurredAt: first < 0 ? null : slots.times[first],
    occurredAtPrecision: first < 0 ? null : slots.precisions[first],
    articleId: slots.aids[0] ?? null,
    sentence: slots.sents[0] ?? null,
    start: slots.starts[0] ?? null,
    end: slots.ends[0] ?? null,
    hedged: slots.hedges.length > 0 && slots.hedges.every(Boolean),
    articleCount: new Set(slots.aids).size,
  };
}

/** Indexes of the slots of `r` whose article is not in `list`. */
export function keepSlots(list: string): string {
  return `[i IN range(0, size(coalesce(r.evidenceArticleIds, [])) - 1) WHERE NOT r.evidenceArticleIds[i] IN ${list}] AS keep`;
}
