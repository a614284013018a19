// When each claim was said and each fact happened, from the time expressions of its sentence
// resolved against the article's reference date (docs/graph-model.md, "Dates").
import { findTimeExpressions, resolveExpression, type TimeExpression, type TimePoint } from './expressions.js';

export interface ClaimSpan {
  speaker: number;
  start: number;
  end: number;
  sentStart: number;
  sentEnd: number;
}

/** Farthest an attribution's time expression sits from the claim's words (characters). */
const MAX_DISTANCE = 60;

/**
 * The time of the attribution of a claim: the expression of its sentence outside the claim's own words
 * nearest to them, within MAX_DISTANCE ("Mao said on Monday that …"); an expression inside the claim
 * dates what it is about, not when it was said.
 */
function attributionTime(text: string, c: ClaimSpan, ref: string | null): TimePoint | null {
  const sentence = text.slice(c.sentStart, c.sentEnd);
  let best: { e: TimeExpression; dist: number } | null = null;
  for (const e of findTimeExpressions(sentence)) {
    const s = c.sentStart + e.start, en = c.sentStart + e.end;
    // a bare year ("in 2012") dates what is talked about, hardly ever the saying
    if ((en > c.start && s < c.end) || e.kind === 'yearNum') continue;
    const dist = en <= c.start ? c.start - en : s - c.end;
    if (dist <= MAX_DISTANCE && (!best || dist < best.dist)) best = { e, dist };
  }
  // an expression that cannot be resolved (no article date) leaves the time unknown, it is not skipped
  return best ? resolveExpression(best.e, ref) : null;
}

/**
 * saidAt of every claim (same order as given): its attribution's time expression; else the time of the
 * same speaker's previous claim in the article (a report goes on about one briefing); else the
 * dateline's date (the day the wire filed its story on); else null.
 */
export function claimTimes(text: string, claims: readonly ClaimSpan[], ref: string | null, dateline: string | null): Array<TimePoint | null> {
  const order = claims.map((_, i) => i).sort((a, b) => claims[a]!.start - claims[b]!.start);
  const last = new Map<number, TimePoint>();
  const out = new Array<TimePoint | null>(claims.length).fill(null);
  for (const i of order) {
    const c = claims[i]!;
    const t = attributionTime(text, c, ref) ?? last.get(c.speaker) ?? (dateline ? { date: dateline, precision: 'day' as const } : null);
    if (t) last.set(c.speaker, t);
    out[i] = t;
  }
  return out;
}

/**
 * occurredAt of a fact: the first time expression of its sentence (null when it cannot be resolved),
 * else the dateline's date, else null.
 */
export function factTime(sentence: string, ref: string | null, dateline: string | null): TimePoint | null {
  const first = findTimeExpressions(sentence)[0];
  if (first) return resolveExpression(first, ref);
  return dateline ? { date: dateline, precision: 'day' } : null;
}
