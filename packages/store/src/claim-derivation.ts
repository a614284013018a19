// A speaker's claims as a function of all their reports, stored and new (pure). Reports are taken in one
// canonical order (date, article, offsets: never input order) and folded by the corroboration rule
// (corroboration.ts), so a claim's id (its founding report's id), wording, members, counters, SAID and
// ABOUT are the same however the articles were split into runs, batches or processes, and in whatever
// order they came; a retraction re-derives them from the reports left. docs/graph-model.md, "Claims".
import { caption } from '@kg/ontology';
import { claimTime, saidAtOf } from './claim-time.js';
import { resolveReports } from './corroboration.js';
import type { Report } from './plan.js';

/** One report of a claim in one article: a REPORTED_IN as stored, or one about to be. */
export interface ClaimReport {
  speaker: string;
  /** The extractor's id of this sighting; a claim founded by it gets this id. */
  reportId: string;
  article: string;
  /** The article's outlet (Claim.outlets). */
  source: string | null;
  text: string;
  cue: string | null;
  kind: string;
  sentence: string;
  start: number;
  end: number;
  date: string | null;
  /** When the sentence says it was said (claim-time.ts), and that date's precision. */
  saidAt: string | null;
  saidAtPrecision: string | null;
  /** Ids of the entities and topics the report is about. */
  about: string[];
}

export interface ClaimProps {
  id: string;
  text: string;
  caption: string;
  kind: string;
  speakerId: string;
  articleCount: number;
  date: string | null;
  outlets: string[];
  outletCount: number;
  /** The reports' most precise, then earliest, saidAt (claim-time.ts `claimTime`). */
  saidAt: string | null;
  saidAtPrecision: string | null;
}

/** A REPORTED_IN: the first report of the claim in that article (canonical order), about united. */
export type ReportedInRow = Omit<ClaimReport, 'speaker' | 'source'> & { claim: string };

/** SAID (speaker → claim) or ABOUT (claim → target): the first supporting report and the article count. */
export interface ClaimLinkRow {
  s: string;
  o: string;
  articleId: string;
  sentence: string;
  start: number;
  end: number;
  articleCount: number;
}

export interface DerivedClaims {
  claims: ClaimProps[];
  reportedIn: ReportedInRow[];
  said: ClaimLinkRow[];
  about: ClaimLinkRow[];
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The canonical order of reports: by date (undated last), article id, offsets, report id, wording. */
export function compareReports(a: ClaimReport, b: ClaimReport): number {
  if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : cmp(a.date, b.date);
  return cmp(a.article, b.article) || a.start - b.start || a.end - b.end || cmp(a.reportId, b.reportId) || cmp(a.text, b.text);
}

/** The writer's reports (plan.ts) in this module's shape. */
export function toClaimReports(reports: readonly Report[], sourceOf: ReadonlyMap<string, string | null>): ClaimReport[] {
  return reports.map((r) => ({
    speaker: r.speaker, reportId: r.claimId, article: r.articleId, source: sourceOf.get(r.articleId) ?? null,
    text: r.text, cue: r.cue, kind: r.kind, sentence: r.sentence, start: r.start, end: r.end, date: r.date,
    saidAt: r.saidAt ?? null, saidAtPrecision: r.saidAt ? (r.saidAtPrecision ?? 'day') : null,
    about: r.about.map((t) => t.id),
  }));
}

/** Claims of the given reports: every report of a speaker must be given, stored and new alike. */
export function deriveClaims(all: readonly ClaimReport[], threshold?: number): DerivedClaims {
  const sorted = [...all].sort(compareReports);
  // Sightings of one extracted claim stay together (one group per report id).
  const groupOf = new Map<string, number>();
  const asReports: Report[] = sorted.map((r) => {
    let group = groupOf.get(r.reportId);
    if (group === undefined) groupOf.set(r.reportId, (group = groupOf.size));
    return { group, claimId: r.reportId, speaker: r.speaker, text: r.text, kind: r.kind, cue: r.cue, articleId: r.article,
      sentence: r.sentence, start: r.start, end: r.end, date: r.date, saidAt: r.saidAt, saidAtPrecision: r.saidAtPrecision, about: [] };
  });
  const { claimOf } = resolveReports(asReports, [], threshold);

  const rows = new Map<string, ReportedInRow>();
  const byClaim = new Map<string, { rows: ReportedInRow[]; speaker: string; sources: Set<string> }>();
  sorted.forEach((r, i) => {
    const claim = claimOf[i]!;
    let c = byClaim.get(claim);
    if (!c) byClaim.set(claim, (c = { rows: [], speaker: r.speaker, sources: new Set() }));
    if (r.source) c.sources.add(r.source);
    const key = `${claim}|${r.article}`;
    const seen = rows.get(key);
    if (seen) {
      for (const t of r.about) if (!seen.about.includes(t)) seen.about.push(t);
      return;
    }
    const row: ReportedInRow = { claim, article: r.article, reportId: r.reportId, text: r.text, cue: r.cue, kind: r.kind,
      sentence: r.sentence, start: r.start, end: r.end, date: r.date, saidAt: r.saidAt, saidAtPrecision: r.saidAtPrecision, about: [...r.about] };
    rows.set(key, row);
    c.rows.push(row);
  });
  for (const row of rows.values()) row.about = [...new Set(row.about)].sort();

  const out: DerivedClaims = { claims: [], reportedIn: [...rows.values()], said: [], about: [] };
  for (const [id, c] of byClaim) {
    const first = c.rows[0]!;
    const dates = c.rows.map((r) => r.date).filter((d): d is string => d !== null).sort();
    const outlets = [...c.sources].sort();
    const time = claimTime(c.rows.map((r) => saidAtOf(r.saidAt, r.saidAtPrecision)));
    out.claims.push({ id, text: first.text, caption: caption(first.text), kind: first.kind, speakerId: c.speaker,
      articleCount: c.rows.length, date: dates[0] ?? null, outlets, outletCount: outlets.length,
      saidAt: time?.date ?? null, saidAtPrecision: time?.precision ?? null });
    out.said.push(link(c.speaker, id, c.rows));
    const targets = [...new Set(c.rows.flatMap((r) => r.about))].sort();
    for (const t of targets) out.about.push(link(id, t, c.rows.filter((r) => r.about.includes(t))));
  }
  return out;
}

function link(s: string, o: string, rows: readonly ReportedInRow[]): ClaimLinkRow {
  const f = rows[0]!;
  return { s, o, articleId: f.article, sentence: f.sentence, start: f.start, end: f.end, articleCount: rows.length };
}
