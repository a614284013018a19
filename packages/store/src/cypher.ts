// Cypher fragments shared by the writer and retraction. Only constants from this file and whitelisted
// labels/types are ever spliced into statements; all values travel as parameters.
import { PRECISION_RANK } from './claim-time.js';
import type { Slot } from './plan.js';

/** Evidence slots in one canonical order (article id, offsets, sentence, flags): never input order. */
const SLOT_ORDER = 'x.a, x.st, x.en, x.s, x.n, x.h, x.t, x.tp';

/**
 * Writes the evidence arrays, first-slot scalars, `hedged`, `articleCount` and `occurredAt` (the most
 * precise, then earliest, known slot time) from `ev` (sorted slots).
 */
const SET_FROM_SLOTS = `
WITH r, ev, COLLECT { UNWIND ev AS x WITH x WHERE x.t <> '' RETURN x ORDER BY ${PRECISION_RANK('x.tp')}, x.t LIMIT 1 } AS known
SET r.evidenceArticleIds = [x IN ev | x.a], r.evidenceSentences = [x IN ev | x.s], r.evidenceStarts = [x IN ev | x.st],
    r.evidenceEnds = [x IN ev | x.en], r.evidenceNegated = [x IN ev | x.n], r.evidenceHedged = [x IN ev | x.h],
    r.evidenceOccurredAt = [x IN ev | x.t], r.evidenceOccurredAtPrecision = [x IN ev | x.tp],
    r.occurredAt = known[0].t, r.occurredAtPrecision = known[0].tp,
    r.articleId = ev[0].a, r.sentence = ev[0].s, r.start = ev[0].st, r.end = ev[0].en,
    r.hedged = size(ev) > 0 AND all(x IN ev WHERE x.h),
    r.articleCount = size(COLLECT { UNWIND ev AS x RETURN DISTINCT x.a })`;

/** The stored slots of `r` as maps, optionally only those at the indexes in `keep`. */
function storedSlots(indexes: string): string {
  return `[i IN ${indexes} | {a: r.evidenceArticleIds[i], s: r.evidenceSentences[i], st: r.evidenceStarts[i], en: r.evidenceEnds[i], n: r.evidenceNegated[i], h: r.evidenceHedged[i], t: coalesce(r.evidenceOccurredAt[i], ''), tp: coalesce(r.evidenceOccurredAtPrecision[i], '')}]`;
}

/**
 * Given `r` and `row.slots` in scope: the stored slots and the row's, merged in canonical order. So a fact's
 * evidence is the same list whichever article was written first.
 */
export function mergeEvidence(): string {
  return `
WITH r, ${storedSlots('range(0, size(coalesce(r.evidenceArticleIds, [])) - 1)')} + row.slots AS slots
WITH r, COLLECT { UNWIND slots AS x RETURN x ORDER BY ${SLOT_ORDER} } AS ev
${SET_FROM_SLOTS}`;
}

/** Given `r` and `keep` (indexes of slots to keep) in scope: keeps those slots (already in order). */
export function rewriteEvidence(): string {
  return `
WITH r, ${storedSlots('keep')} AS ev
${SET_FROM_SLOTS}`;
}

/** Indexes of the slots of `r` whose article is not in `list`. */
export function keepSlots(list: string): string {
  return `[i IN range(0, size(coalesce(r.evidenceArticleIds, [])) - 1) WHERE NOT r.evidenceArticleIds[i] IN ${list}] AS keep`;
}

/** Slots as the maps `mergeEvidence` reads from `row.slots`. */
export function slotMaps(slots: readonly Slot[]): Slot[] {
  return slots.map((x) => ({ a: x.a, s: x.s, st: x.st, en: x.en, n: x.n, h: x.h, t: x.t, tp: x.tp }));
}
