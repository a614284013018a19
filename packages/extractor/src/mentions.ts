// Stage 2: mentions. Capitalised runs are chunked, split at titles, classified with the gazetteer and
// head-noun rules (organisations, places), and joined with title cues and appositions into persons
// with roles. Descriptions ("the ministry", "the spokeswoman") and "the X side" are marked for the
// resolver. Everything is token-level and linear in the text length.
import type { EntityType } from '@kg/ontology';
import type { Analysis, Token } from './nlp.js';
import { foldKey, getGazetteer, type GazEntry } from './gazetteer.js';
import {
  FEMALE_TITLES, GENERIC_ORGAN, MALE_TITLES, NAME_PARTICLES, NAME_STOP, NON_NAME_HEADS, ORG_CONNECTORS, ORG_HEADS, PLACE_HEADS, TITLES,
  TITLE_MODIFIERS, WEAK_TITLES,
} from './lexicon/index.js';

export type MentionKind =
  | 'name' // a proper name (person, organisation, place, country)
  | 'demonym' // "Chinese" -> country (not an alias)
  | 'capital' // a capital city: place, or the country when it acts (resolved later)
  | 'side' // "the US side" -> country
  | 'title-only' // "the State Department spokesperson": an unnamed official of `affil`
  | 'desc'; // "the ministry", "the spokeswoman", "the secretary of state"

export interface Mention {
  s: number;
  e: number;
  t0: number;
  t1: number;
  sent: number;
  text: string;
  type: EntityType;
  kind: MentionKind;
  /** Canonical name candidate (for org: the core without the national prefix). */
  name: string;
  /** Country canonical name for demonyms, capitals, national bodies ("Chinese Foreign Ministry"). */
  country?: string;
  /** Person title or description head ("spokeswoman", "ministry"). */
  title?: string;
  /** The affiliation of a titled person or unnamed official. */
  affil?: Mention;
  gender?: 'f' | 'm';
  /** Followed by "'s" or "'". */
  possessive?: boolean;
  /** Set by roles/appositions: extra roles beyond `title`/`affil`. */
  roles?: Array<{ title: string; affil: Mention }>;
  /** Whether the surface form is a name worth listing among aliases. */
  alias: boolean;
  /** How sure `type` is (0..1) when it rests on weak evidence; absent means certain (gazetteer, title, head noun). */
  typeConfidence?: number;
}

/** "the US side", "the German government": the state itself. */
const STATE_NOUNS = new Set(['side', 'government', 'authorities', 'administration', 'leadership', 'regime']);
// an upper-case letter outside ASCII ("Álvaro") is checked only for non-ASCII first characters (a hot path)
const isCapTok = (t: Token): boolean => /^[A-Z]/.test(t.v) || /^\d+[A-Z]/.test(t.v) || (t.v.charCodeAt(0) > 127 && /^\p{Lu}/u.test(t.v));
const isWordish = (t: Token): boolean => /^[A-Za-z]/.test(t.v);

// Titles as token arrays, indexed by their first token.
const TITLE_INDEX = (() => {
  const m = new Map<string, string[][]>();
  for (const t of TITLES) {
    const parts = t.split(/\s+/).filter(Boolean);
    const list = m.get(parts[0]!) ?? [];
    list.push(parts);
    m.set(parts[0]!, list);
  }
  for (const l of m.values()) l.sort((a, b) => b.length - a.length);
  return m;
})();
const TITLE_LAST = (() => {
  const m = new Map<string, string[][]>();
  for (const l of TITLE_INDEX.values()) for (const parts of l) {
    const k = parts[parts.length - 1]!;
    const list = m.get(k) ?? [];
    list.push(parts);
    m.set(k, list);
  }
  for (const l of m.values()) l.sort((a, b) => b.length - a.length);
  return m;
})();

