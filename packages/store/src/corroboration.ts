// Folds claim reports into Claims: a report joins an existing claim of the same speaker (in the database
// or earlier in the batch) when their content words overlap enough (similarity.ts), else it founds a new
// claim. Reports are taken in input order and a new claim keeps its founding wording, so the outcome is
// the same whether a corpus is written in one batch or many.
import type { Report } from './plan.js';
import type { Tx } from './session.js';
import { bestMatch, contentTokens, CORROBORATION_THRESHOLD, type ClaimCandidate } from './similarity.js';

export interface KnownClaim {
  id: string;
  speakerId: string;
  text: string;
}

export interface NewClaim {
  id: string;
  speakerId: string;
  text: string;
  kind: string;
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
  const bySpeaker = new Map<string, ClaimCandidate[]>();
  const ids = new Set<string>();
  const add = (c: { id: string; speakerId: string; text: string }): void => {
    ids.add(c.id);
    let list = bySpeaker.get(c.speakerId);
    if (!list) bySpeaker.set(c.speakerId, (list = []));
    list.push({ id: c.id, tokens: contentTokens(c.text) });
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
        const match = bestMatch(contentTokens(r.text), bySpeaker.get(r.speaker) ?? [], threshold);
        if (match) id = match.id;
        else {
          id = r.claimId;
          const c = { id, speakerId: r.speaker, text: r.text, kind: r.kind };
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

/** Reads the claims the batch could join: same ids, or same speakers. */
export async function fetchKnownClaims(tx: Tx, reports: readonly Report[]): Promise<KnownClaim[]> {
  if (reports.length === 0) return [];
  const speakers = [...new Set(reports.map((r) => r.speaker))];
  const ids = [...new Set(reports.map((r) => r.claimId))];
  const res = await tx.run(
    `CALL () {
       UNWIND $speakers AS s MATCH (c:Claim {speakerId: s}) RETURN c
       UNION
       UNWIND $ids AS id MATCH (c:Claim {id: id}) RETURN c
     }
     RETURN c.id AS id, c.speakerId AS speakerId, c.text AS text`,
    { speakers, ids },
  );
  return res.records.map((r) => ({ id: r.get('id') as string, speakerId: r.get('speakerId') as string, text: r.get('text') as string }));
}

export async function resolveInTransaction(tx: Tx, reports: readonly Report[], threshold?: number): Promise<Resolution> {
  return resolveReports(reports, await fetchKnownClaims(tx, reports), threshold);
}
