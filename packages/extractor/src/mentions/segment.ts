// Classifying a run of capitalised tokens: split at an embedded title ("US President Joe Biden"),
// then known names, organisations by head noun (with a national prefix or a nested body), places by
// head noun, and parts joined by "and"/"of"; unknown runs become name candidates.
import {
  GENERIC_ORGAN, GROUP_HEADS, LEAD_ADJ, NAME_STOP, ORG_CONNECTORS, ORG_HEADS, PLACE_HEADS, TITLE_MODIFIERS,
} from '../lexicon/index.js';
import { gazLookup } from './gaz.js';
import { isOrgHead, orgConfidence } from './heads.js';
import { nameLike } from './name-like.js';
import { personAt, push, pushGaz, titleOnly } from './push.js';
import { genderOf, onlyModifiers, titleAt, titleEndingAt } from './titles.js';
import type { Ctx } from './types.js';

const hasHead = (ctx: Ctx, a: number, b: number): boolean => {
  for (let k = a; k < b; k++) if (isOrgHead(ctx.toks, k, a, b)) return true;
  return false;
};
const COURTESY = /^(?:Mr|Mrs|Ms|Dr|Sir|Madam)\.$/;

/** Leading stop words and connectors dropped; trailing connectors dropped. [a, b) or null when nothing is left. */
function trim(ctx: Ctx, a: number, b: number): [number, number] | null {
  const { toks, text } = ctx;
  // "spokesperson He Yadong": right after a title, "He" is a surname, not the pronoun
  const surnameHe = (k: number): boolean => toks[k]!.v === 'He' && b - k >= 2 && titleEndingAt(toks, k - 1, 0) > 0 && /^[A-Z][a-z]+$/.test(toks[k + 1]!.v);
  // "Global Times", "Second Thomas Shoal": an ordinal or adjective that begins a body's or place's name
  const keepsLead = (k: number): boolean => {
    if (!LEAD_ADJ.has(toks[k]!.v) || b - k < 2 || !/^[A-Z]/.test(toks[k + 1]!.v)) return false;
    for (let q = k + 1; q < b; q++) if (isOrgHead(toks, q, k, b) || PLACE_HEADS.has(toks[q]!.v)) return true;
    return false;
  };
  while (a < b && (ORG_CONNECTORS.has(toks[a]!.l) || ((NAME_STOP.has(toks[a]!.v) || COURTESY.test(toks[a]!.v)) && !gazLookup(toks, a, b, text) && !surnameHe(a) && !keepsLead(a)))) a++;
  // "Regular Press Conference": an event, not a body
  if (b - a >= 2 && toks[b - 1]!.v === 'Conference' && toks[b - 2]!.v === 'Press') return null;
  while (b > a && ORG_CONNECTORS.has(toks[b - 1]!.l)) b--;
  return a < b ? [a, b] : null;
}

/**
 * "X and the Y" with bodies on both sides: two bodies ("Harlow Aerospace and Venn Holdings"); but an
 * "and" inside the complement of "of"/"for" joins one name ("Bureau of Industry and Security", "Center
 * for Strategic and International Studies"). Returns the last index, or undefined when not split.
 */
function splitBodies(ctx: Ctx, a: number, b: number, andAt: number, orgHead: number): number | undefined {
  const { toks, text } = ctx;
  if (andAt <= a) return undefined;
  const leftHead = hasHead(ctx, a, andAt);
  const rightHasHead = orgHead > andAt;
  const leftOf = / (?:of|for) /.test(text.slice(toks[a]!.s, toks[andAt]!.s));
  const ofComplement = leftOf && !rightHasHead && b - andAt <= 4 && !gazLookup(toks, andAt + 1, b, text);
  if (gazLookup(toks, a, andAt, text) || (leftHead && rightHasHead && !leftOf) || (leftHead && !rightHasHead && !ofComplement)) {
    classifySegment(ctx, a, andAt);
    return classifySegment(ctx, andAt + 1, b);
  }
  return undefined;
}