/** Length in tokens of the longest title starting at i (0 if none), within [i, end). */
export function titleAt(toks: readonly Token[], i: number, end: number): number {
  const cands = TITLE_INDEX.get(toks[i]?.l ?? '');
  if (!cands) return 0;
  for (const parts of cands) {
    if (i + parts.length > end) continue;
    let ok = true;
    for (let k = 0; k < parts.length && ok; k++) ok = toks[i + k]!.l === parts[k];
    if (ok) return parts.length;
  }
  return 0;
}
/** Length of the longest title ending at token j (inclusive), starting at or after `min`. */
function titleEndingAt(toks: Token[], j: number, min: number): number {
  const cands = TITLE_LAST.get(toks[j]?.l ?? '');
  if (!cands) return 0;
  for (const parts of cands) {
    const st = j - parts.length + 1;
    if (st < min) continue;
    let ok = true;
    for (let k = 0; k < parts.length && ok; k++) ok = toks[st + k]!.l === parts[k];
    if (ok) return parts.length;
  }
  return 0;
}

const genderOf = (title: string | undefined): 'f' | 'm' | undefined => {
  const last = title?.split(/\s+/).pop() ?? '';
  return FEMALE_TITLES.has(last) ? 'f' : MALE_TITLES.has(last) ? 'm' : undefined;
};

interface Ctx {
  text: string;
  toks: Token[];
  sent: number;
  out: Mention[];
  names: Array<{ t0: number; t1: number }>;
}

function gazLookup(toks: Token[], a: number, b: number, text: string): GazEntry | undefined {
  const surface = text.slice(toks[a]!.s, toks[b - 1]!.e);
  const e = getGazetteer().byKey.get(foldKey(surface));
  if (!e) return undefined;
  // Short keys must be written in capitals ("US", not "us"); names must start upper-case.
  const letters = surface.replace(/[^A-Za-z]/g, '');
  if (letters.length <= 3 && letters !== letters.toUpperCase()) return undefined;
  if (!/^[A-Z0-9]/.test(surface.replace(/^the\s+/i, ''))) return undefined;
  return e;
}

/** End of the longest gazetteer name starting at i that reaches past lower-case words ("... in Europe"). */
function gazSpanEnd(ctx: Ctx, i: number, end: number): number {
  const max = GAZ_FIRST.get(ctx.toks[i]!.l);
  if (!max) return i;
  for (let n = Math.min(max, end - i); n >= 3; n--) {
    if (!isCapTok(ctx.toks[i + n - 1]!)) continue;
    const g = gazLookup(ctx.toks, i, i + n, ctx.text);
    if (g && g.kind === 'org') return i + n;
  }
  return i;
}
/** First word of multi-word organisation names -> their largest length in words. */
const GAZ_FIRST = (() => {
  const m = new Map<string, number>();
  for (const [k, e] of getGazetteer().byKey) {
    const w = k.split(' ');
    if (w.length >= 3 && e.kind === 'org') m.set(w[0]!, Math.max(m.get(w[0]!) ?? 0, w.length + 2));
  }
  return m;
})();

function push(ctx: Ctx, a: number, b: number, m: Omit<Mention, 's' | 'e' | 't0' | 't1' | 'sent' | 'text'>): number {
  const { toks, text } = ctx;
  const s = toks[a]!.s, e = toks[b - 1]!.e;
  const next = toks[b];
  const possessive = !!next && next.s === e && (next.v === "'s" || next.v === '’s' || next.v === "'" || next.v === '’');
  ctx.out.push({ s, e, t0: a, t1: b, sent: ctx.sent, text: text.slice(s, e), possessive, ...m });
  return ctx.out.length - 1;
}

