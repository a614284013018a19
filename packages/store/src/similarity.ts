// The corroboration rule for two wordings of one speaker (docs/graph-model.md, "Corroboration"):
// they are one statement when their content terms overlap enough and nothing tells them apart.
//
// Content terms: letter/digit runs, lower-cased, minus stop words and reporting verbs, reduced to their
// Porter stem and then to the head of a small group of news paraphrases ("hampered"/"limited",
// "capacity"/"capabilities" are one term); "U.S.", "US" and "United States" are one name.
// Overlap: the Dice coefficient ≥ CORROBORATION_THRESHOLD, or one wording nearly contained in the other
// (a report quoting part of a longer statement): ≥ CONTAINMENT of the shorter's terms and at least
// MIN_SHARED of them.
// Told apart (never merged, whatever the overlap): a negation on one side only; different numbers; each
// side naming something the other does not mention; each side having a head word (the last word of a
// noun or verb phrase: "sanctions on Chinese *officials*" vs "… *companies*") the other lacks.
import { stemmer } from 'stemmer';

export const CORROBORATION_THRESHOLD = 0.5;
/** Share of the shorter wording's terms the longer must hold for the containment route. */
export const CONTAINMENT = 0.8;
/** Terms the two wordings must share on the containment route. */
export const MIN_SHARED = 4;

const STOP_WORDS = new Set(
  `a an the and or but nor so yet for of to in on at by with from into onto upon about over under
  as than then that this these those there here it its it's they them their theirs he him his she her
  hers we us our ours you your yours i me my mine who whom whose which what when where why how
  is are was were be been being am do does did doing done have has had having will would shall should
  can could may might must also not no too very just only even still such both each all any some
  more most other another same own again further once if while because until though although whether
  said says say saying told tell tells stated states noted notes added adds stressed stresses
  according urged urges called calls pointed out up said that s t against side sides rather instead
  always ever away off`.split(/\s+/).filter(Boolean),
);

/**
 * Words news reports use for one another when they paraphrase a statement. General English only: each
 * group is one meaning, and a word belongs to at most one group (the first word is the group's term).
 */
const PARAPHRASES = [
  'capacity capability ability',
  'hamper limit restrict impede hinder constrain curb',
  'avoid shy evade dodge',
  'fear flinch dread',
  'oppose reject resist',
  'settlement resolution solution',
  'relevant concerned',
  'severe serious grave',
  'ready willing prepared',
  'interfere meddle',
  'hurt harm damage',
  'continue keep persist',
  'promote advance foster boost',
  'negotiation talks',
  'exacerbate intensify escalate worsen aggravate',
  'fuel inflame',
  'core heart centre center crux',
  'bedrock foundation cornerstone',
  'defend safeguard protect uphold',
  'competition compete competitive',
  'shift deflect',
  'stop halt cease end',
  'lift remove scrap revoke rescind',
  'rise increase grow',
  'fall decrease decline drop',
  'big large major',
  'help assist aid',
  'buy purchase acquire',
  'begin start launch',
  'basis base',
];

const TERM_OF = new Map<string, string>();
for (const group of PARAPHRASES) {
  const words = group.split(' ');
  const head = stemmer(words[0]!);
  for (const w of words) if (!TERM_OF.has(stemmer(w))) TERM_OF.set(stemmer(w), head);
}

/** "U.S.", "US", "USA", "United States" -> one name (lower-case "us" is the pronoun). */
function normaliseNames(text: string): string {
  return text
    .replace(/\bU\.\s?S\.(?:\s?A\.)?|\bUSA?\b|\bUnited States(?: of America)?\b/g, ' USA ')
    .replace(/\bU\.\s?K\.|\bUK\b|\bUnited Kingdom\b/g, ' UK ');
}