/** A run with an organisation head noun: a body, perhaps with a national prefix and a nested body. */
function organisation(ctx: Ctx, a: number, b: number, andAt: number): number {
  const { toks, text } = ctx;
  if (andAt < 0) {
    let generic = true;
    for (let k = a; k < b; k++) if (!GENERIC_ORGAN.has(toks[k]!.v)) generic = false;
    if (generic) {
      // "the Council", "the Commission": the body named before, or the body itself (resolve)
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
  const known = gazLookup(toks, core, b, text);
  const coreText = text.slice(toks[core]!.s, toks[b - 1]!.e);
  const conf = known?.kind === 'org' ? undefined : orgConfidence(toks, a, b);
  const idx = push(ctx, a, b, {
    type: 'Organization', kind: 'name', name: known?.kind === 'org' ? known.name : coreText, alias: true,
    ...(country ? { country } : {}), ...(conf !== undefined ? { typeConfidence: conf } : {}),
  });
  // nested body after the last "of the": "Political Bureau of the CPC Central Committee"
  for (let k = b - 2; k > core; k--) {
    if (toks[k]!.l !== 'of' || toks[k + 1]?.l !== 'the') continue;
    if (k + 2 < b && hasHead(ctx, k + 2, b)) classifySegment(ctx, k + 2, b);
    break;
  }
  return idx;
}

/** Known names at either end ("US Bali"-like runs), else an untyped candidate. */
function splitKnown(ctx: Ctx, a: number, b: number): number {
  const { toks, text } = ctx;
  for (let k = Math.min(b - 1, a + 3); k > a; k--) {
    const g = gazLookup(toks, a, k, text);
    if (g) { pushGaz(ctx, a, k, g); return classifySegment(ctx, k, b); }
  }
  for (let k = b - 1; k > a; k--) {
    const g = gazLookup(toks, k, b, text);
    if (g) { classifySegment(ctx, a, k); return pushGaz(ctx, k, b, g); }
  }
  // unknown capitalised words: a name candidate, decided later
  if (nameLike(ctx, a, b) || (b - a === 1 && /^[A-Z][A-Z0-9]{1,7}$/.test(toks[a]!.v) && /[A-Z].*[A-Z0-9]/.test(toks[a]!.v))) ctx.names.push({ t0: a, t1: b });
  return -1;
}

/** Classify a run of capitalised tokens without titles. Returns the index of its last mention, or -1. */
export function classifySegment(ctx: Ctx, a0: number, b0: number): number {
  const ab = trim(ctx, a0, b0);
  if (!ab) return -1;
  const [a, b] = ab;
  const { toks, text } = ctx;
  const whole = gazLookup(toks, a, b, text);
  if (whole) return pushGaz(ctx, a, b, whole);
  let orgHead = -1, andAt = -1;
  for (let k = a; k < b; k++) { if (isOrgHead(toks, k, a, b)) orgHead = k; if (andAt < 0 && toks[k]!.l === 'and') andAt = k; }
  if (orgHead >= 0) {
    // a company is named by its own words: "Shares of Meridian Biosystems" is about "Meridian Biosystems"
    if (orgConfidence(toks, a, b) !== undefined) {
      for (let k = orgHead - 1; k > a; k--) if (toks[k]!.l === 'of') { classifyRun(ctx, a, k); return classifySegment(ctx, k + 1, b); }
    }
    return splitBodies(ctx, a, b, andAt, orgHead) ?? organisation(ctx, a, b, andAt);
  }
  if (PLACE_HEADS.has(toks[b - 1]!.v) && b - a >= 2 && andAt < 0) {
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
  return splitKnown(ctx, a, b);
}

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

/** The title as written, with modifiers kept ("senior diplomat"). */
function modifiedTitle(ctx: Ctx, min: number, j: number, r0: number): string {
  const { toks, text } = ctx;
  let st = j;
  while (st - 1 >= min && TITLE_MODIFIERS.has(toks[st - 1]!.l)) st--;
  const t = text.slice(toks[j]!.s, toks[r0 - 1]!.e);
  return st < j ? `${text.slice(toks[st]!.s, toks[j]!.s).toLowerCase()}${t}` : t;
}

/** A title ending the run: an unnamed official of the body before it, or a description ("the Deputy Secretary"). */
function titleEndsRun(ctx: Ctx, a: number, j: number, b: number): void {
  const { toks } = ctx;
  const aff = j > a ? classifySegment(ctx, a, j) : -1;
  if (aff >= 0) { titleOnly(ctx, j, b, aff); return; }
  if (j === a ? toks[a - 1]?.l === 'the' : onlyModifiers(toks, a, j)) {
    const title = ctx.text.slice(toks[j]!.s, toks[b - 1]!.e).toLowerCase();
    const g = genderOf(title);
    push(ctx, j, b, { type: 'Person', kind: 'desc', name: title, title, alias: false, ...(g ? { gender: g } : {}) });
    return;
  }
  classifySegment(ctx, j, b);
}

/** A run of capitalised tokens: split at an embedded title ("US President Joe Biden"). */
export function classifyRun(ctx: Ctx, a: number, b: number): void {
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
      personAt(ctx, r0, b, modifiedTitle(ctx, a, j, r0), affil);
      return;
    }
    if (r0 === b) { titleEndsRun(ctx, a, j, b); return; }
  }
  classifySegment(ctx, a, b);
}