function pushGaz(ctx: Ctx, a: number, b: number, g: GazEntry): number {
  const { toks } = ctx;
  // "the US side", "the Chinese side"
  if ((g.kind === 'country' || g.kind === 'demonym') && g.type === 'Country' && toks[b] && STATE_NOUNS.has(toks[b]!.l)) {
    const a2 = toks[a - 1]?.l === 'the' ? a - 1 : a;
    return push(ctx, a2, b + 1, { type: 'Country', kind: 'side', name: g.country ?? g.name, country: g.country ?? g.name, alias: toks[b]!.l === 'side' });
  }
  if (g.kind === 'demonym') return push(ctx, a, b, { type: 'Country', kind: 'demonym', name: g.country!, country: g.country!, alias: false });
  if (g.kind === 'capital') return push(ctx, a, b, { type: 'Place', kind: 'capital', name: g.name, country: g.country!, alias: true });
  return push(ctx, a, b, { type: g.type, kind: 'name', name: g.name, alias: true });
}

/** A person name: 1-4 capitalised word tokens that are not organisation/place words or stop words. */
function nameLike(ctx: Ctx, a: number, b: number): boolean {
  const { toks, text } = ctx;
  if (b <= a || b - a > 6) return false;
  let words = 0;
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (k > a && k < b - 1 && NAME_PARTICLES.has(t.v)) continue; // "bin", "da", "von"
    if (k > a && k === b - 1 && /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|Jr\.?|Sr\.?)$/.test(t.v)) continue; // "Mohammed VI", "Marcos Jr."
    // "Lin", "Ha-kyu", "MaryKay"/"McCarthy" (inner capital), initials
    if (!/^\p{Lu}[\p{Ll}'’-]+$|^[A-Z]\.$|^\p{Lu}\p{Ll}+-\p{Lu}?\p{Ll}+$|^(?:Mc|Mac|De|Le|La|Di)?[A-Z][a-z]+[A-Z][a-z]+$/u.test(t.v)) return false;
    if (ORG_HEADS.has(t.v) || PLACE_HEADS.has(t.v) || (NAME_STOP.has(t.v) && !(k === a && t.v === 'He' && b - a >= 2)) || NON_NAME_HEADS.has(t.v)) return false;
    words++;
  }
  if (words > 4) return false;
  const g = gazLookup(toks, a, b, text);
  return !g || g.kind === 'place';
}

