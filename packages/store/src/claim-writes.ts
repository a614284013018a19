// Stores the claims of the speakers a write or retraction touches: reads every stored report of those
// speakers, re-derives their claims with the new reports (claim-derivation.ts) and writes only the
// difference (claims created, re-worded or emptied; REPORTED_IN moved; SAID/ABOUT of changed claims
// rewritten). Runs under the graph lock (session.ts), so the stored reports cannot change meanwhile.
import { sendRows } from './send.js';
import type { Tx } from './session.js';
import { deriveClaims, type ClaimLinkRow, type ClaimProps, type ClaimReport, type ReportedInRow } from './claim-derivation.js';

export interface StoredClaims {
  claims: Map<string, ClaimProps>;
  /** `${claim}|${article}` → the REPORTED_IN's properties. */
  reported: Map<string, ReportedInRow>;
  reports: ClaimReport[];
}

/** Every claim of these speakers with its reports (a claim left with none is listed without). */
export async function readSpeakerClaims(tx: Tx, speakers: readonly string[]): Promise<StoredClaims> {
  const out: StoredClaims = { claims: new Map(), reported: new Map(), reports: [] };
  if (speakers.length === 0) return out;
  const res = await tx.run(
    `UNWIND $speakers AS s MATCH (c:Claim {speakerId: s})
     OPTIONAL MATCH (c)-[r:REPORTED_IN]->(a:Article)
     RETURN properties(c) AS claim, a.id AS article, a.source AS source, properties(r) AS rep`,
    { speakers },
  );
  for (const rec of res.records) {
    const claim = rec.get('claim') as Record<string, unknown>;
    const id = String(claim.id);
    if (!out.claims.has(id)) out.claims.set(id, claimProps(claim));
    const rep = rec.get('rep') as Record<string, unknown> | null;
    const article = rec.get('article') as string | null;
    if (!rep || article === null) continue;
    const row = reportedRow(id, article, rep);
    out.reported.set(`${id}|${article}`, row);
    const { claim: _c, ...report } = row;
    out.reports.push({ ...report, speaker: String(claim.speakerId), source: (rec.get('source') as string | null) ?? null });
  }
  return out;
}

function claimProps(c: Record<string, unknown>): ClaimProps {
  return {
    id: String(c.id), text: String(c.text), caption: String(c.caption), kind: String(c.kind), speakerId: String(c.speakerId),
    articleCount: Number(c.articleCount ?? 0), date: (c.date as string | undefined) ?? null,
    outlets: (c.outlets as string[] | undefined) ?? [], outletCount: Number(c.outletCount ?? 0),
    saidAt: (c.saidAt as string | undefined) ?? null, saidAtPrecision: (c.saidAtPrecision as string | undefined) ?? null,
  };
}

function reportedRow(claim: string, article: string, r: Record<string, unknown>): ReportedInRow {
  return {
    claim, article,
    // Graphs written before report ids were stored: the claim's own id stands for its founding report.
    reportId: (r.reportId as string | undefined) ?? `${claim}|${article}`,
    text: String(r.text), cue: (r.cue as string | undefined) ?? null, kind: String(r.kind), sentence: String(r.sentence),
    start: Number(r.start), end: Number(r.end), date: (r.date as string | undefined) ?? null,
    saidAt: (r.saidAt as string | undefined) ?? null, saidAtPrecision: (r.saidAtPrecision as string | undefined) ?? null,
    about: [...((r.about as string[] | undefined) ?? [])].sort(),
  };
}

