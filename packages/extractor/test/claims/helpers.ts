// Stage-level helpers for the claims tests: run the stages up to claims on a short text and show the
// attributions stage's output (rules and cues) and the claims stage's output (speaker names).
import { analyse, clean, findMentions, resolveArticle } from '../../src/index.js';
import { claimContext, claimsFromAttributions, findAttributions, units } from '../../src/claims/index.js';

function stages(text: string) {
  const cl = clean(text);
  const an = analyse(cl.clean);
  const r = resolveArticle(cl.clean, an, findMentions(cl.clean, an), cl.meta.datelinePlace);
  const ctx = claimContext(cl.clean, an, r);
  return { ctx, r, atts: findAttributions(ctx, units(cl.clean, an)) };
}

export interface SaidClaim { speaker: string | undefined; text: string; cue: string; rule: string; kind: string; group?: string[] }

/** The claims of a text with their speakers' names and the rule that found each. */
export function claimsOf(text: string): SaidClaim[] {
  const { ctx, r, atts } = stages(text);
  return claimsFromAttributions(ctx, atts).map((c) => ({
    speaker: r.entities[c.speaker]?.name, text: c.text, cue: c.cue, rule: c.rule, kind: c.kind,
    ...(c.group ? { group: c.group.map((g) => r.entities[g]!.name).sort() } : {}),
  }));
}

/** The attributions stage's output: per unit, the rules of the cues that survived. */
export function rulesOf(text: string): string[][] {
  return stages(text).atts.map((u) => u.cues.map((c) => c.rule));
}

/** Speakers (sorted) of the claims whose text matches. */
export const speakersOf = (text: string, content: RegExp): Array<string | undefined> =>
  claimsOf(text).filter((c) => content.test(c.text)).map((c) => c.speaker).sort();