/** Classify a run of capitalised tokens without titles. Returns the index of its last mention, or -1. */
function classifySegment(ctx: Ctx, a: number, b: number): number {
  const { toks, text } = ctx;
  // "spokesperson He Yadong": right after a title, "He" is a surname, not the pronoun
  const surnameHe = (k: number): boolean => toks[k]!.v === 'He' && b - k >= 2 && titleEndingAt(toks, k - 1, 0) > 0 && /^[A-Z][a-z]+$/.test(toks[k + 1]!.v);
  // "Global Times", "Second Thomas Shoal", "Third Institute of X": an ordinal or adjective that begins a body's or place's name
  const keepsLead = (k: number): boolean => LEAD_ADJ.has(toks[k]!.v) && b - k >= 2 && /^[A-Z]/.test(toks[k + 1]!.v)
    && toks.slice(k + 1, b).some((x) => ORG_HEADS.has(x.v) || PLACE_HEADS.has(x.v));
  while (a < b && (ORG_CONNECTORS.has(toks[a]!.l) || (NAME_STOP.has(toks[a]!.v) && !gazLookup(toks, a, b, text) && !surnameHe(a) && !keepsLead(a)))) a++;
  // "Regular Press Conference": an event, not a body
  if (b - a >= 2 && toks[b - 1]!.v === 'Conference' && toks[b - 2]!.v === 'Press') return -1;
  while (b > a && ORG_CONNECTORS.has(toks[b - 1]!.l)) b--;
  if (a >= b) return -1;
  const whole = gazLookup(toks, a, b, text);
  if (whole) return pushGaz(ctx, a, b, whole);
  let orgHead = -1;
  for (let k = a; k < b; k++) if (ORG_HEADS.has(toks[k]!.v)) orgHead = k;
  const hasAnd = (() => { for (let k = a; k < b; k++) if (toks[k]!.l === 'and') return k; return -1; })();
  if (orgHead >= 0) {
    // "X and the Y" with org heads on both sides: two bodies
    if (hasAnd > a && gazLookup(toks, a, hasAnd, text)) {
      classifySegment(ctx, a, hasAnd);
      return classifySegment(ctx, hasAnd + 1, b);
    }
    if (hasAnd > a) {
      let leftHead = false;
      for (let k = a; k < hasAnd; k++) if (ORG_HEADS.has(toks[k]!.v)) leftHead = true;
      const rightHasHead = orgHead > hasAnd;
      if ((leftHead && rightHasHead && !/ of /.test(text.slice(toks[a]!.s, toks[hasAnd]!.s))) || (leftHead && !rightHasHead)) {
        classifySegment(ctx, a, hasAnd);
        return classifySegment(ctx, hasAnd + 1, b);
      }
    }
    if (hasAnd < 0) {
      let generic = true;
      for (let k = a; k < b; k++) if (!GENERIC_ORGAN.has(toks[k]!.v)) generic = false;
      if (generic) {
        // "the Council", "the Commission": the body named before, or the body itself (resolve.ts)
        if (b - a === 1 && ORG_HEADS.has(toks[a]!.v) && toks[a - 1]?.l === 'the') {
          return push(ctx, a, b, { type: 'Organization', kind: 'desc', name: toks[a]!.v, title: toks[a]!.l, alias: true });
        }
        return -1;
      }
    }
    // national prefix: "Chinese Foreign Ministry", "U.S. Department of State"
    let country: string | undefined;
    let core = a;
    for (let k = Math.min(b - 1, a + 3); k > a; k--) {
      const g = gazLookup(toks, a, k, text);
      if (g && (g.kind === 'country' || g.kind === 'demonym') && g.type === 'Country') { country = g.country ?? g.name; core = k; break; }
    }
    // a known body under its full or short name
    const known = gazLookup(toks, core, b, text);
    const coreText = text.slice(toks[core]!.s, toks[b - 1]!.e);
    const idx = push(ctx, a, b, {
      type: 'Organization', kind: 'name', name: known?.kind === 'org' ? known.name : coreText, alias: true,
      ...(country ? { country } : {}),
    });
    // nested body after the last "of the": "Political Bureau of the CPC Central Committee"
    for (let k = b - 2; k > core; k--) {
      if (toks[k]!.l !== 'of' || toks[k + 1]?.l !== 'the') continue;
      const n = k + 2;
      let head = false;
      for (let q = n; q < b; q++) if (ORG_HEADS.has(toks[q]!.v)) head = true;
      if (head && n < b) classifySegment(ctx, n, b);
      break;
    }
    return idx;
  }
  if (PLACE_HEADS.has(toks[b - 1]!.v) && b - a >= 2 && hasAnd < 0) {
    return push(ctx, a, b, { type: 'Place', kind: 'name', name: text.slice(toks[a]!.s, toks[b - 1]!.e), alias: true });
  }
  // split at connectors ("Beijing and Washington") and classify the parts
  for (let k = a; k < b; k++) {
    if (ORG_CONNECTORS.has(toks[k]!.l)) {
      classifyRun(ctx, a, k);
      classifyRun(ctx, k + 1, b);
      return ctx.out.length - 1;
    }
  }
  // a leading country/demonym then more words: "Chinese Premier" is handled by titles; here "US Bali"-like
  for (let k = Math.min(b - 1, a + 3); k > a; k--) {
    const g = gazLookup(toks, a, k, text);
    if (g) { pushGaz(ctx, a, k, g); return classifySegment(ctx, k, b); }
  }
  for (let k = b - 1; k > a; k--) {
    const g = gazLookup(toks, k, b, text);
    if (g) { const r = classifySegment(ctx, a, k); void r; return pushGaz(ctx, k, b, g); }
  }
  // unknown capitalised words: a name candidate, decided later
  if (nameLike(ctx, a, b) || (b - a === 1 && /^[A-Z][A-Z0-9]{1,7}$/.test(toks[a]!.v) && /[A-Z].*[A-Z0-9]/.test(toks[a]!.v))) ctx.names.push({ t0: a, t1: b });
  return -1;
}

