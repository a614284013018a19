// Reporting verbs by lemma (wink-nlp's `token.lemma`), each with the frames it takes. General lexicon:
// nothing here is specific to any article. No inflections: "said", "says", "saying" are all `say`.
import { words } from './words.js';

/**
 * Frames a reporting verb takes:
 * - `that`: "X said (that) ...", "X said: ...", "..., X said." and "..., said X." — the default frame;
 * - `needs-that`: only with "that", a quotation or a colon (the verb has other senses: "noted the report");
 * - `told`: "X told Y (that) ...", "X told reporters <clause>";
 * - `urge`: "X urged Y to VP" (the claim is "Y to VP");
 * - `object`: the content is the object noun phrase ("welcomed the deal"), restricted by `objects`;
 * - `object-as`: an object with an "as" complement ("described the plan as reckless");
 * - `leading`: the participle may open a sentence ("Noting that ..., X said");
 * - `label`: 'called X "Y"' (naming something with a quoted label); `call on`: see PHRASAL.
 */
export type Frame = 'that' | 'needs-that' | 'told' | 'urge' | 'object' | 'object-as' | 'leading' | 'label';

export interface ReportingVerb {
  frames: readonly Frame[];
  /** For `object` verbs: the only object heads that make the verb a cue ("expressed concern"). */
  objects?: ReadonlySet<string>;
  /** A particle the verb needs to be a cue ("pointed out", "ruled out"). */
  particle?: string;
}

/** "express"/"voice" count only with these objects ("expressed concern over"). */
export const EXPRESS_OBJECTS = words(`concern concerns regret support opposition hope dissatisfaction condolences
gratitude appreciation disappointment readiness willingness commitment`);
/** "raise" counts only with these objects ("raised concerns"). */
export const RAISE_OBJECTS = words('concern concerns objection objections question questions doubts');

const v = (frames: Frame[], extra: Omit<ReportingVerb, 'frames'> = {}): ReportingVerb => ({ frames, ...extra });
const THAT = v(['that']);
const NEEDS_THAT = v(['needs-that']);

/** The reporting verbs, by lemma. */
export const REPORTING_VERBS: ReadonlyMap<string, ReportingVerb> = new Map<string, ReportingVerb>([
  ['say', v(['that', 'leading'])], ['tell', v(['told'])], ['add', v(['that', 'leading'])],
  ['stress', v(['that', 'leading'])], ['note', v(['needs-that', 'leading'])], ['warn', v(['that', 'leading'])],
  ['ask', v(['that', 'urge'])], ['urge', v(['that', 'urge'])], ['demand', v(['that', 'urge'])],
  ['reiterate', v(['that', 'object', 'leading'])], ['state', THAT], ['declare', THAT],
  ['emphasize', v(['that', 'leading'])], ['underline', v(['that', 'leading'])], ['underscore', v(['that', 'leading'])],
  ['explain', THAT], ['insist', v(['that', 'leading'])], ['argue', v(['that', 'leading'])], ['claim', NEEDS_THAT],
  ['mention', NEEDS_THAT], ['announce', THAT], ['affirm', THAT], ['reaffirm', v(['that', 'object'])],
  ['acknowledge', v(['that', 'leading'])], ['admit', THAT], ['observe', NEEDS_THAT], ['remark', THAT],
  ['suggest', NEEDS_THAT], ['caution', THAT], ['vow', THAT], ['pledge', THAT], ['promise', NEEDS_THAT],
  ['write', THAT], ['tweet', THAT], ['post', NEEDS_THAT], ['comment', NEEDS_THAT], ['reply', THAT], ['respond', THAT],
  ['answer', THAT], ['confirm', THAT], ['deny', THAT], ['predict', THAT], ['recall', v(['needs-that', 'leading'])],
  ['highlight', v(['needs-that', 'leading'])], ['concede', THAT], ['agree', NEEDS_THAT], ['believe', NEEDS_THAT],
  ['contend', THAT], ['maintain', NEEDS_THAT], ['point', v(['needs-that', 'leading'], { particle: 'out' })],
  ['hope', NEEDS_THAT], ['accuse', THAT], ['assert', THAT], ['report', NEEDS_THAT],
  ['welcome', v(['that', 'object'])], ['dismiss', v(['that', 'object'])],
  ['raise', v(['that', 'object'], { objects: RAISE_OBJECTS })],
  ['express', v(['needs-that', 'object'], { objects: EXPRESS_OBJECTS })],
  ['voice', v(['that', 'object'], { objects: EXPRESS_OBJECTS })],
  ['describe', v(['that', 'object', 'object-as'])], ['call', v(['label'])], ['rule', v(['that'], { particle: 'out' })],
]);

/** Phrasal urge cues: verb lemma -> particle ("called on X to ..."). */
export const URGE_PHRASAL: ReadonlyMap<string, string> = new Map([['call', 'on']]);

/** The reporting verb a token is (by lemma), if any. */
export const reportingVerb = (lemma: string): ReportingVerb | undefined => REPORTING_VERBS.get(lemma);
/** Whether the verb (lemma) takes a frame. */
export const hasFrame = (lemma: string, f: Frame): boolean => REPORTING_VERBS.get(lemma)?.frames.includes(f) ?? false;
/** Whether a lemma is a reporting cue (a verb of the lexicon or a phrasal urge verb). */
export const isCueLemma = (lemma: string): boolean => REPORTING_VERBS.has(lemma) || URGE_PHRASAL.has(lemma);

/**
 * The reporting lemma of a word: wink's lemma, or, when wink tagged a participle as a noun ("warning
 * Washington ..." -> lemma "warning"), the verb its -ing/-ed/-s form comes from by regular English
 * morphology (drop the suffix; restore a final "e"; undouble a final consonant).
 */
export function cueLemma(lemma: string, lower: string): string {
  if (isCueLemma(lemma)) return lemma;
  const m = /^(.+?)(?:ing|ed|es|s)$/.exec(lower);
  if (!m) return lemma;
  const stem = m[1]!;
  for (const c of [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1'), stem.replace(/i$/, 'y')]) if (isCueLemma(c)) return c;
  return lemma;
}
