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

/**
 * What must agree between two texts beyond their word overlap: the named things (capitalised words
 * that are not sentence-initial stop words, and all-caps abbreviations), the numbers, and negation.
 * "Sanctions on Iran must end" and "Sanctions on Cuba must end" share most words but not the topic.
 */
export interface Distinguishers {
  names: ReadonlySet<string>;
  numbers: ReadonlySet<string>;
  negated: boolean;
}

const NEGATION = /\b(?:not|no|never|cannot|nor|neither|none|nothing|nobody)\b|n['’]t\b/i;

export function distinguishers(text: string): Distinguishers {
  const names = new Set<string>();
  const numbers = new Set<string>();
  const plain = text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/['’]s\b/g, '');
  for (const m of plain.matchAll(/[\p{L}\p{N}]+/gu)) {
    const w = m[0];
    if (/^\p{N}+$/u.test(w)) numbers.add(w.replace(/^0+(?=\d)/, ''));
    else if (/^\p{Lu}/u.test(w)) {
      const lower = w.toLowerCase();
      // A capitalised stop word ("The", "We") is sentence-initial, not a name.
      if (!STOP_WORDS.has(lower)) names.add(fold(lower));
    }
  }
  return { names, numbers, negated: NEGATION.test(text) };
}

/**
 * False when two texts that overlap in words still say different things: each names something the
 * other does not mention at all (a different topic or party), both give numbers and they differ, or one
 * is negated and the other is not. A name on one side only ("sanctions on Iran must end" vs "sanctions
 * must end") is an elaboration and does not block.
 */
export function compatible(a: Distinguishers & { tokens: ReadonlySet<string> }, b: Distinguishers & { tokens: ReadonlySet<string> }): boolean {
  if (a.negated !== b.negated) return false;
  if (a.numbers.size > 0 && b.numbers.size > 0) {
    if (a.numbers.size !== b.numbers.size || [...a.numbers].some((n) => !b.numbers.has(n))) return false;
  }
  const onlyA = [...a.names].some((n) => !b.tokens.has(n));
  const onlyB = [...b.names].some((n) => !a.tokens.has(n));
  return !(onlyA && onlyB);
}

/** Everything the corroboration rule needs about one text, computed once. */
export interface TextFeatures extends Distinguishers {
  tokens: ReadonlySet<string>;
}

export function textFeatures(text: string): TextFeatures {
  return { tokens: contentTokens(text), ...distinguishers(text) };
}

/** The whole rule for two texts: Dice of content words ≥ threshold and nothing that tells them apart. */
export function sameStatement(a: string, b: string, threshold = CORROBORATION_THRESHOLD): boolean {
  const fa = textFeatures(a);
  const fb = textFeatures(b);
  return dice(fa.tokens, fb.tokens) >= threshold && compatible(fa, fb);
}

export interface ClaimCandidate {
  id: string;
  tokens: ReadonlySet<string>;
  /** When given (on both sides), the guard of `compatible` applies too. */
  features?: TextFeatures;
}

/**
 * The best match for a text (its content tokens, or all its features to apply the guard too) among a
 * speaker's known claims, or null. Ties go to the smallest id,
 * so the choice does not depend on the order the candidates were fetched in.
 */
export function bestMatch(
  query: ReadonlySet<string> | TextFeatures,
  candidates: Iterable<ClaimCandidate>,
  threshold = CORROBORATION_THRESHOLD,
): { id: string; score: number } | null {
  const features = query instanceof Set ? undefined : (query as TextFeatures);
  const tokens = features ? features.tokens : (query as ReadonlySet<string>);
  let best: { id: string; score: number } | null = null;
  for (const c of candidates) {
    if (!sizesCompatible(tokens.size, c.tokens.size, threshold)) continue;
    const score = dice(tokens, c.tokens);
    if (score < threshold) continue;
    if (features && c.features && !compatible(features, c.features)) continue;
    if (!best || score > best.score || (score === best.score && c.id < best.id)) best = { id: c.id, score };
  }
  return best;
}

/**
 * A speaker's claims indexed by content word, so a report is scored only against claims it shares a
 * word with (Dice is 0 for the others). Same result as bestMatch over all of them.
 */
export class CandidatePool {
  private readonly cands: ClaimCandidate[] = [];
  private readonly byToken = new Map<string, number[]>();
  private counts = new Uint32Array(64);

  add(c: ClaimCandidate): void {
    const k = this.cands.push(c) - 1;
    if (k >= this.counts.length) {
      const grown = new Uint32Array(this.counts.length * 2);
      grown.set(this.counts);
      this.counts = grown;
    }
    for (const t of c.tokens) {
      let list = this.byToken.get(t);
      if (!list) this.byToken.set(t, (list = []));
      list.push(k);
    }
  }

  best(query: TextFeatures, threshold = CORROBORATION_THRESHOLD): { id: string; score: number } | null {
    // Shared-word counts in a typed array (reset below): far cheaper than a Map per report.
    const touched: number[] = [];
    for (const t of query.tokens) {
      for (const k of this.byToken.get(t) ?? []) {
        const n = this.counts[k]!;
        if (n === 0) touched.push(k);
        this.counts[k] = n + 1;
      }
    }
    let best: { id: string; score: number } | null = null;
    for (const k of touched) {
      const n = this.counts[k]!;
      this.counts[k] = 0;
      const c = this.cands[k]!;
      const score = (2 * n) / (query.tokens.size + c.tokens.size);
      if (score < threshold) continue;
      if (c.features && !compatible(query, c.features)) continue;
      if (!best || score > best.score || (score === best.score && c.id < best.id)) best = { id: c.id, score };
    }
    return best;
  }
}
