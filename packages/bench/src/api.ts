// API benchmark: the same Neo4j and graph (the news-shaped corpus, or any folder given, stored by
// `ingest()`) served side by side by @kg/api and by @neo4j/graphql (typeDefs in
// ../neo4j-graphql/typeDefs.graphql, on the same express + Apollo stack), the same queries driven by
// autocannon at fixed concurrency against loopback servers. Entities are looked up BY NAME, as users
// do, each request asking for the next of a list of names from the Zipf head and tail:
//   1. an entity by name with its claims and the articles/outlets that carry them;
//   2. an entity by name with its neighbours two hops out;
//   3. claims filtered by speaker and date range.
// Each server runs in its own child process (this file with --serve=kg|neo4j-graphql), so the
// load generator never shares an event loop with the server it measures.
/* eslint-disable @typescript-eslint/no-explicit-any -- comparing two APIs' untyped JSON answers */
// Run: pnpm bench api [folder] [--articles=1000|10000] [--connections=10] [--duration=10] [--warmup=3]
//      [--only=entityClaims,…] [--names=100] [--slice=2] [--uri=bolt://… --user --password [--keep-data]]
// Without --uri a private Neo4j is started on a free port with a temporary data folder (and stopped).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import autocannon from 'autocannon';
import { ensureSchema, ingest, openDriver, readNeo4jConfig, wipeDatabase, type Neo4jConfig } from '@kg/store';
import { benchCorpus } from './corpus.js';
import { parseOpts } from './options.js';
import { benchNeo4j } from './server.js';

const here = dirname(fileURLToPath(import.meta.url));
const TYPEDEFS = join(here, '..', 'neo4j-graphql', 'typeDefs.graphql');

export interface ApiBenchOptions {
  articles?: number | string;
  corpus?: string;
  connections?: number | string;
  duration?: number | string;
  warmup?: number | string;
  slice?: number | string;
  /** How many distinct names the by-name queries cycle through. */
  names?: number | string;
  uri?: string;
  user?: string;
  password?: string;
  /** Skip loading data (the database already holds the corpus). */
  'keep-data'?: string | boolean;
  /** Comma-separated query names to run (default: all three). */
  only?: string;
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
}

export interface ApiBenchResult {
  corpus: string;
  graph: { articles: number; entities: number; claims: number; relations: number };
  connections: number;
  durationSeconds: number;
  names: number;
  queries: Record<
    string,
    {
      description: string;
      equivalent: boolean;
      kg: Figures;
      neo4jGraphql: Figures;
      /** kg rps / @neo4j/graphql rps (higher is better for kg). */
      rpsRatio: number;
      /** kg p99 / @neo4j/graphql p99 (at most 0.5 meets the target); null when kg answered nothing. */
      p99Ratio: number | null;
    }
  >;
  target: string;
  met: boolean;
}

interface Params {
  /** Speakers' names (query 1), well-connected entities' names (query 2): head first, then the tail. */
  speakerNames: string[];
  hubNames: string[];
  speaker: string;
  from: string;
  to: string;
}

type Vars = Record<string, unknown>;

// The three queries, written for each API. Same fields, same page sizes.
const QUERIES = {
  entityClaims: {
    description: 'entity by name with its claims and their sources/articles',
    kg: `query($name: String!) { entityByName(name: $name) { id name claims(first: 20) { edges { node { id text date outletCount outlets
      reportedIn(first: 10) { edges { node { id title source publishedAt } } } } } } } }`,
    ng: `query($name: String!) { entities(where: { name: { eq: $name } }) { id name said(limit: 20, sort: [{ date: DESC }, { id: ASC }]) { id text date outletCount outlets
      reportedIn(limit: 10, sort: [{ publishedAt: ASC }, { id: ASC }]) { id title source publishedAt } } } }`,
    vars: (p: Params): Vars[] => p.speakerNames.map((name) => ({ name })),
  },
  neighbors2: {
    description: 'entity by name with its neighbours two hops out',
    kg: `query($name: String!) { entityByName(name: $name) { id neighbors(depth: 2, first: 100) { totalCount edges { distance node { id name } } } } }`,
    ng: `query($name: String!) { entities(where: { name: { eq: $name } }) { id neighbors { id name neighbors { id name } } } }`,
    vars: (p: Params): Vars[] => p.hubNames.map((name) => ({ name })),
  },
  claimsBySpeakerAndDate: {
    description: 'claims filtered by speaker and date range',
    kg: `query($id: String!, $from: LocalDate!, $to: LocalDate!) { claims(filter: { speaker: $id, from: $from, to: $to }, first: 20) {
      totalCount edges { node { id text date speaker { id name } } } } }`,
    ng: `query($id: ID!, $from: String!, $to: String!) {
      claimsConnection(where: { speaker: { some: { id: { eq: $id } } }, date: { gte: $from, lte: $to } }, first: 20, sort: [{ date: DESC }, { id: ASC }]) {
      totalCount edges { node { id text date speaker { id name } } } } }`,
    vars: (p: Params): Vars[] => [{ id: p.speaker, from: p.from, to: p.to }],
  },
} as const;