/** Capitalised adjectives and ordinals that may open a name ("Global Times", "Second Thomas Shoal"). */
const LEAD_ADJ = new Set(['Global', 'First', 'Second', 'Third', 'Fourth', 'Fifth', 'New', 'Western', 'Eastern', 'Northern', 'Southern']);
/** Plural heads of a group of people before "of" ("Leaders of the ..."). */
const GROUP_HEADS = new Set(['Leaders', 'Ministers', 'Members', 'Heads', 'Officials', 'Representatives', 'Delegates', 'Delegations', 'Envoys']);
/** Honorifics written before a name ("Prince Faisal bin Farhan", "Sheikh Mohammed"): not part of the name. */
const HONORIFICS = new Set(['Prince', 'Princess', 'Sheikh', 'Sheikha', 'Emir', 'Sultan', 'Sir', 'Dame', 'Lord', 'Lady']);

function personAt(ctx: Ctx, a: number, b: number, title: string | undefined, affil: number): number {
  while (b - a >= 2 && HONORIFICS.has(ctx.toks[a]!.v)) a++;
  const name = ctx.text.slice(ctx.toks[a]!.s, ctx.toks[b - 1]!.e);
  const g = genderOf(title);
  return push(ctx, a, b, {
    type: 'Person', kind: 'name', name, alias: true,
    ...(title ? { title } : {}), ...(affil >= 0 ? { affil: ctx.out[affil]! } : {}), ...(g ? { gender: g } : {}),
  });
}

/** A run of capitalised tokens: split at an embedded title ("US President Joe Biden"). */
function classifyRun(ctx: Ctx, a: number, b: number): void {
  const { toks } = ctx;
  // "Leaders of the X", "Foreign Ministers of the Y": the body, not a body called "Leaders of ..."
  if (GROUP_HEADS.has(toks[a]!.v) && toks[a + 1]?.l === 'of' && b - a > 2) {
    a += toks[a + 2]?.l === 'the' ? 3 : 2;
    if (a >= b) return;
  }
  for (let j = a; j < b; j++) {
    const n = titleAt(toks, j, b);
    if (!n) continue;
    const prev = toks[j - 1]?.l;
    // "Office of the President" (but "at the invitation of President X" names X)
    if ((prev === 'of' && /^[A-Z]/.test(toks[j - 2]?.v ?? '')) || (prev === 'the' && j - 1 > a)) continue;
    const r0 = j + n;
    if (r0 < b && nameLike(ctx, r0, b)) {
      const before = ctx.out.length;
      const aff = j > a ? classifySegment(ctx, a, j) : possessiveBefore(ctx, a);
      const affil = aff >= 0 ? aff : ctx.out.length > before ? ctx.out.length - 1 : -1;
      const title = modifiedTitle(ctx, a, j, r0);
      personAt(ctx, r0, b, title, affil);
      return;
    }
    if (r0 === b) {
      // "the U.S. State Department Spokesperson": an unnamed official
      const aff = j > a ? classifySegment(ctx, a, j) : -1;
      if (aff >= 0) titleOnly(ctx, j, b, aff);
      else if (j === a ? toks[a - 1]?.l === 'the' : onlyModifiers(toks, a, j)) {
        // "The Deputy Secretary", "the Secretary-General": a description of a titled person
        const title = ctx.text.slice(toks[j]!.s, toks[b - 1]!.e).toLowerCase();
        const g = genderOf(title);
        push(ctx, j, b, { type: 'Person', kind: 'desc', name: title, title, alias: false, ...(g ? { gender: g } : {}) });
      } else classifySegment(ctx, j, b);
      return;
    }
  }
  classifySegment(ctx, a, b);
}

