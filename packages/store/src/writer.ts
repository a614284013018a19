// Writes an Extraction: batched, parameterised UNWIND … MERGE statements inside one transaction, so an
// extraction is stored entirely or not at all. Articles already in the graph are detached first (their
// slots removed), which makes writing the same extraction twice leave the identical graph.
import { caption, type EntityType, type Extraction } from '@kg/ontology';
import type { Driver } from 'neo4j-driver';
import { resolveInTransaction } from './corroboration.js';
import { evidenceProps, keepSlots, rewriteEvidence } from './cypher.js';
import { chunk, planExtraction, toArrays, type Report, type Slot, type WritePlan } from './plan.js';
import { detachArticles, refreshClaims } from './retract.js';
import { inTransaction, type Tx } from './session.js';

export interface WriteOptions {
  /** Article ids to retract in the same transaction (older versions this extraction replaces). */
  replaces?: readonly string[];
  /** Rows per statement. */
  rowsPerStatement?: number;
  /** Corroboration threshold (similarity.ts). */
  threshold?: number;
}

export interface WriteStats {
  articles: number;
  /** Articles that were already stored and were rewritten. */
  rewritten: number;
  replaced: number;
  entities: number;
  claimsCreated: number;
  reports: number;
  corroborated: number;
  relations: number;
  /** Relationship rows written (REPORTED_IN, SAID, ABOUT, MENTIONS, entity relations). */
  relationshipWrites: number;
  dangling: number;
}

const DEFAULT_ROWS = 5_000;

const PROFILE = process.env.KG_STORE_PROFILE === '1';
export const profile = new Map<string, number>();

/** KG_STORE_PROFILE=1: time every statement (for tuning; see packages/bench). */
function profiled(tx: Tx): Tx {
  return {
    run: (async (cypher: string, params?: Record<string, unknown>) => {
      const t0 = performance.now();
      const res = await tx.run(cypher, params);
      const key = cypher.replace(/\s+/g, ' ').slice(0, 100);
      profile.set(key, (profile.get(key) ?? 0) + performance.now() - t0);
      return res;
    }) as unknown as Tx['run'],
  };
}

async function runRows(tx: Tx, cypher: string, rows: readonly unknown[], size: number, extra: Record<string, unknown> = {}): Promise<void> {
  for (const part of chunk(rows, size)) await tx.run(cypher, { ...extra, rows: part });
}

export async function writeExtraction(driver: Driver, extraction: Extraction, opts: WriteOptions = {}): Promise<WriteStats> {
  const plan = planExtraction(extraction);
  return inTransaction(driver, (tx) => writePlan(tx, plan, opts));
}