type QueryName = keyof typeof QUERIES;

/** What each answer says, reduced to comparable sets (ordering and shape differ by API). */
const SIGNATURE: Record<QueryName, (kg: unknown, ng: unknown) => [string[], string[]]> = {
  entityClaims: (kg, ng) => [
    ((kg as any).entityByName.claims.edges as any[]).map((e) => `${e.node.id}:${e.node.reportedIn.edges.map((r: any) => r.node.id).sort().join(',')}`),
    ((ng as any).entities[0].said as any[]).map((c) => `${c.id}:${c.reportedIn.map((r: any) => r.id).sort().join(',')}`),
  ],
  neighbors2: (kg, ng) => {
    const root = (ng as any).entities[0];
    const ids = new Set<string>();
    for (const n of root.neighbors) {
      ids.add(n.id);
      for (const m of n.neighbors) ids.add(m.id);
    }
    ids.delete(root.id);
    return [((kg as any).entityByName.neighbors.edges as any[]).map((e) => e.node.id), [...ids]];
  },
  claimsBySpeakerAndDate: (kg, ng) => [
    ((kg as any).claims.edges as any[]).map((e) => e.node.id),
    ((ng as any).claimsConnection.edges as any[]).map((e) => e.node.id),
  ],
};

/** Seconds per measured slice (`--slice`): longer than the slowest answers, or they are not counted. */
const SLICE_SECONDS = 2;
const round = (n: number, d = 1): number => Math.round(n * 10 ** d) / 10 ** d;