const onlyModifiers = (toks: Token[], a: number, j: number): boolean => {
  for (let k = a; k < j; k++) if (toks[k]!.l !== 'the' && !TITLE_MODIFIERS.has(toks[k]!.l)) return false;
  return true;
};
/** "Morocco's King Mohammed VI": the country or body in the possessive before a title. */
function possessiveBefore(ctx: Ctx, a: number): number {
  const p = ctx.toks[a - 1];
  if (!p || !(p.v === "'s" || p.v === '’s')) return -1;
  for (let q = ctx.out.length - 1; q >= 0 && ctx.out[q]!.t1 >= a - 2; q--) {
    const m = ctx.out[q]!;
    if (m.t1 === a - 1 && (m.type === 'Country' || m.type === 'Organization') && m.kind !== 'desc') return q;
  }
  return -1;
}

/** The title as written, with modifiers kept ("senior diplomat"), lower-cased except proper titles. */
function modifiedTitle(ctx: Ctx, min: number, j: number, r0: number): string {
  const { toks, text } = ctx;
  let st = j;
  while (st - 1 >= min && TITLE_MODIFIERS.has(toks[st - 1]!.l)) st--;
  let t = text.slice(toks[j]!.s, toks[r0 - 1]!.e);
  if (st < j) t = `${text.slice(toks[st]!.s, toks[j]!.s).toLowerCase()}${t}`;
  return /^[a-z]/.test(text.slice(toks[j]!.s)) ? t : t;
}

function titleOnly(ctx: Ctx, a: number, b: number, affil: number): number {
  const title = ctx.text.slice(ctx.toks[a]!.s, ctx.toks[b - 1]!.e);
  const affM = ctx.out[affil]!;
  const g = genderOf(title.toLowerCase());
  return push(ctx, a, b, {
    type: affM.type === 'Organization' ? 'Organization' : 'Country', kind: 'title-only', name: affM.name,
    title: title.toLowerCase(), affil: affM, alias: false, ...(g ? { gender: g } : {}),
  });
}

const POSS_DET = new Set(['his', 'her', 'its', 'their']);
const DESC_ORG = new Set(['ministry', 'department', 'office', 'committee', 'commission', 'council', 'agency', 'bureau', 'administration', 'party', 'statement', 'announcement', 'declaration', 'communique', 'readout', 'embassy', 'government']);

export interface MentionResult {
  mentions: Mention[];
  /** Capitalised name candidates not yet typed (decided by the resolver). */
  candidates: Array<{ t0: number; t1: number; sent: number; s: number; e: number; text: string }>;
}