export async function writePlan(txIn: Tx, plan: WritePlan, opts: WriteOptions = {}): Promise<WriteStats> {
  const tx = PROFILE ? profiled(txIn) : txIn;
  const size = opts.rowsPerStatement ?? DEFAULT_ROWS;
  const ids = plan.articles.map((a) => a.id);
  const existing = await existingArticleIds(tx, ids);
  const replaces = (opts.replaces ?? []).filter((id) => !ids.includes(id));
  const touchedClaims = new Set<string>(await detachArticles(tx, [...existing, ...replaces]));

  await runRows(tx, 'UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a += row.props', plan.articles, size);

  let entities = 0;
  for (const [type, rows] of plan.entities) {
    entities += rows.length;
    await runRows(tx, entityStatement(type), rows, size);
  }
  await runRows(tx, 'UNWIND $rows AS row MERGE (t:Topic {id: row.id}) ON CREATE SET t.name = row.name', plan.topics, size);

  const res = await resolveInTransaction(tx, plan.reports, opts.threshold);
  const created = new Set(res.created.map((c) => c.id));
  const claimRows = claimRelationRows(plan.reports, res.claimOf);
  const sourceOf = new Map(plan.articles.map((a) => [a.id, a.props.source]));
  // New claims get their counters here; claims that existed are refreshed from the graph at the end.
  const reportsOf = new Map<string, { article: string; date: string | null }[]>();
  for (const r of claimRows.reportedIn) {
    const list = reportsOf.get(r.claim) ?? [];
    if (!reportsOf.has(r.claim)) reportsOf.set(r.claim, list);
    list.push({ article: r.article, date: r.date });
  }
  await runRows(
    tx,
    'UNWIND $rows AS row CREATE (c:Claim) SET c = row',
    res.created.map((c) => {
      const reps = reportsOf.get(c.id) ?? [];
      const dates = reps.map((r) => r.date).filter((d): d is string => !!d).sort();
      const outlets = [...new Set(reps.map((r) => sourceOf.get(r.article)).filter((o): o is string => !!o))].sort();
      return {
        id: c.id, text: c.text, caption: caption(c.text), kind: c.kind, speakerId: c.speakerId,
        articleCount: reps.length, date: dates[0] ?? null, outlets, outletCount: outlets.length,
      };
    }),
    size,
  );
  // The batch's articles are new nodes (stored ones were detached above), so their REPORTED_IN and
  // MENTIONS cannot exist yet: CREATE, not MERGE.
  await runRows(
    tx,
    `UNWIND $rows AS row
     MATCH (c:Claim {id: row.claim}) MATCH (a:Article {id: row.article})
     CREATE (c)-[r:REPORTED_IN]->(a)
     SET r.articleId = row.article, r.text = row.text, r.cue = row.cue, r.kind = row.kind,
         r.sentence = row.sentence, r.start = row.start, r.end = row.end, r.date = row.date`,
    claimRows.reportedIn,
    size,
  );
  const fresh = (rows: EvidenceRow[]) => rows.filter((r) => created.has(r.kind === 'said' ? r.o : r.s));
  const stale = (rows: EvidenceRow[]) => rows.filter((r) => !created.has(r.kind === 'said' ? r.o : r.s));
  await runRows(
    tx,
    `UNWIND $rows AS row
     MATCH (e:Entity {id: row.s}) MATCH (c:Claim {id: row.o})
     CREATE (e)-[r:SAID]->(c) SET r = row.props`,
    fresh(claimRows.said).map(createRow),
    size,
  );
  await runRows(
    tx,
    `UNWIND $rows AS row
     MATCH (e:Entity {id: row.s}) MATCH (c:Claim {id: row.o})
     MERGE (e)-[r:SAID]->(c)
     WITH r, row, ${keepSlots('row.articles')}
     ${rewriteEvidence(true)}`,
    stale(claimRows.said),
    size,
  );
  for (const label of ['Entity', 'Topic'] as const) {
    const rows = claimRows.about.filter((r) => (r.topic ? 'Topic' : 'Entity') === label);
    await runRows(
      tx,
      `UNWIND $rows AS row
       MATCH (c:Claim {id: row.s}) MATCH (t:${label} {id: row.o})
       CREATE (c)-[r:ABOUT]->(t) SET r = row.props`,
      fresh(rows).map(createRow),
      size,
    );
    await runRows(
      tx,
      `UNWIND $rows AS row
       MATCH (c:Claim {id: row.s}) MATCH (t:${label} {id: row.o})
       MERGE (c)-[r:ABOUT]->(t)
       WITH r, row, ${keepSlots('row.articles')}
       ${rewriteEvidence(true)}`,
      stale(rows),
      size,
    );
  }

  let relations = 0;
  for (const g of plan.relations) {
    relations += g.rows.length;
    const key = g.withTitle ? '{negated: row.negated, title: row.title}' : '{negated: row.negated}';
    await runRows(
      tx,
      `UNWIND $rows AS row
       MATCH (s:Entity {id: row.s}) MATCH (o:${g.objectLabel} {id: row.o})
       MERGE (s)-[r:${g.predicate} ${key}]->(o)
       WITH r, row, ${keepSlots('row.articles')}
       ${rewriteEvidence(true)}`,
      g.rows,
      size,
    );
  }

  await runRows(
    tx,
    `UNWIND $rows AS row
     MATCH (a:Article {id: row.article}) MATCH (e:Entity {id: row.entity})
     CREATE (a)-[m:MENTIONS]->(e) SET m.count = row.count`,
    plan.mentions,
    size,
  );

  // Claims that existed before this batch and lost no report: their counters move by what this batch
  // adds. Claims that lost reports (detached articles) are recomputed from the graph.
  const increments = new Map<string, { id: string; n: number; date: string | null; outlets: Set<string> }>();
  for (const r of claimRows.reportedIn) {
    if (created.has(r.claim) || touchedClaims.has(r.claim)) continue;
    let inc = increments.get(r.claim);
    if (!inc) increments.set(r.claim, (inc = { id: r.claim, n: 0, date: null, outlets: new Set() }));
    inc.n++;
    if (r.date && (!inc.date || r.date < inc.date)) inc.date = r.date;
    const source = sourceOf.get(r.article);
    if (source) inc.outlets.add(source);
  }
  await runRows(
    tx,
    `UNWIND $rows AS row MATCH (c:Claim {id: row.id})
     SET c.articleCount = coalesce(c.articleCount, 0) + row.n,
         c.date = CASE WHEN c.date IS NULL OR (row.date IS NOT NULL AND row.date < c.date) THEN row.date ELSE c.date END,
         c.outlets = COLLECT { UNWIND coalesce(c.outlets, []) + row.outlets AS o RETURN DISTINCT o ORDER BY o }
     SET c.outletCount = size(c.outlets)`,
    [...increments.values()].map((i) => ({ ...i, outlets: [...i.outlets] })),
    size,
  );
  await refreshClaims(tx, [...touchedClaims]);

  return {
    articles: ids.length,
    rewritten: existing.length,
    replaced: replaces.length,
    entities,
    claimsCreated: res.created.length,
    reports: plan.reports.length,
    corroborated: res.corroborated,
    relations,
    relationshipWrites:
      claimRows.reportedIn.length + claimRows.said.length + claimRows.about.length + relations + plan.mentions.length,
    dangling: plan.dangling,
  };
}

