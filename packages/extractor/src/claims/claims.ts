// Stage: claims. Each surviving attribution becomes a claim: its content span (forward after the cue,
// backward before it), its speaker resolved through the discourse (pronouns, descriptions, groups,
// inherited subjects), and the discourse is carried on. Units without a cue may continue a quotation.
import { PROCEDURAL_RE } from '../lexicon/attribution.js';
import { claimConfidence } from './confidence.js';
import { makeClaim, splitQuotedTail } from './content.js';
import { initialDiscourse, learn, type Discourse } from './discourse.js';
import { countQuotes, isQuote } from './quotes.js';
import { clauseSubject, resolveSource, subjectOf } from './speakers.js';
import { qaLabel, transcriptAnswerer } from './transcript.js';
import type { ClaimContext, RawClaim, Unit, UnitAttributions } from './types.js';

interface Step { claims: RawClaim[]; d: Discourse }

/** Claims from the attributions of every unit, in order. */
export function claimsFromAttributions(ctx: ClaimContext, atts: readonly UnitAttributions[]): RawClaim[] {
  const answerer = transcriptAnswerer(ctx, atts.map((a) => a.unit));
  const out: RawClaim[] = [];
  let d = initialDiscourse;
  let prevUnit: Unit | null = null;
  for (const ua of atts) {
    const step = unitClaims(ctx, d, ua, answerer);
    for (const c of step.claims) {
      const last = out[out.length - 1];
      // '"A," she said. "B."': a quotation going on right after its attribution, in the same paragraph, is the same claim
      if (c.rule === 'continued-quote' && last && prevUnit && last.sentStart === prevUnit.start && prevUnit.para === ua.unit.para
        && last.speaker === c.speaker && last.kind === 'direct' && !last.group) out[out.length - 1] = joinTail(last, c, /[.?!]$/.test(last.text) ? ' ' : '. ');
      else out.push(c);
    }
    d = step.d;
    prevUnit = ua.unit;
  }
  return out;
}

function unitClaims(ctx: ClaimContext, d0: Discourse, ua: UnitAttributions, answerer: number): Step {
  const u = ua.unit;
  let d: Discourse = { ...d0, unitNo: d0.unitNo + 1 };
  if (answerer >= 0) {
    const qa = answerClaim(ctx, d, u, answerer);
    if (qa) return qa;
    d = { ...d, answerPara: -1 };
  }
  d = learn(d, ua.learnt);
  const cues = cueClaims(ctx, d, ua);
  d = cues.d;
  const made = cues.claims;
  const cont = made.length || ua.cues.length ? null : continuedQuote(ctx, d, u, ua.inQuote);
  if (cont) made.push(cont);
  // AP style: a paragraph that opens a quotation and leaves it open continues in the next paragraph,
  // whose attribution (or the previous quoted speaker) covers it
  const firstQ = isQuote(ctx.toks[u.t0]!.v);
  if (!made.length && !ua.cues.length && firstQ && countQuotes(ctx.toks, u.t0, u.t1) % 2 === 1) {
    return { claims: [], d: { ...d, pendingOpen: [...d.pendingOpen, u] } };
  }
  const claims: RawClaim[] = [];
  if (d.pendingOpen.length) {
    const sp = firstQ && made.length ? made[0]!.speaker : d.lastDirect ? d.last : -1;
    for (const pu of d.pendingOpen.filter((p) => u.para - p.para <= 2)) {
      const rc = sp >= 0 ? makeClaim(ctx, { a: pu.t0, b: pu.t1, speaker: sp, cue: '(continued)', rule: 'continued-quote', confidence: claimConfidence(ctx, { rule: 'continued-quote' }) }, pu) : null;
      if (rc) claims.push({ ...rc, kind: 'direct' });
    }
    d = { ...d, pendingOpen: [] };
  }
  if (!made.length && cues.colonSpeaker >= 0) d = { ...d, last: cues.colonSpeaker, lastDirect: true, lastPara: u.para };
  claims.push(...made);
  return { claims, d: afterUnit(ctx, d, u, made) };
}