export interface ClaimWrites {
  deleteClaims: string[];
  deleteReported: { claim: string; article: string }[];
  /** Claims whose SAID/ABOUT are rewritten (their reports changed). */
  relink: string[];
  upsertClaims: ClaimProps[];
  createReported: ReportedInRow[];
  said: ClaimLinkRow[];
  aboutEntity: ClaimLinkRow[];
  aboutTopic: ClaimLinkRow[];
  created: number;
  corroborated: number;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The writes that take the stored claims to the ones derived from all reports (stored + new). */
export function planClaimWrites(
  stored: StoredClaims,
  fresh: readonly ClaimReport[],
  opts: { threshold?: number; touched?: readonly string[] } = {},
): ClaimWrites {
  const d = deriveClaims([...stored.reports, ...fresh], opts.threshold);
  const w: ClaimWrites = { deleteClaims: [], deleteReported: [], relink: [], upsertClaims: [], createReported: [], said: [], aboutEntity: [], aboutTopic: [], created: 0, corroborated: 0 };
  const wanted = new Map(d.claims.map((c) => [c.id, c]));
  for (const id of stored.claims.keys()) if (!wanted.has(id)) w.deleteClaims.push(id);
  // Claims that lost reports already (detached articles) must have their SAID/ABOUT re-derived too.
  const changed = new Set<string>((opts.touched ?? []).filter((id) => wanted.has(id)));
  const wantedRows = new Map(d.reportedIn.map((r) => [`${r.claim}|${r.article}`, r]));
  for (const [key, row] of stored.reported) {
    if (!wanted.has(row.claim)) continue; // goes with its claim
    const next = wantedRows.get(key);
    if (next && same(next, row)) continue;
    w.deleteReported.push({ claim: row.claim, article: row.article });
    changed.add(row.claim);
  }
  for (const [key, row] of wantedRows) {
    const old = stored.reported.get(key);
    if (old && same(old, row)) continue;
    w.createReported.push(row);
    changed.add(row.claim);
  }
  for (const c of d.claims) {
    const old = stored.claims.get(c.id);
    if (!old) w.created++;
    if (!old || !same(old, c)) w.upsertClaims.push(c);
  }
  const freshIds = new Set(fresh.map((r) => r.reportId));
  for (const r of d.reportedIn) if (freshIds.has(r.reportId) && r.claim !== r.reportId) w.corroborated++;
  // Every claim whose links are (re)created first loses the ones it has: a claim node may exist under an
  // id this derivation reuses.
  w.relink = [...changed];
  for (const l of d.said) if (changed.has(l.o)) w.said.push(l);
  for (const l of d.about) if (changed.has(l.s)) (l.o.startsWith('topic:') ? w.aboutTopic : w.aboutEntity).push(l);
  return w;
}

// Statements, each with one list parameter so its plan never depends on which lists a batch fills.
export const CLAIM_DELETES = {
  deleteClaims: 'CYPHER replan=skip UNWIND $rows AS id MATCH (c:Claim {id: id}) DETACH DELETE c',
  deleteReported: 'UNWIND $rows AS row MATCH (:Claim {id: row.claim})-[r:REPORTED_IN]->(:Article {id: row.article}) DELETE r',
  relink: `UNWIND $rows AS id MATCH (c:Claim {id: id})
    CALL (c) { MATCH ()-[r:SAID]->(c) DELETE r }
    CALL (c) { MATCH (c)-[r:ABOUT]->() DELETE r }`,
} as const;

export const UPSERT_CLAIMS = 'UNWIND $rows AS row MERGE (c:Claim {id: row.id}) SET c = row';

const LINK_PROPS = '{articleId: row.articleId, sentence: row.sentence, start: row.start, end: row.end, articleCount: row.articleCount}';

export const CLAIM_LINKS = {
  createReported: `UNWIND $rows AS row MATCH (c:Claim {id: row.claim}) MATCH (a:Article {id: row.article})
    MERGE (c)-[r:REPORTED_IN]->(a)
    SET r = {articleId: row.article, reportId: row.reportId, text: row.text, cue: row.cue, kind: row.kind,
      sentence: row.sentence, start: row.start, end: row.end, date: row.date, saidAt: row.saidAt,
      saidAtPrecision: row.saidAtPrecision, about: row.about}`,
  said: `UNWIND $rows AS row MATCH (e:Entity {id: row.s}) MATCH (c:Claim {id: row.o}) CREATE (e)-[:SAID ${LINK_PROPS}]->(c)`,
  aboutEntity: `UNWIND $rows AS row MATCH (c:Claim {id: row.s}) MATCH (t:Entity {id: row.o}) CREATE (c)-[:ABOUT ${LINK_PROPS}]->(t)`,
  aboutTopic: `UNWIND $rows AS row MATCH (c:Claim {id: row.s}) MATCH (t:Topic {id: row.o}) CREATE (c)-[:ABOUT ${LINK_PROPS}]->(t)`,
} as const;

const ROWS = 20_000;

/**
 * Sends one phase of the claim writes: `deletes` first (before anything is written), `upserts` (claim
 * nodes) with the other nodes, `links` once articles and entities exist.
 */
export function sendClaimWrites(tx: Tx, pending: Promise<unknown>[], w: ClaimWrites, phase: 'deletes' | 'upserts' | 'links', size = ROWS): void {
  if (phase === 'deletes') {
    for (const k of ['deleteClaims', 'deleteReported', 'relink'] as const) sendRows(tx, pending, CLAIM_DELETES[k], w[k], size);
  } else if (phase === 'upserts') sendRows(tx, pending, UPSERT_CLAIMS, w.upsertClaims, size);
  else for (const k of ['createReported', 'said', 'aboutEntity', 'aboutTopic'] as const) sendRows(tx, pending, CLAIM_LINKS[k], w[k], size);
}