function entityStatement(type: EntityType): string {
  // `type` comes from the ENTITY_TYPES whitelist (plan.ts filters), never from input text.
  return `UNWIND $rows AS row
    MERGE (e:Entity {id: row.id})
    ON CREATE SET e.name = row.name, e.type = row.type
    WITH e, row
    SET e:${type}, e.aliases = COLLECT { UNWIND coalesce(e.aliases, []) + row.aliases AS x RETURN DISTINCT x ORDER BY x }`;
}

export async function existingArticleIds(tx: Tx, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const res = await tx.run('UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id', { ids });
  return res.records.map((r) => r.get('id') as string);
}

interface ReportedInRow {
  claim: string;
  article: string;
  text: string;
  cue: string | null;
  kind: string;
  sentence: string;
  start: number;
  end: number;
  date: string | null;
}

/** A relationship created outright: its whole property map is computed here. */
function createRow(r: EvidenceRow): { s: string; o: string; props: Record<string, unknown> } {
  return { s: r.s, o: r.o, props: evidenceProps(r) };
}

interface EvidenceRow {
  kind: 'said' | 'about';
  s: string;
  o: string;
  topic?: boolean;
  articles: string[];
  aids: string[];
  sents: string[];
  starts: number[];
  ends: number[];
  negs: boolean[];
  hedges: boolean[];
}

/** REPORTED_IN (first sighting per claim and article), SAID and ABOUT rows with their slots. */
export function claimRelationRows(reports: readonly Report[], claimOf: readonly string[]) {
  const reportedIn = new Map<string, ReportedInRow>();
  const said = new Map<string, { s: string; o: string; slots: Slot[] }>();
  const about = new Map<string, { s: string; o: string; topic: boolean; slots: Slot[] }>();
  reports.forEach((r, i) => {
    const claim = claimOf[i]!;
    const slot: Slot = { a: r.articleId, s: r.sentence, st: r.start, en: r.end, n: false, h: false };
    const rk = `${claim}|${r.articleId}`;
    if (!reportedIn.has(rk)) {
      reportedIn.set(rk, {
        claim, article: r.articleId, text: r.text, cue: r.cue, kind: r.kind,
        sentence: r.sentence, start: r.start, end: r.end, date: r.date,
      });
    }
    const sk = `${r.speaker}|${claim}`;
    let s = said.get(sk);
    if (!s) said.set(sk, (s = { s: r.speaker, o: claim, slots: [] }));
    s.slots.push(slot);
    for (const t of r.about) {
      const ak = `${claim}|${t.id}`;
      let a = about.get(ak);
      if (!a) about.set(ak, (a = { s: claim, o: t.id, topic: t.topic, slots: [] }));
      a.slots.push(slot);
    }
  });
  const withSlots =
    (kind: EvidenceRow['kind']) =>
    <T extends { slots: Slot[] }>(x: T): EvidenceRow => {
      const { slots, ...rest } = x;
      return { kind, ...(rest as unknown as { s: string; o: string; topic?: boolean }), articles: [...new Set(slots.map((z) => z.a))], ...toArrays(slots) };
    };
  return {
    reportedIn: [...reportedIn.values()],
    said: [...said.values()].map(withSlots('said')),
    about: [...about.values()].map(withSlots('about')),
  };
}
