// The hand-offs of the claims stages: units of text, attributions (what the rules find) and raw claims.
import type { ClaimKind } from '@kg/ontology';
import type { Token } from '../nlp.js';
import type { Resolved } from '../resolve.js';

/** A sentence, or several when a quotation left open runs on into the next sentence of the paragraph. */
export interface Unit { t0: number; t1: number; start: number; end: number; para: number }

/** Read-only lookups over one article, built once and shared by every rule. */
export interface ClaimContext {
  text: string;
  toks: Token[];
  r: Resolved;
  /** Token end -> index of the longest mention ending there. */
  mentionEnding: ReadonlyMap<number, number>;
  /** Token start -> index of the longest mention starting there. */
  mentionStarting: ReadonlyMap<number, number>;
  /** 1 for every token inside a mention. */
  inMention: Uint8Array;
  /** Per token: the reporting lemma it is a form of, or '' (computed once per article). */
  cueLemmas: readonly string[];
}

/**
 * Who a source phrase names, before the discourse resolves it: a mention, a known entity, a pronoun,
 * or a description whose referent depends on what was said before ("the statement", "the official").
 */
export type SpeakerRef =
  | { kind: 'mention'; mention: number }
  | { kind: 'entity'; entity: number }
  | { kind: 'pronoun'; pronoun: string }
  | { kind: 'group'; entities: number[] }
  /** "Both leaders": the last two persons named. */
  | { kind: 'pair' }
  /** "the statement": the body speaking, else `fallback` (the last organisation named). */
  | { kind: 'issuer'; fallback: number }
  /** "The official said": the unnamed official quoted before. */
  | { kind: 'official' }
  /** "the ministers said": the body a group spoke for before (or, for "the leaders", the body speaking). */
  | { kind: 'collective'; orBody: boolean };

/** Facts a source phrase teaches the discourse ("according to a senior Treasury official" -> the official's body). */
export interface Learnt { official?: number; collective?: number }

export type CueMode = 'forward' | 'backward' | 'urge' | 'object' | 'according';

/** A reporting cue with its source and content spans (token indices), as a rule found it. */
export interface Attribution {
  /** The rule that found it (its file name in rules/). */
  rule: string;
  /** Cue token, and the token after the cue phrase (and its adverbials / "that"). */
  k: number;
  kEnd: number;
  /** The cue as written in the claim ("said", "according to", "urged on"). */
  word: string;
  mode: CueMode;
  /** Token where the cue phrase (with its speaker) begins: ends the previous content. */
  b: number;
  /** Content start token (forward modes). */
  c?: number;
  source?: SpeakerRef;
  /** Participle or coordinated cue: same speaker as the previous claim / the clause subject. */
  inherit?: boolean;
  /** "Noting that ..., X said": a leading participle, spoken by the sentence's main speaker. */
  leading?: boolean;
  learnt?: Learnt;
  /** '"A," she said, "B."': the second part of a split quotation, token range [from, to). */
  tail?: [number, number];
}

/** The attributions of one unit, in text order, after overlapping cues were settled. */
export interface UnitAttributions {
  unit: Unit;
  cues: Attribution[];
  /** Per token of the unit: inside a quotation? */
  inQuote: boolean[];
  /** Facts learnt from every source phrase of the unit (also of cues that did not survive). */
  learnt: Learnt;
}

export interface RawClaim {
  speaker: number; // entity index
  start: number;
  end: number;
  text: string;
  kind: ClaimKind;
  cue: string;
  /** The rule that found the cue. */
  rule: string;
  /** How sure the extractor is (0-1): the rule's confidence times the speaker reference's. */
  confidence: number;
  about: number[];
  sentStart: number;
  sentEnd: number;
  /** Token range of the content. */
  c0: number;
  c1: number;
  /** Every speaker when a pair speaks together ("Both leaders urged"). */
  group?: number[];
}