function words(text: string): string[] {
  const plain = normaliseNames(text).normalize('NFKD').replace(/\p{M}/gu, '').replace(/['’]s\b/g, '');
  // a hyphen joins words ("win-win", "China-US") and does not end a phrase
  return plain.match(/[\p{L}\p{N}]+|[^\p{L}\p{N}\s-]/gu) ?? [];
}

/**
 * Stems already computed, by lower-cased word: stemming is most of the cost of analysing a wording and
 * news reuses its words. A memo of a pure function (same answer with or without it), emptied when full.
 */
const STEMS = new Map<string, string>();
const MAX_STEMS = 100_000;

/** The term a content word stands for, or null for a stop word or punctuation. */
function term(word: string): string | null {
  const w = word.toLowerCase();
  if (STOP_WORDS.has(w) || !/^[\p{L}\p{N}]+$/u.test(w)) return null;
  let t = STEMS.get(w);
  if (t === undefined) {
    const s = stemmer(w);
    t = TERM_OF.get(s) ?? s;
    if (STEMS.size >= MAX_STEMS) STEMS.clear();
    STEMS.set(w, t);
  }
  return t;
}

/** A wording's words and the term of each (null: stop word or punctuation), computed once. */
interface Parsed {
  words: string[];
  terms: Array<string | null>;
}

function parse(text: string): Parsed {
  const ws = words(text);
  return { words: ws, terms: ws.map(term) };
}

export function contentTokens(text: string | Parsed): Set<string> {
  const p = typeof text === 'string' ? parse(text) : text;
  const out = new Set<string>();
  for (const t of p.terms) if (t) out.add(t);
  return out;
}

/**
 * The last term of every run of content words (the head of an English noun phrase or verb group), each
 * with the content term before it in the text (its context: the verb or noun it is the object of, or
 * its modifier): "sanctions on Chinese officials" gives officials after "Chinese".
 */
export function headTerms(text: string | Parsed): Map<string, string> {
  const p = typeof text === 'string' ? parse(text) : text;
  const out = new Map<string, string>();
  let last: string | null = null;
  let before = '';
  for (let i = 0; i <= p.words.length; i++) {
    const w = p.words[i] ?? '.';
    const t = p.terms[i] ?? null;
    if (t) {
      if (last) before = last;
      last = t;
      continue;
    }
    if (last && !out.has(last)) out.set(last, before);
    if (last) before = last;
    last = null;
    // punctuation ends the clause: what follows is not the object of what came before
    if (!/^[\p{L}\p{N}]/u.test(w)) before = '';
  }
  return out;
}

/**
 * Porter stems of one family still differ ("interfer"/"interf", "relat"/"relationship"), and a
 * demonym is its country's name plus a suffix ("China"/"Chinese" share "chin"): two terms are the same
 * when equal, or when one is a prefix of the other and the shorter has at least PREFIX letters (4 for names).
 */
const PREFIX = 5;
export function sameTerm(a: string, b: string, min = PREFIX): boolean {
  if (a === b) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return s.length >= min && l.startsWith(s);
}

/** Whether `set` holds `t` or a term the same as it. */
export function holds(set: ReadonlySet<string>, t: string, min = PREFIX): boolean {
  if (set.has(t)) return true;
  for (const u of set) if (sameTerm(t, u, min)) return true;
  return false;
}

/** Terms the same as one another share this key (their first PREFIX letters), so lookups need no scan. */
export const termKey = (t: string): string => (t.length >= PREFIX ? t.slice(0, PREFIX) : t);

/** A wording's terms indexed by termKey. */
export type KeyedTerms = ReadonlyMap<string, readonly string[]>;

export function keyTerms(tokens: Iterable<string>): KeyedTerms {
  const out = new Map<string, string[]>();
  for (const t of tokens) {
    const k = termKey(t);
    const list = out.get(k);
    if (list) list.push(t);
    else out.set(k, [t]);
  }
  return out;
}

/** holds() over keyed terms: one bucket instead of the whole set. */
function holdsKeyed(keyed: KeyedTerms, t: string): boolean {
  for (const u of keyed.get(termKey(t)) ?? []) if (sameTerm(t, u)) return true;
  return false;
}

/** Shared terms of two wordings (each term of the smaller counted once). */
function sharedKeyed(a: TextFeatures, b: TextFeatures): number {
  const [small, large] = a.tokens.size <= b.tokens.size ? [a, b] : [b, a];
  let common = 0;
  for (const t of small.tokens) if (holdsKeyed(large.keyed, t)) common++;
  return common;
}

/** Dice coefficient 2|A∩B| / (|A|+|B|); 0 when both are empty. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  return (2 * shared(a, b)) / (a.size + b.size);
}

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const t of small) if (holds(large, t)) common++;
  return common;
}

export function textSimilarity(a: string, b: string): number {
  return dice(contentTokens(a), contentTokens(b));
}

/** Overlap enough for one statement: Dice, or near containment of the shorter in the longer. */
export function overlaps(common: number, m: number, n: number, threshold = CORROBORATION_THRESHOLD): boolean {
  if (m + n === 0) return false;
  if ((2 * common) / (m + n) >= threshold) return true;
  return common >= MIN_SHARED && common / Math.min(m, n) >= CONTAINMENT;
}

/** Sizes that can never overlap enough are skipped. */
export function sizesCompatible(m: number, n: number, threshold = CORROBORATION_THRESHOLD): boolean {
  const lo = Math.min(m, n);
  const hi = Math.max(m, n);
  if (hi === 0) return false;
  return (2 * lo) / (lo + hi) >= threshold || lo >= MIN_SHARED;
}

/** What must agree between two wordings beyond their overlap. */
export interface Distinguishers {
  names: ReadonlySet<string>;
  numbers: ReadonlySet<string>;
  negated: boolean;
  /** Head term -> the term before it (see headTerms). */
  heads: ReadonlyMap<string, string>;
}

/**
 * A negated verb: "not"/"never"/"no"/"n't"/"cannot", except a contrastive "not" after a comma or a
 * conjunction ("by dialogue, not confrontation"), which negates nothing the other wording must share.
 */
const NEGATION = /\b(?:never|cannot|nor|neither|none|nothing|nobody|no)\b|n['’]t\b|(?<![,;]\s*|\b(?:and|but|or|if|rather)\s+)\bnot\b/i;
const SPELLED = new Map(
  'one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million billion trillion'
    .split(' ')
    .map((w, i) => [w, `#${i}`]),
);

export function distinguishers(text: string, parsed: Parsed = parse(text)): Distinguishers {
  const names = new Set<string>();
  const numbers = new Set<string>();
  parsed.words.forEach((w, i) => {
    const lower = w.toLowerCase();
    if (/^\p{N}+$/u.test(w)) numbers.add(w.replace(/^0+(?=\d)/, ''));
    else if (SPELLED.has(lower)) numbers.add(SPELLED.get(lower)!);
    // A capitalised stop word ("The", "We") is sentence-initial, not a name.
    else if (/^\p{Lu}/u.test(w) && !STOP_WORDS.has(lower)) names.add(parsed.terms[i] ?? lower);
  });
  return { names, numbers, negated: NEGATION.test(text), heads: headTerms(parsed) };
}

/** Everything the rule needs about one wording, computed once. */
export interface TextFeatures extends Distinguishers {
  tokens: ReadonlySet<string>;
  keyed: KeyedTerms;
}

export function textFeatures(text: string): TextFeatures {
  const parsed = parse(text);
  const tokens = contentTokens(parsed);
  return { tokens, keyed: keyTerms(tokens), ...distinguishers(text, parsed) };
}


/**
 * A name and its demonym share all but their endings ("china"/"chines", "russia"/"russian"): the same
 * name when they share at least 4 letters and all of the shorter but its last letter ("iran"/"iraq" differ).
 */
export function sameName(a: string, b: string): boolean {
  if (sameTerm(a, b)) return true;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i >= 4 && i >= Math.min(a.length, b.length) - 1;
}
const nameMissing = (names: ReadonlySet<string>, other: ReadonlySet<string>): boolean =>
  [...names].some((n) => ![...other].some((t) => sameName(n, t)));

/** Contexts (shared by both wordings) of the heads of `a` that `b` does not contain. */
function unmatchedHeadContexts(a: TextFeatures, b: TextFeatures): Set<string> {
  const out = new Set<string>();
  for (const [h, ctx] of a.heads) if (ctx && !holdsKeyed(b.keyed, h) && holdsKeyed(b.keyed, ctx)) out.add(ctx);
  return out;
}

/**
 * False when two wordings that overlap still say different things: a negation on one side only, two
 * different sets of numbers, each side naming something the other does not mention, or two different
 * heads in the same place: each side has a head the other lacks after the same shared term ("sanctions
 * on Chinese officials" / "… Chinese companies", "urged to lift sanctions" / "urged to impose
 * sanctions"). One side elaborating (a name or head only it has) does not block.
 */
export function compatible(a: TextFeatures, b: TextFeatures): boolean {
  if (a.negated !== b.negated) return false;
  if (a.numbers.size > 0 && b.numbers.size > 0) {
    if (a.numbers.size !== b.numbers.size || [...a.numbers].some((n) => !b.numbers.has(n))) return false;
  }
  if (nameMissing(a.names, b.tokens) && nameMissing(b.names, a.tokens)) return false;
  const ctxA = unmatchedHeadContexts(a, b);
  if (ctxA.size === 0) return true;
  for (const c of unmatchedHeadContexts(b, a)) if (ctxA.has(c)) return false;
  return true;
}

/** The whole rule for two wordings: enough overlap and nothing that tells them apart. */
export function sameStatement(a: string, b: string, threshold = CORROBORATION_THRESHOLD): boolean {
  const fa = textFeatures(a);
  const fb = textFeatures(b);
  return overlaps(sharedKeyed(fa, fb), fa.tokens.size, fb.tokens.size, threshold) && compatible(fa, fb);
}

export interface ClaimCandidate {
  id: string;
  /** Every wording the claim is reported with; a wording matches when it passes the rule with one of
   * them and is compatible with all of them (so a chain of paraphrases cannot drift to another statement). */
  wordings: readonly TextFeatures[];
}

/** Best overlap score of a wording with a claim's wordings, or -1 when it does not match. */
export function matchScore(query: TextFeatures, c: ClaimCandidate, threshold = CORROBORATION_THRESHOLD): number {
  let best = -1;
  for (const w of c.wordings) {
    if (!sizesCompatible(query.tokens.size, w.tokens.size, threshold)) continue;
    const common = sharedKeyed(query, w);
    if (overlaps(common, query.tokens.size, w.tokens.size, threshold)) best = Math.max(best, (2 * common) / (query.tokens.size + w.tokens.size));
  }
  // the guard (dearer) only for a claim that overlaps
  return best >= 0 && c.wordings.every((w) => compatible(query, w)) ? best : -1;
}

/**
 * The best match for a wording among a speaker's claims, or null. Ties go to the smallest id, so the
 * choice does not depend on the order the candidates were fetched in.
 */
export function bestMatch(
  query: TextFeatures,
  candidates: Iterable<ClaimCandidate>,
  threshold = CORROBORATION_THRESHOLD,
  /** Extra condition on the whole claim (its time, its articles). */
  accept: (id: string) => boolean = () => true,
): { id: string; score: number } | null {
  let best: { id: string; score: number } | null = null;
  for (const c of candidates) {
    const score = matchScore(query, c, threshold);
    if (score < 0 || !accept(c.id)) continue;
    if (!best || score > best.score || (score === best.score && c.id < best.id)) best = { id: c.id, score };
  }
  return best;
}

/**
 * A speaker's claims indexed by content term, so a wording is scored only against claims it shares a
 * term with (the others cannot match). Same result as bestMatch over all of them.
 */
export class CandidatePool {
  private readonly cands = new Map<string, ClaimCandidate>();
  /** Every wording added, with its claim; indexed by the keys of its terms. */
  private readonly wordings: Array<{ id: string; size: number }> = [];
  private readonly byKey = new Map<string, number[]>();
  private counts = new Uint32Array(64);

  /** Adds a claim, or its new wordings when its id is already there. */
  add(c: ClaimCandidate): void {
    const before = this.cands.get(c.id)?.wordings.length ?? 0;
    this.cands.set(c.id, { id: c.id, wordings: [...c.wordings] });
    for (const w of c.wordings.slice(before)) {
      const k = this.wordings.push({ id: c.id, size: w.tokens.size }) - 1;
      if (k >= this.counts.length) {
        const grown = new Uint32Array(this.counts.length * 2);
        grown.set(this.counts);
        this.counts = grown;
      }
      for (const key of w.keyed.keys()) {
        let list = this.byKey.get(key);
        if (!list) this.byKey.set(key, (list = []));
        list.push(k);
      }
    }
  }

  best(query: TextFeatures, threshold = CORROBORATION_THRESHOLD, accept?: (id: string) => boolean): { id: string; score: number } | null {
    // Shared keys bound the shared terms from above: a claim none of whose wordings could overlap is
    // never scored (a typed array of counts, reset below: far cheaper than a Map per report).
    const touched: number[] = [];
    for (const t of query.tokens) {
      for (const k of this.byKey.get(termKey(t)) ?? []) {
        const n = this.counts[k]!;
        if (n === 0) touched.push(k);
        this.counts[k] = n + 1;
      }
    }
    const ids = new Set<string>();
    for (const k of touched) {
      const w = this.wordings[k]!;
      if (overlaps(this.counts[k]!, query.tokens.size, w.size, threshold)) ids.add(w.id);
      this.counts[k] = 0;
    }
    return bestMatch(query, [...ids].map((id) => this.cands.get(id)!), threshold, accept);
  }
}