export function findMentions(text: string, an: Analysis): MentionResult {
  const toks = an.tokens;
  const out: Mention[] = [];
  const candidates: MentionResult['candidates'] = [];
  an.sentences.forEach((S, si) => {
    const ctx: Ctx = { text, toks, sent: si, out, names: [] };
    const first = out.length;
    let i = S.t0;
    while (i < S.t1) {
      const t = toks[i]!;
      if (!isCapTok(t)) { i++; continue; }
      let j = i + 1;
      while (j < S.t1) {
        const tj = toks[j]!;
        if (isCapTok(tj) && !/^["“”'‘’]/.test(tj.v)) { j++; continue; }
        if (NAME_PARTICLES.has(tj.v) && isCapTok(toks[j - 1]!) && j + 1 < S.t1 && /^[A-Z][a-z]/.test(toks[j + 1]!.v)) { j++; continue; }
        if (ORG_CONNECTORS.has(tj.l) && tj.l !== 'the') {
          let k = j + 1;
          if (toks[k]?.l === 'the') k++;
          if (k < S.t1 && isCapTok(toks[k]!)) { j = k + 1; continue; }
        }
        break;
      }
      j = Math.max(j, gazSpanEnd(ctx, i, S.t1));
      classifyRun(ctx, i, j);
      i = j;
    }
    // Lower-case titles before names: "Foreign Ministry spokeswoman Mao Ning", "senior diplomat Wang Yi"
    const names = ctx.names;
    ctx.names = [];
    for (const nm of names) {
      const n = titleEndingAt(toks, nm.t0 - 1, S.t0);
      if (n) {
        const tStart = nm.t0 - n;
        let st = tStart;
        while (st - 1 >= S.t0 && TITLE_MODIFIERS.has(toks[st - 1]!.l)) st--;
        // affiliation: a mention ending right before the title (skipping modifiers and "the")
        let affil = -1;
        for (let q = out.length - 1; q >= first; q--) {
          const m = out[q]!;
          if (m.t1 === st || m.t1 === tStart || (m.t1 + 1 === st && TITLE_MODIFIERS.has(toks[m.t1]!.l))) { affil = q; break; }
          // "Fiji's former prime minister X": the possessor before a lower-case title
          if (m.t1 + 1 === st && /^['’]s$/.test(toks[m.t1]!.v) && (m.type === 'Country' || m.type === 'Organization') && m.kind !== 'desc') { affil = q; break; }
          if (m.t1 < st - 1) break;
        }
        // "ministry spokeswoman": the lower-case description is the affiliation
        if (affil < 0 && DESC_ORG.has(toks[st - 1]?.l ?? '')) {
          affil = push(ctx, st - 1, st, { type: 'Organization', kind: 'desc', name: toks[st - 1]!.l, title: toks[st - 1]!.l, alias: false });
        }
        // modifiers before the affiliation ("Senior Chinese diplomat")
        const title = text.slice(toks[tStart]!.s, toks[nm.t0 - 1]!.e);
        let mods = '';
        const affM = affil >= 0 ? out[affil] : undefined;
        const modStart = affM ? affM.t0 : st;
        for (let q = Math.max(S.t0, modStart - 2); q < modStart; q++) if (TITLE_MODIFIERS.has(toks[q]!.l)) mods += `${toks[q]!.l} `;
        for (let q = st; q < tStart; q++) mods += `${toks[q]!.l} `;
        if (WEAK_TITLES.has(title.toLowerCase()) && affil < 0) { candidates.push(cand(nm)); continue; }
        personAt(ctx, nm.t0, nm.t1, (mods + title).trim(), affil);
      } else if (appositionTitleAfter(toks, nm.t1) && nameLike(ctx, nm.t0, nm.t1)) {
        personAt(ctx, nm.t0, nm.t1, undefined, -1); // roles come from the apposition
      } else candidates.push(cand(nm));
    }
    // descriptions and lower-case unnamed officials: "the ministry", "the spokesperson", "The U.S. Department of State spokesperson"
    // token coverage of this sentence's mentions, computed once (not per token)
    const covered = new Uint8Array(S.t1 - S.t0);
    for (let q = first; q < out.length; q++) for (let z = Math.max(out[q]!.t0, S.t0); z < Math.min(out[q]!.t1, S.t1); z++) covered[z - S.t0] = 1;
    for (let k = S.t0; k < S.t1; k++) {
      const tk = toks[k]!;
      if (isCapTok(tk)) continue;
      if (covered[k - S.t0]) continue;
      const n = titleAt(toks, k, S.t1);
      if (n && !isCapTok(toks[k + n] ?? tk)) {
        const prevM = out.findLast((m, q) => q >= first && m.t1 === k && (m.type === 'Organization' || m.kind === 'name' || m.kind === 'demonym' || m.kind === 'side'));
        if (prevM && prevM.type !== 'Person') { titleOnly(ctx, k, k + n, out.indexOf(prevM)); k += n - 1; continue; }
        if (toks[k - 1]?.l === 'the' || (POSS_DET.has(toks[k - 1]?.l ?? '') && !WEAK_TITLES.has(tk.l))) {
          // "the spokeswoman", "his spokesman" (resolve.ts finds the titled person, before or after)
          const title = text.slice(tk.s, toks[k + n - 1]!.e).toLowerCase();
          const g = genderOf(title);
          push(ctx, k - 1, k + n, { type: 'Person', kind: 'desc', name: title, title, alias: false, ...(g ? { gender: g } : {}) });
          k += n - 1;
          continue;
        }
      }
      if (DESC_ORG.has(tk.l) && toks[k - 1]?.l === 'the') {
        push(ctx, k - 1, k + 1, { type: 'Organization', kind: 'desc', name: tk.l, title: tk.l, alias: false });
      } else if ((tk.l === 'ministry' || tk.l === 'department') && k - 1 > S.t0) {
        // "North Korea's foreign ministry": a national body written in lower case after its country
        let st = k;
        while (st - 1 > S.t0 && st > k - 3 && /^[a-z]+$/.test(toks[st - 1]!.v) && !['the', 'a', 'an', 'its', 'his', 'her', 'their'].includes(toks[st - 1]!.l)) st--;
        const p = toks[st - 1];
        if (st < k && (p?.v === "'s" || p?.v === '’s')) {
          const cm = out.findLast((m) => m.t1 === st - 1 && (m.type === 'Country' || m.kind === 'demonym'));
          if (cm) {
            const core = text.slice(toks[st]!.s, tk.e).replace(/\b[a-z]/g, (c) => c.toUpperCase());
            push(ctx, st, k + 1, { type: 'Organization', kind: 'name', name: core, country: cm.country ?? cm.name, alias: true });
          }
        }
      }
    }
    findAppositions(ctx, first);
    function cand(nm: { t0: number; t1: number }) {
      const s = toks[nm.t0]!.s, e = toks[nm.t1 - 1]!.e;
      return { t0: nm.t0, t1: nm.t1, sent: si, s, e, text: text.slice(s, e) };
    }
  });
  return { mentions: out, candidates };
}

/**
 * Appositions after a name: "Ma, a spokesman for the X Office," / "Wang, a member of the Y and director
 * of the Z," -> roles. Also promotes a preceding name candidate to a person.
 */
function findAppositions(ctx: Ctx, first: number): void {
  const { toks, out } = ctx;
  const byStart = new Map<number, number>();
  for (let q = first; q < out.length; q++) if (!byStart.has(out[q]!.t0)) byStart.set(out[q]!.t0, q);
  for (let q = first; q < out.length; q++) {
    const m = out[q]!;
    if (m.type !== 'Person' || m.kind !== 'name') continue;
    let k = m.t1;
    if (toks[k]?.v !== ',') continue;
    k++;
    const roles: Array<{ title: string; affil: Mention }> = [];
    for (let guard = 0; guard < 4; guard++) {
      if (['a', 'an', 'the'].includes(toks[k]?.l ?? '')) k++;
      let mods = '';
      while (TITLE_MODIFIERS.has(toks[k]?.l ?? '')) { mods += `${toks[k]!.l} `; k++; }
      const n = titleAt(toks, k, toks.length);
      if (!n) break;
      const title = mods + ctx.text.slice(toks[k]!.s, toks[k + n - 1]!.e).toLowerCase();
      // the title alone lets "the spokesman" find this person even when the body is not named
      if (!m.title) { m.title = title; const g = genderOf(title); if (g) m.gender = g; }
      k += n;
      if (!['of', 'for', 'at', 'to', 'in'].includes(toks[k]?.l ?? '')) break;
      k++;
      if (toks[k]?.l === 'the') k++;
      const aff = byStart.get(k) ?? byStart.get(k - 1);
      if (aff === undefined) break;
      roles.push({ title, affil: out[aff]! });
      k = out[aff]!.t1;
      if (toks[k]?.l !== 'and') break;
      k++;
    }
    if (roles.length) m.roles = [...(m.roles ?? []), ...roles];
  }
}

/** Apposition roles for a name candidate ("Ma Xiaoguang, a spokesman for ...") make it a person. */
export function appositionTitleAfter(toks: Token[], t1: number): boolean {
  let k = t1;
  if (toks[k]?.v !== ',') return false;
  k++;
  if (['a', 'an', 'the'].includes(toks[k]?.l ?? '')) k++;
  while (TITLE_MODIFIERS.has(toks[k]?.l ?? '')) k++;
  return titleAt(toks, k, toks.length) > 0;
}
export { isWordish };