/** A transcript answer: the whole unit is a direct claim of the answerer. */
function answerClaim(ctx: ClaimContext, d: Discourse, u: Unit, answerer: number): Step | null {
  let answerPara = d.answerPara;
  if (qaLabel(ctx, u, 'A')) answerPara = u.para;
  else if (qaLabel(ctx, u, 'Q') || u.para !== answerPara) answerPara = -1;
  if (answerPara < 0) return null;
  const rc = makeClaim(ctx, { a: qaLabel(ctx, u, 'A') ? u.t0 + 2 : u.t0, b: u.t1, speaker: answerer, cue: 'A:', rule: 'transcript-answer', confidence: claimConfidence(ctx, { rule: 'transcript-answer' }) }, u);
  const next = { ...d, answerPara };
  if (!rc || PROCEDURAL_RE.test(rc.text)) return { claims: [], d: next };
  return { claims: [{ ...rc, kind: 'direct' }], d: { ...next, person: answerer, last: answerer, lastDirect: true, lastPara: u.para } };
}

/** A unit that is only a quotation continues the previous quoted speaker. */
function continuedQuote(ctx: ClaimContext, d: Discourse, u: Unit, inQuote: boolean[]): RawClaim | null {
  const { toks } = ctx;
  if (d.last < 0 || !d.lastDirect || u.para - d.lastPara > 1) return null;
  if (!isQuote(toks[u.t0]!.v) || !(isQuote(toks[u.t1 - 1]!.v) || isQuote(toks[u.t1 - 2]?.v)) || !inQuote.every(Boolean)) return null;
  return makeClaim(ctx, { a: u.t0, b: u.t1, speaker: d.last, cue: '(continued)', rule: 'continued-quote', confidence: claimConfidence(ctx, { rule: 'continued-quote' }) }, u);
}

interface CueStep extends Step { colonSpeaker: number }

/** One claim (or more: split tails, pairs of speakers) per attribution of the unit. */
function cueClaims(ctx: ClaimContext, d0: Discourse, ua: UnitAttributions): CueStep {
  const { toks } = ctx;
  const u = ua.unit;
  const inQ = (i: number): boolean => ua.inQuote[i - u.t0] === true;
  let d = d0;
  let mainSpeaker = -1;
  for (const c of ua.cues) if (!c.inherit || c.mode === 'backward') { const s = resolveSource(ctx, d, c, -1).speaker; if (s >= 0) { mainSpeaker = s; break; } }
  const made: RawClaim[] = [];
  let lastEnd = u.t0, lastSpeaker = -1, colonSpeaker = -1;
  ua.cues.forEach((c, idx) => {
    const next = ua.cues[idx + 1];
    let a: number, b: number;
    if (c.mode === 'backward') { a = lastEnd; b = c.b; } else { a = c.c ?? c.kEnd; b = next ? next.b : u.t1; b = outletCut(ctx, a, b, inQ); }
    lastEnd = c.mode === 'backward' ? Math.min(c.tail?.[1] ?? c.kEnd, u.t1) : b;
    let inherited = lastSpeaker;
    if (c.inherit && lastSpeaker < 0) {
      if (c.leading) inherited = mainSpeaker;
      else { const s = clauseSubject(ctx, d, u, c.k); d = learn(d, s.learnt); inherited = s.entity; }
    }
    const res = resolveSource(ctx, d, c, inherited);
    const speaker = c.leading ? mainSpeaker : res.speaker;
    if (speaker < 0) return;
    lastSpeaker = speaker;
    // 'X said:' closing its paragraph: the quotation follows in the next paragraphs
    if (toks[u.t1 - 1]?.v === ':' && (c.c ?? c.kEnd) >= u.t1 - 1) colonSpeaker = speaker;
    const span = { speaker, cue: c.word, rule: c.rule, confidence: claimConfidence(ctx, c.leading ? { rule: c.rule } : c) };
    for (const [pa, pb] of splitQuotedTail(ctx, a, b, inQ)) {
      const first = makeClaim(ctx, { ...span, a: pa, b: pb }, u);
      const rc = first && c.tail ? joinTail(first, makeClaim(ctx, { ...span, a: c.tail[0], b: c.tail[1] }, u)) : first;
      if (!rc) continue;
      // a pair of speakers ("Both leaders urged"): the same claim for each of them
      const group = c.leading ? undefined : res.group;
      made.push(group ? { ...rc, group } : rc);
      if (group) for (const g of group) if (g !== speaker) made.push({ ...rc, speaker: g, group });
    }
  });
  return { claims: made, d, colonSpeaker };
}

