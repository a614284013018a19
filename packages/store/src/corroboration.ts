// Folds claim reports into Claims (docs/graph-model.md, "Corroboration"): a report joins a claim of the
// same speaker (in the database or earlier in the batch) when its wording is the same statement as one
// of the claim's wordings and compatible with all of them (similarity.ts), the claim has no report from
// the same article yet, and their saidAt agree (claim-time.ts); else it founds a new claim. Reports are
// taken in input order and a claim is compared with every wording it is reported with, so the outcome is
// the same whether a corpus is written in one batch or many.
import type { Report } from './plan.js';
import { CandidatePool, CORROBORATION_THRESHOLD, textFeatures, type TextFeatures } from './similarity.js';
import { claimTime, saidAtOf, timesAgree, type SaidAt } from './claim-time.js';

export interface KnownClaim {
  id: string;
  speakerId: string;
  text: string;
  /** Every wording the claim is reported with (default: its text). */
  wordings?: string[];
  saidAt?: string | null;
  saidAtPrecision?: string | null;
  /** Features of `wordings`, filled in by resolveReports the first time the claim is compared. */
  features?: TextFeatures[];
}

export interface NewClaim {
  id: string;
  speakerId: string;
  /** The founding report's wording; the writer stores the canonical one (earliest report). */
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
  /** Every claim compared or created, as it stands after the batch (for the run's claim cache). */
  claims: KnownClaim[];
}

interface State {
  claim: KnownClaim;
  wordings: string[];
  features: TextFeatures[];
  time: SaidAt | null;
  /** Articles of the batch's reports that joined it (a claim has one report per article). */
  articles: Set<string>;
}

/** A report's time as the rule compares it. */
const reportTime = (r: Report): SaidAt | null => saidAtOf(r.saidAt, r.saidAtPrecision);

/** Pure part: resolve reports against already-known claims. */
export function resolveReports(reports: readonly Report[], known: readonly KnownClaim[], threshold = CORROBORATION_THRESHOLD): Resolution {
  const pools = new Map<string, CandidatePool>();
  const states = new Map<string, State>();
  const index = (s: State): void => {
    let pool = pools.get(s.claim.speakerId);
    if (!pool) pools.set(s.claim.speakerId, (pool = new CandidatePool()));
    pool.add({ id: s.claim.id, wordings: s.features });
  };
  // A claim takes one report per article, and only a report whose time agrees with its own.
  const accepts = (r: Report) => (id: string): boolean => {
    const s = states.get(id)!;
    return !s.articles.has(r.articleId) && timesAgree(s.time, reportTime(r));
  };
  for (const k of known) {
    const wordings = k.wordings?.length ? [...k.wordings] : [k.text];
    // Kept on the claim object: the run's claim cache holds these objects, so each text is analysed once.
    const features = k.features?.length === wordings.length ? k.features : (k.features = wordings.map(textFeatures));
    const s: State = { claim: k, wordings, features: [...features], time: saidAtOf(k.saidAt, k.saidAtPrecision), articles: new Set() };
    states.set(k.id, s);
    index(s);
  }

  const claimOf: string[] = new Array<string>(reports.length);
  const created: NewClaim[] = [];
  const groupClaim = new Map<number, string>();
  let corroborated = 0;
  reports.forEach((r, i) => {
    const features = textFeatures(r.text);
    let id = groupClaim.get(r.group);
    if (id === undefined) {
      id = states.has(r.claimId) ? r.claimId : (pools.get(r.speaker)?.best(features, threshold, accepts(r))?.id ?? r.claimId);
      if (!states.has(id)) {
        created.push({ id, speakerId: r.speaker, text: r.text, kind: r.kind });
        states.set(id, { claim: { id, speakerId: r.speaker, text: r.text }, wordings: [], features: [], time: null, articles: new Set() });
      }
      groupClaim.set(r.group, id);
    }
    const s = states.get(id)!;
    if (!s.wordings.includes(r.text)) {
      s.wordings.push(r.text);
      s.features.push(features);
    }
    s.articles.add(r.articleId);
    s.time = claimTime([s.time, reportTime(r)]);
    index(s);
    if (id !== r.claimId) corroborated++;
    claimOf[i] = id;
  });
  const claims = [...states.values()].map(({ claim, wordings, features, time }) => ({
    id: claim.id, speakerId: claim.speakerId, text: claim.text, wordings, features, saidAt: time?.date ?? null, saidAtPrecision: time?.precision ?? null,
  }));
  return { claimOf, created, corroborated, claims };
}
