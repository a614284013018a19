// Folds claim reports into Claims: a report joins an existing claim of the same speaker (in the database
// or earlier in the batch) when their content words overlap enough (similarity.ts), else it founds a new
// claim. Reports are taken in input order and a new claim keeps its founding wording, so the outcome is
// the same whether a corpus is written in one batch or many.
import type { Report } from './plan.js';
import { CandidatePool, CORROBORATION_THRESHOLD, textFeatures, type TextFeatures } from './similarity.js';

export interface KnownClaim {
  id: string;
  speakerId: string;
  text: string;
  /** Filled in by resolveReports the first time the claim is compared. */
  features?: TextFeatures;
}

export interface NewClaim {
  id: string;
  speakerId: string;
  text: string;
  kind: string;
  features?: TextFeatures;
}

export interface Resolution {
  /** Canonical claim id of every report, by index in the reports array. */
  claimOf: string[];
  /** Claims to create. */
  created: NewClaim[];
  /** Reports that joined a claim other than the one the extractor gave them. */
  corroborated: number;
}

/** Pure part: resolve reports against already-known claims. */
export function resolveReports(
  reports: readonly Report[],
  known: readonly KnownClaim[],
  threshold = CORROBORATION_THRESHOLD,
): Resolution {
  const bySpeaker = new Map<string, CandidatePool>();
  const ids = new Set<string>();
  const add = (c: { id: string; speakerId: string; text: string; features?: TextFeatures }): void => {
    ids.add(c.id);
    let list = bySpeaker.get(c.speakerId);
    if (!list) bySpeaker.set(c.speakerId, (list = new CandidatePool()));
    // Kept on the claim object: the run's claim cache holds these objects, so each text is analysed once.
    const features = (c.features ??= textFeatures(c.text));
    list.add({ id: c.id, tokens: features.tokens, features });
  };
  for (const k of known) add(k);

  const claimOf: string[] = new Array<string>(reports.length);
  const created: NewClaim[] = [];
  const groupClaim = new Map<number, string>();
  let corroborated = 0;
  reports.forEach((r, i) => {
    let id = groupClaim.get(r.group);
    if (id === undefined) {
      if (ids.has(r.claimId)) id = r.claimId;
      else {
        const features = textFeatures(r.text);
        const match = bySpeaker.get(r.speaker)?.best(features, threshold) ?? null;
        if (match) id = match.id;
        else {
          id = r.claimId;
          const c = { id, speakerId: r.speaker, text: r.text, kind: r.kind, features };
          created.push(c);
          add(c);
        }
      }
      groupClaim.set(r.group, id);
    }
    if (id !== r.claimId) corroborated++;
    claimOf[i] = id;
  });
  return { claimOf, created, corroborated };
}
