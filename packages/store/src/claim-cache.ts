// The claims of each speaker already read during a run, so the corroboration lookup fetches a speaker's
// stored claims once per run instead of once per batch. Filled only after a batch commits (a rolled-back
// batch must leave no trace), and emptied whenever a batch detached articles (claims may have been
// deleted or re-worded by that).
import type { KnownClaim } from './corroboration.js';

export class ClaimCache {
  private readonly bySpeaker = new Map<string, KnownClaim[]>();
  private readonly ids = new Set<string>();

  has(speaker: string): boolean {
    return this.bySpeaker.has(speaker);
  }

  hasClaim(id: string): boolean {
    return this.ids.has(id);
  }

  claimsOf(speaker: string): readonly KnownClaim[] {
    return this.bySpeaker.get(speaker) ?? [];
  }

  /** Records what a committed batch read and created. `speakers`: speakers whose claims are now complete. */
  commit(speakers: Iterable<string>, claims: Iterable<KnownClaim>): void {
    for (const s of speakers) if (!this.bySpeaker.has(s)) this.bySpeaker.set(s, []);
    for (const c of claims) {
      if (this.ids.has(c.id)) continue;
      this.ids.add(c.id);
      const list = this.bySpeaker.get(c.speakerId);
      if (list) list.push(c);
    }
  }

  clear(): void {
    this.bySpeaker.clear();
    this.ids.clear();
  }
}
