// The claims of each speaker already read during a run, so the corroboration lookup fetches a speaker's
// stored claims once per run instead of once per batch. Filled only after a batch commits (a rolled-back
// batch must leave no trace), and emptied whenever a batch detached articles (claims may have been
// deleted or re-worded by that). Bounded: past `maxClaims`, the speakers used least recently are
// forgotten (their claims are read again from Neo4j when they speak next), so a run of any length keeps
// flat memory.
import type { KnownClaim } from './corroboration.js';

/** About 1.5 KB each with their compared features: ~30 MB. */
export const DEFAULT_MAX_CACHED_CLAIMS = 20_000;

interface SpeakerClaims {
  claims: KnownClaim[];
  /** Claim id -> index in `claims`. */
  ids: Map<string, number>;
}

export class ClaimCache {
  /** In least-recently-used-first order (a Map iterates in insertion order; a use re-inserts). */
  private readonly bySpeaker = new Map<string, SpeakerClaims>();
  private total = 0;

  constructor(private readonly maxClaims = DEFAULT_MAX_CACHED_CLAIMS) {}

  has(speaker: string): boolean {
    return this.bySpeaker.has(speaker);
  }

  claimsOf(speaker: string): readonly KnownClaim[] {
    const entry = this.bySpeaker.get(speaker);
    if (!entry) return [];
    this.bySpeaker.delete(speaker);
    this.bySpeaker.set(speaker, entry);
    return entry.claims;
  }

  /** Claims held, over all speakers. */
  get size(): number {
    return this.total;
  }

  /** Records what a committed batch read and created. `speakers`: speakers whose claims are now complete. */
  commit(speakers: Iterable<string>, claims: Iterable<KnownClaim>): void {
    const touched = new Set<string>();
    for (const s of speakers) {
      if (!this.bySpeaker.has(s)) this.bySpeaker.set(s, { claims: [], ids: new Map() });
      touched.add(s);
    }
    for (const c of claims) {
      const entry = this.bySpeaker.get(c.speakerId);
      if (!entry) continue;
      const at = entry.ids.get(c.id);
      // a claim held already is replaced: the batch may have added wordings to it
      if (at !== undefined) entry.claims[at] = c;
      else {
        entry.ids.set(c.id, entry.claims.push(c) - 1);
        this.total++;
      }
      touched.add(c.speakerId);
    }
    // The batch's speakers are the most recently used; evict from the other end.
    for (const s of touched) {
      const entry = this.bySpeaker.get(s);
      if (!entry) continue;
      this.bySpeaker.delete(s);
      this.bySpeaker.set(s, entry);
    }
    for (const [s, entry] of this.bySpeaker) {
      if (this.total <= this.maxClaims || this.bySpeaker.size <= 1) break;
      this.bySpeaker.delete(s);
      this.total -= entry.claims.length;
    }
  }

  clear(): void {
    this.bySpeaker.clear();
    this.total = 0;
  }
}