/** A split quotation as one claim: both parts' words (without the cue between them), spanning both. */
function joinTail(first: RawClaim, second: RawClaim | null, sep = ' '): RawClaim {
  if (!second) return first;
  return {
    ...first, text: `${first.text}${sep}${second.text}`, end: second.end, c1: second.c1,
    about: [...new Set([...first.about, ...second.about])], kind: first.kind === 'direct' && second.kind === 'direct' ? 'direct' : first.kind,
  };
}

/** "X said that ..., according to <outlet>": the outlet reports X's words; it is not part of them. */
function outletCut(ctx: ClaimContext, a: number, b: number, inQ: (i: number) => boolean): number {
  const { toks } = ctx;
  for (let q = a + 2; q < b - 2; q++) if (toks[q]!.v === ',' && toks[q + 1]!.l === 'according' && toks[q + 2]!.l === 'to' && !inQ(q)) return q;
  return b;
}

/** The discourse after a unit: its speakers, the body "it" means, the person it was about, the persons named. */
function afterUnit(ctx: ClaimContext, d0: Discourse, u: Unit, made: RawClaim[]): Discourse {
  const { r } = ctx;
  let d = d0;
  for (const rc of made) if (rc.group) d = { ...d, group: rc.group, groupUnit: d.unitNo };
  for (const rc of made) {
    const type = r.entities[rc.speaker]!.type;
    d = { ...d, last: rc.speaker, lastDirect: rc.kind === 'direct', lastPara: u.para };
    if (type === 'Person') d = { ...d, person: rc.speaker };
    else if (type === 'Organization') d = { ...d, org: rc.speaker, itOrg: rc.speaker };
  }
  // "The Coast Guard gave its account. It said ...": "it" is the body that was the subject before
  // (not a subject inside reported content: "..., the DPP authorities put ..., it said")
  const subj = made.length ? { entity: -1 } : subjectOf(ctx, u, u.t1);
  d = learn(d, subj.learnt);
  if (subj.entity >= 0 && r.entities[subj.entity]!.type === 'Organization') d = { ...d, itOrg: subj.entity };
  // the person this sentence is about (its speaker, else its subject): what "he"/"she" opening the next one means
  const about = made.length ? made[0]!.speaker : subj.entity;
  if (about >= 0 && r.entities[about]!.type === 'Person') d = { ...d, subjPerson: about, subjUnit: d.unitNo };
  // persons mentioned, for pronouns without a previous speaker (mentions are sorted: a moving pointer)
  const persons: number[] = [];
  let mp = d.mentionPtr;
  while (mp < r.mentions.length && r.mentions[mp]!.t0 < u.t1) {
    const m = r.mentions[mp]!;
    if (m.t0 >= u.t0 && r.entOf[mp]! >= 0 && r.entities[r.entOf[mp]!]!.type === 'Person') persons.push(r.entOf[mp]!);
    mp++;
  }
  return { ...d, mentionPtr: mp, ...(persons.length ? { persons: [...d.persons, ...persons] } : {}) };
}
