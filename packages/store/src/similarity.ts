// The corroboration rule: two reports are the same statement when the speaker is the same entity and
// the Dice coefficient of their content-word sets is at least CORROBORATION_THRESHOLD.
// Content words: lower-cased letter/digit runs, light plural folding, minus English stop words and
// reporting verbs (they belong to the attribution, not to the content).

export const CORROBORATION_THRESHOLD = 0.6;

const STOP_WORDS = new Set(
  `a an the and or but nor so yet for of to in on at by with from into onto upon about over under
  as than then that this these those there here it its it's they them their theirs he him his she her
  hers we us our ours you your yours i me my mine who whom whose which what when where why how
  is are was were be been being am do does did doing done have has had having will would shall should
  can could may might must also not no too very just only even still such both each all any some
  more most other another same own again further once if while because until though although whether
  said says say saying told tell tells stated states noted notes added adds stressed stresses
  according urged urges called calls pointed out up said that s t`.split(/\s+/).filter(Boolean),
);

/** Folds "cooperations"/"cooperation", "interests"/"interest"; keeps short words and "-ss" words intact. */
function fold(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

export function contentTokens(text: string): Set<string> {
  const out = new Set<string>();
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .match(/[\p{L}\p{N}]+/gu);
  for (const w of words ?? []) {
    if (STOP_WORDS.has(w)) continue;
    out.add(fold(w));
  }
  return out;
}

/** Dice coefficient 2|A∩B| / (|A|+|B|); 0 when both are empty. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const t of small) if (large.has(t)) common++;
  return (2 * common) / (a.size + b.size);
}

export function textSimilarity(a: string, b: string): number {
  return dice(contentTokens(a), contentTokens(b));
}

/** Sizes that can never reach the threshold are skipped: Dice ≤ 2·min/(min+max). */
export function sizesCompatible(m: number, n: number, threshold = CORROBORATION_THRESHOLD): boolean {
  const lo = Math.min(m, n);
  const hi = Math.max(m, n);
  return hi === 0 ? false : (2 * lo) / (lo + hi) >= threshold;
}

export interface ClaimCandidate {
  id: string;
  tokens: ReadonlySet<string>;
}

/**
 * The best match for `tokens` among a speaker's known claims, or null. Ties go to the smallest id,
 * so the choice does not depend on the order the candidates were fetched in.
 */
export function bestMatch(
  tokens: ReadonlySet<string>,
  candidates: Iterable<ClaimCandidate>,
  threshold = CORROBORATION_THRESHOLD,
): { id: string; score: number } | null {
  let best: { id: string; score: number } | null = null;
  for (const c of candidates) {
    if (!sizesCompatible(tokens.size, c.tokens.size, threshold)) continue;
    const score = dice(tokens, c.tokens);
    if (score < threshold) continue;
    if (!best || score > best.score || (score === best.score && c.id < best.id)) best = { id: c.id, score };
  }
  return best;
}