async function post(url: string, query: string, variables: Record<string, unknown>): Promise<unknown> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`${url}: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data;
}

interface Run {
  latencies: number[];
  seconds: number;
  errors: number;
}

/** One autocannon run, each request with the next variables of the list; every response time is kept so runs can be merged exactly. */
function load(url: string, query: string, variables: readonly Vars[], connections: number, duration: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const bodies = variables.map((v) => JSON.stringify({ query, variables: v }));
    let next = 0;
    const t0 = performance.now();
    const instance = autocannon(
      {
        url,
        method: 'POST',
        connections,
        duration,
        headers: { 'content-type': 'application/json' },
        requests: [{ setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length]! }) }],
      },
      (err, r) => {
        if (err) return reject(err);
        resolve({ latencies, seconds: (performance.now() - t0) / 1000, errors: r.errors + r.non2xx + r.timeouts });
      },
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function figures(runs: Run[]): Figures {
  const all = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const seconds = runs.reduce((n, r) => n + r.seconds, 0);
  return {
    rps: round(all.length / seconds),
    p50: round(percentile(all, 50)),
    p99: round(percentile(all, 99)),
    requests: all.length,
    errors: runs.reduce((n, r) => n + r.errors, 0),
  };
}

/** Starts one server in a child process; resolves with its URL. */
function serveChild(kind: 'kg' | 'neo4j-graphql', cfg: Neo4jConfig): Promise<{ url: string; child: ChildProcess }> {
  const tsx = join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist', 'cli.mjs');
  const child = spawn(process.execPath, [tsx, fileURLToPath(import.meta.url), `--serve=${kind}`], {
    env: { ...process.env, NEO4J_URI: cfg.uri, NEO4J_USER: cfg.user, NEO4J_PASSWORD: cfg.password, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /URL (\S+)/.exec(out);
      if (m) resolve({ url: m[1]!, child });
    });
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** The corpus through `ingest()`, as `kg ingest` stores it. */
async function loadCorpus(cfg: Neo4jConfig, dir: string): Promise<void> {
  const driver = openDriver(cfg);
  try {
    await ensureSchema(driver);
    await wipeDatabase(driver);
    const s = await ingest([dir], { driver, progress: 'log', countGraph: false });
    process.stderr.write(`bench api: stored ${s.new} articles in ${s.seconds.toFixed(0)} s (${s.failed} failed)\n`);
  } finally {
    await driver.close();
  }
}

// Names that name one entity only (so both APIs answer about the same one): the head of the ranking,
// then every k-th of the rest, so requests cover the Zipf head and the long tail.
async function rankedNames(driver: ReturnType<typeof openDriver>, score: string, count: number): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `MATCH (e:Entity) WHERE e.name IS NOT NULL
     WITH e.name AS name, collect(e) AS es WHERE size(es) = 1
     WITH name, es[0] AS e
     WITH name, ${score} AS n WHERE n > 0
     RETURN name ORDER BY n DESC, name`,
    {},
    { routing: 'READ' },
  );
  const all = records.map((r) => r.get('name') as string);
  const head = all.slice(0, Math.ceil(count / 5));
  const rest = all.slice(head.length);
  const step = Math.max(1, Math.floor(rest.length / Math.max(1, count - head.length)));
  return [...head, ...rest.filter((_, i) => i % step === 0).slice(0, count - head.length)];
}

/** Names to look up (speakers for query 1, connected entities for query 2), the busiest speaker and its middle half of dates (query 3). */
async function pickParams(cfg: Neo4jConfig, count: number): Promise<{ params: Params; graph: ApiBenchResult['graph'] }> {
  const driver = openDriver(cfg);
  try {
    const speakerNames = await rankedNames(driver, 'COUNT { (e)-[:SAID]->(:Claim) }', count);
    const hubNames = await rankedNames(driver, 'COUNT { (e)-[:HOLDS_ROLE|URGED|SANCTIONED|MET_WITH|VISITED|OPPOSED|SUPPORTED|CRITICIZED|COOPERATED_WITH]-(:Entity) }', count);
    const { records } = await driver.executeQuery(
      `MATCH (s:Entity)-[:SAID]->(c:Claim)
       WITH s, count(c) AS n ORDER BY n DESC, s.id LIMIT 1
       MATCH (s)-[:SAID]->(c:Claim) WHERE c.date IS NOT NULL
       RETURN s.id AS speaker, collect(substring(toString(c.date), 0, 10)) AS dates`,
      {},
      { routing: 'READ' },
    );
    const speaker = records[0]?.get('speaker') as string;
    const dates = ((records[0]?.get('dates') as string[]) ?? []).sort();
    const counts = await driver.executeQuery(
      `RETURN COUNT { (:Article) } AS articles, COUNT { (:Entity) } AS entities, COUNT { (:Claim) } AS claims,
              COUNT { ()-[:HOLDS_ROLE|URGED|SANCTIONED|MET_WITH|VISITED|OPPOSED|SUPPORTED|CRITICIZED|COOPERATED_WITH]->() } AS relations`,
      {},
      { routing: 'READ' },
    );
    if (!speaker || dates.length === 0 || !speakerNames.length || !hubNames.length) throw new Error('the corpus has no dated claims or no relations');
    const c = counts.records[0]!;
    return {
      params: { speakerNames, hubNames, speaker, from: dates[Math.floor(dates.length / 4)]!, to: dates[Math.floor((dates.length * 3) / 4)]! },
      graph: { articles: Number(c.get('articles')), entities: Number(c.get('entities')), claims: Number(c.get('claims')), relations: Number(c.get('relations')) },
    };
  } finally {
    await driver.close();
  }
}

/** Both APIs on one query: answers compared, then interleaved slices of load. */
async function measure(name: QueryName, urls: { kg: string; ng: string }, params: Params, connections: number, duration: number, warmup: number, slice: number): Promise<ApiBenchResult['queries'][string]> {
  const q = QUERIES[name];
  const vars = q.vars(params);
  const [a, b] = SIGNATURE[name](await post(urls.kg, q.kg, vars[0]!), await post(urls.ng, q.ng, vars[0]!));
  const equivalent = a.length > 0 && [...a].sort().join('|') === [...b].sort().join('|');
  if (!equivalent) process.stderr.write(`bench api: ${name}: answers differ\n  kg: ${a.join(' ')}\n  ng: ${b.join(' ')}\n`);
  // Warm both (plan caches, JIT), then measure in interleaved 2-second slices (A B B A A B …),
  // `duration` seconds per side in all, so changes in machine load (the cores are shared) hit
  // both sides alike; latencies of all slices are merged before taking percentiles.
  await load(urls.kg, q.kg, vars, connections, warmup);
  await load(urls.ng, q.ng, vars, connections, warmup);
  const slices = Math.max(1, Math.round(duration / slice));
  const kgRuns: Run[] = [];
  const ngRuns: Run[] = [];
  for (let k = 0; k < slices; k++) {
    for (const side of k % 2 === 0 ? (['kg', 'ng'] as const) : (['ng', 'kg'] as const)) {
      if (side === 'kg') kgRuns.push(await load(urls.kg, q.kg, vars, connections, slice));
      else ngRuns.push(await load(urls.ng, q.ng, vars, connections, slice));
    }
  }
  const kg = figures(kgRuns);
  const ng = figures(ngRuns);
  process.stderr.write(`bench api: ${name}: kg ${JSON.stringify(kg)} | @neo4j/graphql ${JSON.stringify(ng)}\n`);
  return {
    description: q.description, equivalent, kg, neo4jGraphql: ng,
    // A side with no answer inside a slice (every request slower than the slice) has no p99: the ratio
    // is then null for the side that answered nothing, or 0 when kg answered and the other did not.
    rpsRatio: round(kg.rps / Math.max(ng.rps, 0.001), 2), p99Ratio: !kg.requests ? null : !ng.requests ? 0 : round(kg.p99 / ng.p99, 2),
  };
}

export async function benchApi(opts: ApiBenchOptions = {}): Promise<ApiBenchResult> {
  const connections = Number(opts.connections ?? 10);
  const duration = Number(opts.duration ?? 10);
  const warmup = Number(opts.warmup ?? 3);
  const names = Number(opts.names ?? 100);
  const keep = !!opts['keep-data'] && opts['keep-data'] !== 'false';
  const corpus = keep ? null : await benchCorpus(opts, 1000);
  const server = await benchNeo4j(opts, { name: 'bench-api', pagecache: '256m' });
  const cfg = server.config;
  if (server.pid) process.stderr.write(`bench api: private Neo4j on ${cfg.uri}\n`);
  const children: ChildProcess[] = [];
  try {
    if (corpus) {
      process.stderr.write(`bench api: loading ${corpus.files} files from ${corpus.dir}\n`);
      await loadCorpus(cfg, corpus.dir);
    }
    const { params, graph } = await pickParams(cfg, names);
    process.stderr.write(`bench api: graph ${JSON.stringify(graph)}; ${params.speakerNames.length} speaker names, ${params.hubNames.length} hub names\n`);
    const kg = await serveChild('kg', cfg);
    children.push(kg.child);
    const ng = await serveChild('neo4j-graphql', cfg);
    children.push(ng.child);
    const queries = {} as ApiBenchResult['queries'];
    const only = opts.only ? new Set(opts.only.split(',')) : null;
    for (const name of (Object.keys(QUERIES) as QueryName[]).filter((n) => !only || only.has(n))) {
      queries[name] = await measure(name, { kg: kg.url, ng: ng.url }, params, connections, duration, warmup, Number(opts.slice ?? SLICE_SECONDS));
    }
    const met = Object.values(queries).every((q) => q.p99Ratio !== null && q.p99Ratio <= 0.5 && q.kg.errors === 0);
    return {
      corpus: corpus?.dir ?? '(kept)', graph, connections, durationSeconds: duration, names, queries,
      target: 'kg p99 ≤ ½ of @neo4j/graphql p99 on every query', met,
    };
  } finally {
    for (const c of children) await stopChild(c);
    await server.stop();
  }
}

/** Child-process entry: serve one of the two APIs and print its URL. */
async function serve(kind: string): Promise<void> {
  const cfg = readNeo4jConfig();
  const driver = openDriver(cfg);
  let close: () => Promise<void>;
  let url: string;
  if (kind === 'kg') {
    const { startServer } = await import('@kg/api');
    // Limits and timeouts as in production; GraphiQL and introspection off (NODE_ENV=production).
    const s = await startServer({ driver, port: 0, host: '127.0.0.1' });
    url = s.url.replace('localhost', '127.0.0.1');
    close = () => s.close();
  } else {
    const { Neo4jGraphQL } = await import('@neo4j/graphql');
    const { startBareGraphQLServer } = await import('@kg/api');
    const neo = new Neo4jGraphQL({
      typeDefs: readFileSync(TYPEDEFS, 'utf8'),
      driver,
      features: { filters: { String: { GT: true, GTE: true, LT: true, LTE: true } } },
    });
    const schema = await neo.getSchema();
    const s = await startBareGraphQLServer({ schema: schema as never, context: () => ({}) });
    url = s.url;
    close = () => s.close();
  }
  process.stdout.write(`URL ${url}\n`);
  const stop = async (): Promise<void> => {
    await close();
    await driver.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

const serveArg = process.argv.find((a) => a.startsWith('--serve='));
if (serveArg && process.argv[1] === fileURLToPath(import.meta.url)) {
  serve(serveArg.slice('--serve='.length)).catch((err: unknown) => {
    process.stderr.write(`bench api server: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const opts = parseOpts();
  benchApi(opts).then(
    (r) => process.stdout.write(`${JSON.stringify(r, null, 2)}\n`),
    (err: unknown) => {
      process.stderr.write(`bench api: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
