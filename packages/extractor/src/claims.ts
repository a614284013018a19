// Stage 4: claims. Reporting cues are found outside quotations; each cue yields a claim whose content
// runs forward ("Mao said (that) ...", "urged X to ...") or backward ("..., the ministry said.",
// '"...," she asked.'). A sentence is split where a new cue starts (", adding that", ", urging",
// "... and that", ", and she urged"). Speakers are resolved through the discourse: pronouns take the
// current speaker, "the statement" the body that issued it, unnamed officials their body.
import type { ClaimKind } from '@kg/ontology';
import type { Analysis, Token } from './nlp.js';
import { DOC_HEADS, type Resolved } from './resolve.js';
import {
  AS_CUES, EXPRESS_OBJECTS, TITLES, TITLE_MODIFIERS, CUE_VERBS, LEADING_PARTICIPLES, OBJECT_CUES, RAISE_OBJECTS, THAT_ONLY_CUES, URGE_PHRASAL, URGE_VERBS,
} from './lexicon/index.js';

export interface RawClaim {
  speaker: number; // entity index
  start: number;
  end: number;
  text: string;
  kind: ClaimKind;
  cue: string;
  about: number[];
  sentStart: number;
  sentEnd: number;
  /** Token range of the content. */
  c0: number;
  c1: number;
  /** Every speaker when a pair speaks together ("Both leaders urged"). */
  group?: number[];
}

export interface Unit { t0: number; t1: number; start: number; end: number; para: number }

const QUOTE_OPEN = new Set(['"', '“', '”']);
const SKIP_BEFORE = new Set(['also', 'further', 'again', 'repeatedly', 'recently', 'has', 'have', 'had', 'then', 'later',
  'earlier', 'once', 'previously', 'firmly', 'strongly', 'clearly', 'publicly', 'today', 'yesterday', 'on', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'afternoon', 'evening', 'night',
  'last', 'week', 'separately', 'however', 'once', 'angrily', 'bluntly', 'explicitly', 'specifically', 'subsequently',
  'would', 'will', 'had', 'was', 'is', 'did', 'does', 'not', 'never', 'reportedly', 'openly', 'pointedly', 'sharply', 'solemnly']);
const TITLE_WORDS = new Set([...TITLES.flatMap((t) => t.split(/[\s-]+/)), ...TITLE_MODIFIERS]);
const TAIL_START = new Set(['on', 'in', 'at', 'to', 'during', 'while', 'when', 'after', 'before', 'via', 'through', 'ahead',
  'late', 'earlier', 'later', 'today', 'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'last', 'this', 'recently', 'also', 'again', 'then', 'from', 'in', 'according', 'as', 'told', 'reporters']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they']);
/** Words describing a speaking outlet or official: "state news agency MAP", "a government source". */
const SOURCE_WORDS = new Set(['state', 'news', 'agency', 'official', 'government', 'media', 'outlet', 'newspaper', 'broadcaster', 'television', 'radio', 'wire', 'a', 'an', 'senior', 'administration']);
const DOC_NOUNS = new Set(['statement', 'readout', 'communique', 'release', 'report', 'transcript', 'announcement', 'declaration']);
/** Listeners after "told": "told reporters the measures were ..." (the content follows without "that"). */
const AUDIENCE = new Set(['reporters', 'journalists', 'lawmakers', 'parliament', 'legislators', 'media', 'press', 'correspondents']);
/** Plural role nouns of a pair of speakers: "Both leaders urged", "the two ministers agreed". */
const GROUP_NOUNS = new Set(['leaders', 'ministers', 'presidents', 'premiers', 'diplomats', 'officials', 'heads', 'chancellors', 'counterparts']);
/** Negation and auxiliaries between a coordinator and its verb: "but did not rule out". */
const NEG_AUX = new Set(['not', 'did', 'does', 'do', 'never', "n't"]);
const PREPS = new Set(['of', 'with', 'from', 'to', 'on', 'in', 'by', 'for', 'against', 'toward', 'towards', 'about', 'at', 'into', 'between', 'among', 'over', 'under', 'after', 'before', 'than', 'as']);

/** Procedural answers at a press conference, which state nothing. */
const PROCEDURAL_RE = /^(?:we have noted|i have noted|i(?:'d| would) (?:like to )?refer you|i have no (?:information|comment)|i(?:'m| am) not aware|thank you|please refer|i don't have)/i;

/** Group sentences into units: a quotation left open continues into the next sentence of the paragraph. */
export function units(text: string, an: Analysis): Unit[] {
  const out: Unit[] = [];
  let para = 0;
  let prevEnd = 0;
  let open = false;
  for (const s of an.sentences) {
    const gap = text.slice(prevEnd, s.start);
    if (gap.includes('\n')) { para++; open = false; }
    prevEnd = s.end;
    const q = countQuotes(an.tokens, s.t0, s.t1);
    const last = out[out.length - 1];
    if (open && last && last.para === para) {
      last.t1 = s.t1; last.end = s.end;
    } else out.push({ t0: s.t0, t1: s.t1, start: s.start, end: s.end, para });
    if (q % 2 === 1) open = !open;
  }
  // a quotation never closed in its paragraph was not a quotation: undo the merge
  // (except a paragraph that opens with a quotation and leaves it open: AP style, it runs on into the next paragraph)
  return out.flatMap((u) => (countQuotes(an.tokens, u.t0, u.t1) % 2 === 1 && !QUOTE_OPEN.has(an.tokens[u.t0]!.v) ? splitBack(u, an) : [u]));
}
function splitBack(u: Unit, an: Analysis): Unit[] {
  return an.sentences.filter((s) => s.t0 >= u.t0 && s.t1 <= u.t1).map((s) => ({ t0: s.t0, t1: s.t1, start: s.start, end: s.end, para: u.para }));
}
const countQ = (s: string): number => (s.match(/["“”]/g) ?? []).length;
function countQuotes(toks: Token[], a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) if (QUOTE_OPEN.has(toks[i]!.v)) n++;
  return n;
}

/** Per token of a unit: inside a (balanced) quotation? */
function quoteMask(toks: Token[], u: Unit): boolean[] {
  const mask = new Array<boolean>(u.t1 - u.t0).fill(false);
  const qs: number[] = [];
  for (let i = u.t0; i < u.t1; i++) if (QUOTE_OPEN.has(toks[i]!.v)) qs.push(i);
  const pairs = qs.length - (qs.length % 2);
  for (let p = 0; p < pairs; p += 2) for (let i = qs[p]!; i <= qs[p + 1]!; i++) mask[i - u.t0] = true;
  if (qs.length % 2 === 1 && qs[0] === u.t0) mask.fill(true); // a quotation left open to the end of its paragraph
  return mask;
}

interface Cue {
  k: number; // cue token
  kEnd: number; // token after the cue phrase (and its adverbials / "that")
  word: string;
  mode: 'forward' | 'backward' | 'urge' | 'object' | 'according';
  /** Token where the cue phrase (with its speaker) begins: ends the previous content. */
  b: number;
  /** Content start token (forward modes). */
  c?: number;
  speakerMention?: number; // mention index
  speakerEntity?: number; // entity index, when known directly
  pronoun?: string;
  inherit?: boolean; // participle or coordinated: same speaker as the previous claim / the clause subject
  leading?: boolean;
  /** A pair of speakers ("Both leaders", "They" after a pair). */
  group?: number[];
}

export function extractClaims(text: string, an: Analysis, r: Resolved, given?: Unit[]): RawClaim[] {
  const toks = an.tokens;
  const claims: RawClaim[] = [];
  const mentionEnding = new Map<number, number>(); // t1 -> mention index (longest)
  const mentionStarting = new Map<number, number>();
  r.mentions.forEach((m, i) => {
    const prevE = mentionEnding.get(m.t1);
    if (prevE === undefined || r.mentions[prevE]!.t0 > m.t0) mentionEnding.set(m.t1, i);
    const prevS = mentionStarting.get(m.t0);
    if (prevS === undefined || r.mentions[prevS]!.t1 < m.t1) mentionStarting.set(m.t0, i);
  });
  const state = { person: -1, org: -1, itOrg: -1, official: -1, collective: -1, last: -1, lastDirect: false, lastPara: -1, subjPerson: -1, subjUnit: -1, persons: [] as number[], group: [] as number[], groupUnit: -1 };
  /** Units holding only an opened quotation (AP style: the quote runs on into the next paragraph). */
  let pendingOpen: Unit[] = [];
  let unitNo = -1;
  const speakerCapable = (i: number): boolean => {
    const m = r.mentions[i]!;
    return r.entOf[i]! >= 0 && (m.type !== 'Place');
  };
  const us = given ?? units(text, an);
  let mp = 0;
  const inMention = new Uint8Array(toks.length);
  for (const m of r.mentions) for (let q = m.t0; q < m.t1; q++) inMention[q] = 1;
  // a question-and-answer transcript: every answer sentence is a direct claim of the one its header names
  const qaLabel = (u: Unit, l: string): boolean => toks[u.t0]?.v === l && toks[u.t0 + 1]?.v === ':' && (u.t0 === 0 || text.slice(toks[u.t0 - 1]!.e, toks[u.t0]!.s).includes('\n'));
  const answerer = us.filter((u) => qaLabel(u, 'A')).length >= 2 ? headerPerson(us[0]) : -1;
  let answerPara = -1;
  for (const u of us) {
    unitNo++;
    if (answerer >= 0) {
      if (qaLabel(u, 'A')) answerPara = u.para;
      else if (qaLabel(u, 'Q') || u.para !== answerPara) answerPara = -1;
      if (answerPara >= 0) {
        const rc = makeClaim(qaLabel(u, 'A') ? u.t0 + 2 : u.t0, u.t1, answerer, 'A:', u);
        if (rc && !PROCEDURAL_RE.test(rc.text)) {
          claims.push({ ...rc, kind: 'direct' });
          state.person = answerer; state.last = answerer; state.lastDirect = true; state.lastPara = u.para;
        }
        continue;
      }
    }
    const mask = quoteMask(toks, u);
    const inQ = (i: number) => mask[i - u.t0] === true;
    const cues: Cue[] = [];
    for (let k = u.t0; k < u.t1; k++) {
      if (inQ(k)) continue;
      const c = cueAt(k, u, inQ);
      if (c) { cues.push(c); k = Math.max(k, c.k); }
    }
    // leading participle: "Noting (that) X, Mao said ..."
    const lead = toks[u.t0]!;
    const hasLead = LEADING_PARTICIPLES.has(lead.l) && cues.some((c) => c.k > u.t0 + 2 && !c.inherit);
    // resolve which cues survive: backward content swallows cues inside it; forward content too, except splitting cues
    const accepted: Cue[] = [];
    for (const c of cues.sort((a, b) => a.k - b.k)) {
      if (c.leading) continue;
      const splitting = c.inherit === true;
      const prev = accepted[accepted.length - 1];
      if (c.mode === 'backward') {
        // "X said that ..., according to <outlet>": a named speaker's cue keeps the claim
        if (c.word === 'according to' && prev && prev.mode === 'forward' && prev.speakerMention !== undefined && !prev.inherit) continue;
        // drop earlier non-splitting cues whose content this backward claim covers
        // '"A," X said, adding B' keeps its split; 'A, and urged B, the spokesman said' is one claim of the spokesman
        while (accepted.length && accepted[accepted.length - 1]!.mode !== 'backward' && accepted[accepted.length - 1]!.k > c.k - 60) accepted.pop();
        accepted.push(c);
        continue;
      }
      // "According to the ministry, he reiterated ...": the named speaker's own cue wins over the source
      if (prev && prev.mode === 'according' && c.b - (prev.c ?? prev.kEnd) <= 4 && (c.b === (prev.c ?? prev.kEnd) || toks[c.b - 1]?.v === ',') && (c.speakerMention !== undefined || c.pronoun)) { accepted.pop(); accepted.push(c); continue; }
      if (prev && !splitting && prev.mode !== 'backward') continue; // a cue inside reported content
      accepted.push(c);
    }
    if (hasLead && accepted.length) {
      let kk = u.t0 + 1;
      if (toks[kk]?.l === 'out') kk++;
      if (toks[kk]?.l === 'that') kk++;
      accepted.unshift({ k: u.t0, kEnd: kk, word: lead.l, mode: 'forward', b: u.t0, c: kk, inherit: true, leading: true });
    }
    // content spans
    let lastEnd = u.t0;
    let lastSpeaker = -1;
    const mainSpeaker = (() => {
      for (const c of accepted) if (!c.inherit || c.mode === 'backward') { const s = speakerOf(c, u, -1); if (s >= 0) return s; }
      return -1;
    })();
    const made: RawClaim[] = [];
    let colonSpeaker = -1;
    accepted.forEach((c, idx) => {
      const next = accepted[idx + 1];
      let a: number, b: number;
      if (c.mode === 'backward') {
        a = lastEnd; b = c.b;
      } else {
        a = c.c ?? c.kEnd; b = next ? next.b : u.t1;
        // "X said that ..., according to <outlet>": the outlet reports X's words; it is not part of them
        for (let q = a + 2; q < b - 2; q++) if (toks[q]!.v === ',' && toks[q + 1]!.l === 'according' && toks[q + 2]!.l === 'to' && !inQ(q)) { b = q; break; }
      }
      lastEnd = c.mode === 'backward' ? nextBoundary(c, u) : b;
      let speaker = speakerOf(c, u, c.inherit ? (lastSpeaker >= 0 ? lastSpeaker : c.leading ? mainSpeaker : clauseSubject(u, c.k)) : lastSpeaker);
      if (c.leading) speaker = mainSpeaker;
      if (speaker < 0) return;
      lastSpeaker = speaker;
      // 'X said:' closing its paragraph: the quotation follows in the next paragraphs
      if (toks[u.t1 - 1]?.v === ':' && (c.c ?? c.kEnd) >= u.t1 - 1) colonSpeaker = speaker;
      for (const piece of splitQuotedTail(a, b, inQ)) {
        const rc = makeClaim(piece[0], piece[1], speaker, c.word, u);
        if (!rc) continue;
        made.push(rc);
        // a pair of speakers ("Both leaders urged"): the same claim for each of them
        if (c.group) for (const g of c.group) if (g !== speaker) made.push({ ...rc, speaker: g, group: c.group });
        if (c.group) rc.group = c.group;
      }
    });
    // a unit that is only a quotation continues the previous quoted speaker
    if (!made.length && !accepted.length && state.last >= 0 && state.lastDirect && u.para - state.lastPara <= 1) {
      const first = toks[u.t0]!, lastT = toks[u.t1 - 1]!;
      if (QUOTE_OPEN.has(first.v) && (QUOTE_OPEN.has(lastT.v) || QUOTE_OPEN.has(toks[u.t1 - 2]?.v ?? '')) && mask.every(Boolean)) {
        const rc = makeClaim(u.t0, u.t1, state.last, '(continued)', u);
        if (rc) made.push(rc);
      }
    }
    // AP style: a paragraph that opens a quotation and leaves it open continues in the next paragraph,
    // whose attribution (or the previous quoted speaker) covers it
    const firstQ = QUOTE_OPEN.has(toks[u.t0]!.v);
    if (!made.length && !accepted.length && firstQ && countQuotes(toks, u.t0, u.t1) % 2 === 1) {
      pendingOpen.push(u);
      continue;
    }
    if (pendingOpen.length) {
      const sp = firstQ && made.length ? made[0]!.speaker : state.lastDirect ? state.last : -1;
      const near = pendingOpen.filter((pu) => u.para - pu.para <= 2);
      if (sp >= 0) for (const pu of near) { const rc = makeClaim(pu.t0, pu.t1, sp, '(continued)', pu); if (rc) claims.push({ ...rc, kind: 'direct' }); }
      pendingOpen = [];
    }
    if (!made.length && colonSpeaker >= 0) { state.last = colonSpeaker; state.lastDirect = true; state.lastPara = u.para; }
    for (const rc of made) if (rc.group) { state.group = rc.group; state.groupUnit = unitNo; }
    for (const rc of made) {
      claims.push(rc);
      const ent = r.entities[rc.speaker]!;
      if (ent.type === 'Person') state.person = rc.speaker;
      else if (ent.type === 'Organization') state.org = rc.speaker;
      state.last = rc.speaker;
      state.lastDirect = rc.kind === 'direct';
      state.lastPara = u.para;
    }
    for (const rc of made) if (r.entities[rc.speaker]!.type === 'Organization') state.itOrg = rc.speaker;
    // "The Coast Guard gave its account. It said ...": "it" is the body that was the subject before
    // (not a subject inside reported content: "..., the DPP authorities put ..., it said")
    const subj = made.length ? -1 : subjectOf(u, u.t1);
    if (subj >= 0 && r.entities[subj]!.type === 'Organization') state.itOrg = subj;
    // the person this sentence is about (its speaker, else its subject): what "he"/"she" opening the next one means
    const about = made.length ? made[0]!.speaker : subj;
    if (about >= 0 && r.entities[about]!.type === 'Person') { state.subjPerson = about; state.subjUnit = unitNo; }
    // persons mentioned, for pronouns without a previous speaker (mentions are sorted: a moving pointer)
    while (mp < r.mentions.length && r.mentions[mp]!.t0 < u.t1) {
      const m = r.mentions[mp]!;
      if (m.t0 >= u.t0 && r.entOf[mp]! >= 0 && r.entities[r.entOf[mp]!]!.type === 'Person') state.persons.push(r.entOf[mp]!);
      mp++;
    }
  }
  return claims;

  /** The person named in a transcript's header (the first unit), if any. */
  function headerPerson(u: Unit | undefined): number {
    if (!u) return -1;
    for (let i = 0; i < r.mentions.length; i++) {
      const m = r.mentions[i]!;
      if (m.t0 >= u.t1) break;
      if (m.t0 >= u.t0 && m.type === 'Person' && m.kind === 'name' && r.entOf[i]! >= 0) return r.entOf[i]!;
    }
    return -1;
  }

  function cueAt(k: number, u: Unit, inQ: (i: number) => boolean): Cue | null {
    const t = toks[k]!;
    // "according to X, ..."
    if (t.l === 'according' && toks[k + 1]?.l === 'to') {
      let sm = mentionStarting.get(k + 2);
      let e = sm === undefined ? -1 : r.mentions[sm]!.t1;
      // "according to a statement (issued) by/from X", "according to the statement"
      const docAt = ['a', 'the', 'an'].includes(toks[k + 2]?.l ?? '') ? k + 3 : k + 2;
      if (sm === undefined && DOC_NOUNS.has(toks[docAt]?.l ?? '')) {
        let q = docAt + 1;
        if (toks[q]?.l === 'issued' || toks[q]?.l === 'released' || toks[q]?.l === 'published') q++;
        if (['from', 'by', 'of'].includes(toks[q]?.l ?? '')) {
          q++;
          if (toks[q]?.l === 'the') q++;
          sm = mentionStarting.get(q);
          if (sm !== undefined) e = r.mentions[sm]!.t1;
        } else if (state.org >= 0) {
          e = q;
          const b = k > u.t0 && toks[k - 1]?.v === ',' ? k - 1 : k;
          if (e >= u.t1 - 1) return { k, kEnd: e, word: 'according to', mode: 'backward', b, speakerEntity: state.org };
          return { k, kEnd: e, word: 'according to', mode: 'according', b, c: toks[e]?.v === ',' ? e + 1 : e, speakerEntity: state.org };
        }
      }
      let official = -1;
      if (sm === undefined) {
        // "according to a senior State Department official", "according to a senior administration official"
        let q = k + 2, admin = false;
        while (q < Math.min(u.t1, k + 8) && !mentionStarting.has(q) && (SOURCE_WORDS.has(toks[q]!.l) || toks[q]!.l === 'the' || TITLE_MODIFIERS.has(toks[q]!.l)) && !/^(?:officials?|sources?)$/.test(toks[q]!.l)) {
          if (toks[q]!.l === 'administration') admin = true;
          q++;
        }
        const m2 = q > k + 2 ? mentionStarting.get(q) : undefined;
        if (m2 !== undefined && r.entOf[m2]! >= 0 && r.mentions[m2]!.type !== 'Place') {
          sm = m2; e = r.mentions[m2]!.t1;
          while (e < u.t1 && TITLE_WORDS.has(toks[e]!.l)) e++;
          state.official = r.entOf[m2]!;
        } else if (admin && /^(?:officials?|sources?)$/.test(toks[q]?.l ?? '')) {
          official = administrationCountry(k); e = q + 1;
          if (official < 0) return null;
          state.official = official;
        }
      }
      if (sm === undefined && official < 0) return null;
      if (toks[e]?.v === ',') e++;
      const b = k > u.t0 && toks[k - 1]?.v === ',' ? k - 1 : k;
      // at the end of the sentence (or before a relative clause about the source) the content is what came before
      const relative = ['who', 'which'].includes(toks[e]?.l ?? '');
      if (official >= 0) {
        if (e >= u.t1 - 1 || relative) return { k, kEnd: e, word: 'according to', mode: 'backward', b, speakerEntity: official };
        return { k, kEnd: e, word: 'according to', mode: 'according', b, c: e, speakerEntity: official };
      }
      if (e >= u.t1 - 1 || relative) return { k, kEnd: e, word: 'according to', mode: 'backward', b, speakerMention: sm };
      return { k, kEnd: e, word: 'according to', mode: 'according', b, c: e, speakerMention: sm };
    }
    if (!CUE_VERBS.has(t.l) && !URGE_PHRASAL.has(t.l)) return null;
    if (t.pos !== 'VERB' && t.pos !== 'AUX' && !(t.l.endsWith('ing') || t.l.endsWith('ed') || t.l === 'said' || t.l === 'told')
      && !(/^rule/.test(t.l) && toks[k + 1]?.l === 'out')) return null;
    let kp = k - 1;
    while (kp > u.t0 && NEG_AUX.has(toks[kp]!.l)) kp--; // "but did not rule out"
    const prevT = toks[kp];
    const participle = t.l.endsWith('ing') && (prevT?.v === ',' || k === u.t0);
    const coordinated = prevT && (['and', 'but'].includes(prevT.l) || (['also', 'then'].includes(prevT.l) && ['and', 'but'].includes(toks[k - 2]?.l ?? '')))
      || (prevT && PRONOUNS.has(prevT.l) && ['and', 'but'].includes(toks[kp - 1]?.l ?? ''));
    if (k === u.t0 && LEADING_PARTICIPLES.has(t.l)) return { k, kEnd: k + 1, word: t.l, mode: 'forward', b: k, leading: true };
    let e = k + 1;
    if (t.l === 'pointed' || t.l === 'point' || t.l === 'pointing') { if (toks[e]?.l !== 'out') return null; e++; }
    // "did not rule out (that) ...": a stance on a possibility
    if (/^rul(?:e|es|ed|ing)$/.test(t.l)) { if (toks[e]?.l !== 'out') return null; e++; }
    if (toks[e]?.l === 'each' && toks[e + 1]?.l === 'other') return null; // "accused each other of ...": a relation, not a claim
    // 'called X "a tool of ..."': naming something with a quoted label
    if (/^call(?:s|ed|ing)?$/.test(t.l) && toks[e]?.l !== 'on') {
      for (let q = e + 1; q < Math.min(u.t1, e + 20); q++) {
        // a comma ends the object, except inside a list of names ("the United States, Japan and South Korea")
        if (/^[.;:]$/.test(toks[q]!.v) || (toks[q]!.v === ',' && !(/^[A-Z]/.test(toks[q - 1]?.v ?? '') && /^[A-Z]/.test(toks[q + 1]?.v ?? '')))) return null;
        if (QUOTE_OPEN.has(toks[q]!.v)) return withSpeaker({ k, kEnd: e, word: t.l, mode: 'object', b: bStart(k, participle, coordinated), c: e, inherit: participle || !!coordinated });
      }
      return null;
    }
    // urge frame: "urged X to ...", "called on X to ..."
    const phr = URGE_PHRASAL.get(t.l);
    if (phr) { if (toks[e]?.l !== phr) return null; e++; }
    if (URGE_VERBS.has(t.l) || phr) {
      const objStart = e;
      let q = e;
      while (q < u.t1 && q - e < 14 && toks[q]!.l !== 'to' && !/^[,.;:]$/.test(toks[q]!.v)) q++;
      if (toks[q]?.l === 'to' || (toks[q]?.l === 'not' && toks[q + 1]?.l === 'to')) {
        if (q === objStart) return null;
        return withSpeaker({ k, kEnd: objStart, word: phr ? `${t.l} ${phr}` : t.l, mode: 'urge', b: bStart(k, participle, coordinated), c: objStart, inherit: participle || !!coordinated });
      }
      if (t.l.startsWith('call') || t.l.startsWith('press') || t.l.startsWith('demand') && toks[e]?.l !== 'that') {
        if (!t.l.startsWith('demand')) return null;
      }
    }
    if (OBJECT_CUES.has(t.l) && toks[e]?.l !== 'that' && toks[e]?.v !== ':') {
      if (t.l.startsWith('rais') && !RAISE_OBJECTS.has(toks[e]?.l ?? '')) return null;
      if ((t.l.startsWith('expres') || t.l.startsWith('voic')) && !EXPRESS_OBJECTS.has(toks[e]?.l ?? '') && !EXPRESS_OBJECTS.has(toks[e + 1]?.l ?? '')) return null;
      if (AS_CUES.has(t.l)) { // "described X as Y"
        let asAt = -1;
        for (let q = e + 1; q < Math.min(u.t1, e + 12) && asAt < 0; q++) { if (toks[q]!.l === 'as') asAt = q; else if (/^[,.;:]$/.test(toks[q]!.v)) break; }
        if (asAt < 0) return null;
      }
      if (!toks[e] || /^[,.;"“”]$/.test(toks[e]!.v)) return null;
      return withSpeaker({ k, kEnd: e, word: t.l, mode: 'object', b: bStart(k, participle, coordinated), c: e, inherit: participle || !!coordinated });
    }
    // adverbials after the cue: "said on Monday at a regular press briefing that", "said in a statement"
    let q = e;
    let thatAt = -1;
    for (let n = 0; q < u.t1 && n < 14; q++, n++) {
      const w = toks[q]!;
      if (w.l === 'that') { thatAt = q; break; }
      if (/^[,.;:"“”?!]$/.test(w.v) || inQ(q)) break;
      if (w.pos === 'VERB' || w.pos === 'AUX') break;
    }
    if (t.l === 'told' || t.l === 'tell' || t.l === 'tells') {
      // "told reporters that", "told a news conference."
      if (thatAt < 0) {
        // "told reporters the measures were ...": a clause follows the listeners
        const nx2 = toks[e + 1];
        if (AUDIENCE.has(toks[e]?.l ?? '') && nx2 && ['DET', 'NOUN', 'PROPN', 'PRON', 'NUM'].includes(nx2.pos) && !TAIL_START.has(nx2.l)) {
          return withSpeaker({ k, kEnd: e + 1, word: t.l, mode: 'forward', b: bStart(k, participle, coordinated), c: e + 1, inherit: participle || !!coordinated });
        }
        const fin = finalTail(e, u, true);
        if (fin) return backward(k, fin, t.l);
        return null;
      }
    }
    if (thatAt >= 0) {
      return withSpeaker({ k, kEnd: thatAt + 1, word: t.l, mode: 'forward', b: bStart(k, participle, coordinated), c: thatAt + 1, inherit: participle || !!coordinated });
    }
    const nx = toks[e];
    if (!nx) return backward(k, u.t1, t.l);
    if (nx.v === ':') return withSpeaker({ k, kEnd: e + 1, word: t.l, mode: 'forward', b: bStart(k, participle, coordinated), c: e + 1, inherit: participle || !!coordinated });
    const fin = finalTail(e, u) ?? speakerTail(k, e, u);
    if (fin) return backward(k, fin, t.l);
    if (THAT_ONLY_CUES.has(t.l) && !QUOTE_OPEN.has(nx.v)) {
      // "Noting China is ...": a leading participle without "that"
      return null;
    }
    if (/^[,.;?!]$/.test(nx.v)) return null;
    // "said China is ...": content right after the cue, unless what follows is an object + infinitive
    if (t.l.startsWith('ask') || t.l.startsWith('warn')) {
      if (nx.pos === 'PRON' && ['me', 'him', 'her', 'them', 'us'].includes(nx.l)) return null;
    }
    return withSpeaker({ k, kEnd: e, word: t.l, mode: 'forward', b: bStart(k, participle, coordinated), c: e, inherit: participle || !!coordinated });
  }

  /** If only adverbials follow the cue up to the end of the unit or a participial cue, their end. */
  function finalTail(e: number, u: Unit, objectOk = false): number | null {
    let q = e;
    const first = toks[e];
    if (first && !/^[,.;?!]$/.test(first.v) && !TAIL_START.has(first.l) && !(objectOk && (first.pos === 'DET' || first.pos === 'PROPN' || first.pos === 'NOUN'))) return null;
    for (let n = 0; q < u.t1 && n < 10; q++, n++) {
      const w = toks[q]!;
      if (/^[.?!]$/.test(w.v) && q >= u.t1 - 2) return q;
      if (w.v === ',') {
        const nx = toks[q + 1];
        // '..., sharing video footage': a participle clause closes the attribution
        if (nx && (CUE_VERBS.has(nx.l) || URGE_PHRASAL.has(nx.l) || ['and', 'but'].includes(nx.l) || (nx.pos === 'VERB' && nx.l.endsWith('ing')))) return q;
        return null;
      }
      if (w.v === ';') return q;
      if (w.pos === 'VERB' && !w.l.endsWith('ed')) return null;
      if (w.l === 'that') return null;
    }
    return q >= u.t1 ? u.t1 : null;
  }

  /** '"...," said High Representative Josep Borrell.': only the (titled) speaker follows the cue. */
  function speakerTail(k: number, e: number, u: Unit): number | null {
    const prev = toks[k - 1];
    if (!prev || !(prev.v === ',' || QUOTE_OPEN.has(prev.v))) return null;
    let q = e;
    while (q < u.t1 && (TITLE_WORDS.has(toks[q]!.l) || toks[q]!.l === 'the' || /^[A-Z]/.test(toks[q]!.v))) q++;
    if (q === e || !mentionEnding.has(q)) return null;
    return q >= u.t1 || /^[.;]$/.test(toks[q]!.v) || (toks[q]!.v === ',' && q + 1 < u.t1) ? q : null;
  }

  function backward(k: number, fin: number, word: string): Cue | null {
    // speaker before the cue ("..., Mao said") or after it ("..., said Mao")
    const c: Cue = { k, kEnd: fin, word, mode: 'backward', b: k };
    const sp = speakerLeft(k);
    if (sp) {
      c.b = phraseStart(sp.start); if (sp.mention !== undefined) c.speakerMention = sp.mention; if (sp.pronoun) c.pronoun = sp.pronoun;
      if (sp.group) { c.group = sp.group; c.speakerEntity = sp.group[0]!; }
      if (sp.entity !== undefined) c.speakerEntity = sp.entity;
    } else {
      let sm: number | undefined;
      for (let q = k + 1; q < Math.min(k + 7, toks.length) && sm === undefined; q++) {
        sm = mentionStarting.get(q);
        if (sm === undefined && !(TITLE_WORDS.has(toks[q]!.l) || /^[A-Z]/.test(toks[q]!.v) || toks[q]!.l === 'the')) break;
      }
      if (sm === undefined) return null;
      c.speakerMention = sm;
    }
    // the content must end right before: a comma, a closing quote, or a colon
    let b = c.b - 1;
    const bt = toks[b];
    if (!bt || !(bt.v === ',' || QUOTE_OPEN.has(bt.v) || bt.v === ':')) return null;
    if (bt.v === ',' && QUOTE_OPEN.has(toks[b - 1]?.v ?? '')) b--;
    if (QUOTE_OPEN.has(bt.v) && /^[,.]$/.test(toks[b - 1]?.v ?? '')) { c.b = b; return c; }
    c.b = b;
    return c;
  }

  function withSpeaker(c: Cue): Cue | null {
    if (c.inherit && !(toks[c.k - 1] && PRONOUNS.has(toks[c.k - 1]!.l))) {
      // participle / coordination: speaker comes from context; content of the previous claim ends at the comma
      return c;
    }
    const sp = speakerLeft(c.k);
    if (!sp) {
      if (c.mode === 'urge' || c.mode === 'object' || c.mode === 'forward') {
        if (toks[c.k - 1]?.v === ',' && c.k - 1 >= 0) { c.inherit = true; c.b = c.k - 1; return c; }
      }
      return null;
    }
    if (sp.mention !== undefined) c.speakerMention = sp.mention;
    if (sp.pronoun) c.pronoun = sp.pronoun;
    if (sp.group) { c.group = sp.group; c.speakerEntity = sp.group[0]!; }
    if (sp.entity !== undefined) c.speakerEntity = sp.entity;
    c.b = phraseStart(sp.start);
    if (c.inherit && sp.pronoun) { c.b = sp.start - 1; c.inherit = true; }
    return c;
  }

  /** Speaker phrase ending before the cue: a mention or pronoun, skipping adverbs and appositions. */
  function speakerLeft(k: number): { mention?: number; entity?: number; pronoun?: string; group?: number[]; start: number } | null {
    let q = k - 1;
    for (let n = 0; q >= 0 && n < 5 && SKIP_BEFORE.has(toks[q]!.l); n++) q--;
    const t = toks[q];
    if (!t) return null;
    if (PRONOUNS.has(t.l)) return { pronoun: t.l, start: q };
    // "Both leaders", "the two ministers": the last two persons named
    if (GROUP_NOUNS.has(t.l) && (toks[q - 1]?.l === 'both' || toks[q - 1]?.l === 'two')) {
      const pair = lastPair();
      if (pair) return { group: pair, start: toks[q - 2]?.l === 'the' ? q - 2 : q - 1 };
    }
    let mi = mentionEnding.get(q + 1);
    // "The summit's final declaration called ...": the body that issued it (the last one speaking, else named)
    if (mi === undefined && DOC_NOUNS.has(t.l)) {
      const body = state.org >= 0 ? state.org : lastOrgBefore(q);
      if (body >= 0) { let st = q; while (st > 0 && !/^[,.;:"“”]$/.test(toks[st - 1]!.v) && st > q - 6) st--; return { entity: body, start: st }; }
    }
    if (mi !== undefined && speakerCapable(mi) && !r.mentions[mi]!.possessive) {
      const m = r.mentions[mi]!;
      // "Japan and Australia voiced concern": both speak
      const other = toks[m.t0 - 1]?.l === 'and' ? mentionEnding.get(m.t0 - 1) : undefined;
      if (other !== undefined && speakerCapable(other) && r.entities[r.entOf[other]!]!.type === r.entities[r.entOf[mi]!]!.type
        && !r.mentions[other]!.possessive && r.entOf[other] !== r.entOf[mi] && clauseStart(r.mentions[other]!.t0)) {
        return { group: [r.entOf[other]!, r.entOf[mi]!], start: r.mentions[other]!.t0 };
      }
      const d = toks[m.t0 - 1]?.l === 'the' ? m.t0 - 2 : m.t0 - 1;
      if (['from', 'of'].includes(toks[d]?.l ?? '') && GROUP_NOUNS.has(toks[d - 1]?.l ?? '')) state.collective = r.entOf[mi]!; // "ministers from X"
      return { mention: mi, start: m.t0 - (toks[m.t0 - 1]?.l === 'the' ? 1 : 0) };
    }
    // "The official said": the unnamed official quoted before
    if (mi !== undefined && r.entOf[mi]! < 0 && r.mentions[mi]!.kind === 'desc' && /\bofficial$/.test(r.mentions[mi]!.title ?? '') && state.official >= 0) {
      return { entity: state.official, start: r.mentions[mi]!.t0 };
    }
    // "Foreign ministers from the Group of Seven (countries) said": the body they represent; "The ministers said" later
    if (t.pos === 'NOUN' || GROUP_NOUNS.has(t.l)) {
      for (let p = q; p >= Math.max(0, q - 8); p--) {
        if (/^[,.;:"“”]$/.test(toks[p]!.v)) break;
        if ((toks[p]!.l === 'from' || toks[p]!.l === 'of') && GROUP_NOUNS.has(toks[p - 1]?.l ?? '')) {
          const body = mentionStarting.get(toks[p + 1]?.l === 'the' ? p + 2 : p + 1);
          if (body !== undefined && speakerCapable(body) && r.entities[r.entOf[body]!]!.type !== 'Person') {
            state.collective = r.entOf[body]!;
            let st = p - 1;
            while (st > 0 && /^[A-Za-z]/.test(toks[st - 1]!.v) && (TITLE_WORDS.has(toks[st - 1]!.l) || /^[A-Z]/.test(toks[st - 1]!.v)) && !mentionEnding.has(st)) st--;
            return { entity: state.collective, start: st };
          }
        }
      }
      if (GROUP_NOUNS.has(t.l) && toks[q - 1]?.l === 'the' && state.collective >= 0) return { entity: state.collective, start: q - 1 };
      // "the leaders said" after a body spoke through its statement: that body
      if (t.l === 'leaders' && toks[q - 1]?.l === 'the' && state.org >= 0) return { entity: state.org, start: q - 1 };
    }
    if (t.v === ',') {
      // apposition: "Ma Xiaoguang, a spokesman for the X Office, urged"
      for (let p = q - 1; p >= 0 && q - p < 40; p--) {
        if (toks[p]!.v === ',') {
          mi = mentionEnding.get(p);
          // "X, a spokesman for Y, urged" / "KCNA, citing a statement by ..., called"
          if (mi !== undefined && (r.mentions[mi]!.type === 'Person' || (r.mentions[mi]!.type === 'Organization' && r.mentions[mi]!.kind === 'name')) && r.entOf[mi]! >= 0) return { mention: mi, start: r.mentions[mi]!.t0 };
          break;
        }
      }
    }
    return null;
  }

  /** The last organisation named (not described) before token k. */
  function lastOrgBefore(k: number): number {
    for (let i = r.mentions.length - 1; i >= 0; i--) {
      const m = r.mentions[i]!;
      if (m.t0 < k && m.kind === 'name' && r.entOf[i]! >= 0 && r.entities[r.entOf[i]!]!.type === 'Organization') return r.entOf[i]!;
    }
    return -1;
  }

  /** "a senior administration official": the country whose president was named last, else the home country. */
  function administrationCountry(k: number): number {
    for (let i = r.mentions.length - 1; i >= 0; i--) {
      if (r.mentions[i]!.t0 >= k) continue;
      const e = r.entOf[i]!;
      if (e < 0) continue;
      const role = r.roles.find((x) => x.person === e && /\bpresident\b/i.test(x.title) && r.entities[x.affil]!.type === 'Country');
      if (role) return role.affil;
    }
    return r.entities.findIndex((x) => x.type === 'Country' && x.name === r.homeCountry);
  }

  /** Token i begins a clause: first of the text or a sentence, after punctuation, or after a leading "the". */
  function clauseStart(i: number): boolean {
    const pv = toks[i - 1];
    if (pv?.l === 'the') return clauseStart(i - 1);
    return !pv || /^[.,;:"“”]$/.test(pv.v) || text.slice(pv.e, toks[i]!.s).includes('\n');
  }

  /** The last two distinct persons mentioned before the current unit. */
  function lastPair(): number[] | null {
    const out: number[] = [];
    for (let i = state.persons.length - 1; i >= 0 && out.length < 2; i--) if (!out.includes(state.persons[i]!)) out.push(state.persons[i]!);
    return out.length === 2 ? out.reverse() : null;
  }

  /** Start of a speaker phrase: "Foreign Ministry spokeswoman Mao Ning" reaches back over title and body. */
  function phraseStart(st: number): number {
    let q = st;
    for (let n = 0; n < 12 && q > 0; n++) {
      const w = toks[q - 1]!;
      if (w.v === ',' || QUOTE_OPEN.has(w.v) || w.v === ':') break;
      if (inMention[q - 1] || TITLE_WORDS.has(w.l) || SOURCE_WORDS.has(w.l) || w.l === 'the' || /^[A-Z]/.test(w.v)) { q--; continue; }
      return st;
    }
    return q;
  }

  function bStart(k: number, participle: boolean, coordinated: boolean | undefined): number {
    if (participle && toks[k - 1]?.v === ',') return k - 1;
    if (coordinated) {
      let q = k - 1;
      while (q > 0 && !['and', 'but'].includes(toks[q]!.l)) q--;
      return toks[q - 1]?.v === ',' ? q - 1 : q;
    }
    return k;
  }

  function nextBoundary(c: Cue, u: Unit): number {
    return Math.min(c.kEnd + 0, u.t1);
  }

  function speakerOf(c: Cue, u: Unit, inherited: number): number {
    if (c.speakerEntity !== undefined) return c.speakerEntity;
    if (c.speakerMention !== undefined) {
      const m = r.mentions[c.speakerMention]!;
      const e = r.entOf[c.speakerMention]!;
      if (m.kind === 'desc' && DOC_HEADS.has(m.title ?? '')) return state.org >= 0 ? state.org : e;
      // "The official said": the unnamed official quoted before
      if (m.kind === 'desc' && e < 0 && /\bofficial$/.test(m.title ?? '') && state.official >= 0) return state.official;
      return e;
    }
    if (c.pronoun === 'they' && state.group.length && unitNo - state.groupUnit <= 2) { c.group = state.group; return state.group[0]!; }
    if (c.pronoun) {
      // within a sentence "he"/"she" is the speaker already named in it
      if (inherited >= 0 && c.pronoun !== 'it' && r.entities[inherited]?.type === 'Person') return inherited;
      return pronounTarget(c.pronoun);
    }
    return inherited;
  }

  function pronounTarget(p: string): number {
    if (p === 'it') return state.itOrg >= 0 ? state.itOrg : state.org;
    if (p === 'they') return -1;
    const want = p === 'she' ? 'f' : 'm';
    const ok = (e: number) => { const g = r.entities[e]?.gender; return !g || g === want; };
    if (state.subjPerson >= 0 && unitNo - state.subjUnit === 1 && ok(state.subjPerson)) return state.subjPerson;
    if (state.person >= 0 && ok(state.person)) return state.person;
    for (let i = state.persons.length - 1; i >= 0; i--) if (ok(state.persons[i]!)) return state.persons[i]!;
    return state.person;
  }

  /** Subject of the finite verb the participle or coordinated cue at k attaches to ("X mentioned ..., saying"). */
  function clauseSubject(u: Unit, k: number): number {
    for (let q = k - 2; q > u.t0; q--) {
      const w = toks[q]!;
      if (QUOTE_OPEN.has(w.v)) break;
      if ((w.pos === 'VERB' || w.pos === 'AUX') && !w.l.endsWith('ing')) {
        const sp = speakerLeft(q);
        if (sp?.mention !== undefined && r.entOf[sp.mention]! >= 0) {
          const m = r.mentions[sp.mention]!;
          if (m.kind === 'desc' && DOC_HEADS.has(m.title ?? '')) return state.org;
          return r.entOf[sp.mention]!;
        }
        if (sp?.pronoun) return pronounTarget(sp.pronoun);
      }
    }
    return subjectOf(u, k);
  }

  /** The subject of the clause holding token k: the first actor not inside a prepositional phrase. */
  function subjectOf(u: Unit, k: number): number {
    // mentions are sorted by offset: start at the unit's first one (binary search) and stop past k
    let lo = 0, hi = r.mentions.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (r.mentions[mid]!.t0 < u.t0) lo = mid + 1; else hi = mid; }
    for (let i = lo; i < r.mentions.length; i++) {
      const m = r.mentions[i]!;
      if (m.t0 >= k) break;
      if (m.t0 < u.t0 || m.t1 > k) continue;
      if (m.possessive || r.entOf[i]! < 0 || m.type === 'Place') continue;
      // "Leaders of the X ended ...": the group speaks for X (and "the leaders" later means X)
      const pre = toks[m.t0 - 1]?.l === 'the' ? m.t0 - 2 : m.t0 - 1;
      if (toks[pre]?.l === 'of' && GROUP_NOUNS.has(toks[pre - 1]?.l ?? '') && pre - 1 === u.t0) { state.collective = r.entOf[i]!; return r.entOf[i]!; }
      if (PREPS.has(toks[m.t0 - 1]?.l ?? '') || (toks[m.t0 - 1]?.l === 'the' && PREPS.has(toks[m.t0 - 2]?.l ?? ''))) continue;
      // "China's Foreign Ministry spokesman Wang Wenbin": the official, not the body
      const p = r.mentions.findIndex((x, j) => x.type === 'Person' && x.affil === m && r.entOf[j]! >= 0 && x.t0 <= m.t1 + 4);
      return p >= 0 ? r.entOf[p]! : r.entOf[i]!;
    }
    return -1;
  }

  /** ', and "<quotation>"' closing the content becomes its own claim. */
  function splitQuotedTail(a: number, b: number, inQ: (i: number) => boolean): Array<[number, number]> {
    for (let q = a + 3; q < b - 3; q++) {
      if (toks[q]!.v === ',' && toks[q + 1]?.l === 'and' && QUOTE_OPEN.has(toks[q + 2]?.v ?? '') && !inQ(q)) {
        let allQ = true;
        for (let z = q + 2; z < b; z++) if (!inQ(z) && !/^[.,;]$/.test(toks[z]!.v)) allQ = false;
        if (allQ) return [[a, q], [q + 2, b]];
      }
      if (toks[q]!.l === 'and' && toks[q + 1]?.l === 'that' && !inQ(q)) return [[a, q], [q + 2, b]];
    }
    return [[a, b]];
  }

  function makeClaim(a: number, b: number, speaker: number, cue: string, u: Unit): RawClaim | null {
    while (a < b && /^[,;:—–-]$/.test(toks[a]!.v)) a++;
    if (toks[a]?.l === 'that' && a + 1 < b) a++;
    while (b > a && /^[,;:—–-]$/.test(toks[b - 1]!.v)) b--;
    if (b - a < 2) return null;
    let start = toks[a]!.s, end = toks[b - 1]!.e;
    // drop a final period outside quotes, and the enclosing quotation marks of a pure quotation
    let s = text.slice(start, end);
    if (/[.]$/.test(s) && !/["”]$/.test(s)) { s = s.slice(0, -1); end--; }
    let quoted = 0, inside = false, letters = 0;
    for (const ch of s) {
      if (QUOTE_OPEN.has(ch)) { inside = !inside; continue; }
      if (/\w/.test(ch)) { letters++; if (inside) quoted++; }
    }
    const kind: ClaimKind = letters && quoted / letters >= 0.6 ? 'direct' : 'indirect';
    if (/^["“]/.test(s) && countQ(s) === 1) { s = s.slice(1); start++; } // the closing mark fell outside
    const m = /^["“]([^"“”]*)["”]\s*[,.]?$/.exec(s) ?? /^["“]([^"“”]*[.?!,])["”]$/.exec(s);
    if (m) { start += 1; s = m[1]!.replace(/,$/, ''); end = start + s.length; }
    s = s.replace(/[,;:]$/, '');
    end = start + s.length;
    const about = new Set<number>();
    r.mentions.forEach((mm, i) => { if (mm.s >= start && mm.e <= end && r.entOf[i]! >= 0 && r.entOf[i] !== speaker) about.add(r.entOf[i]!); });
    return { speaker, start, end, text: text.slice(start, end), kind, cue, about: [...about], sentStart: u.start, sentEnd: u.end, c0: a, c1: b };
  }
}
