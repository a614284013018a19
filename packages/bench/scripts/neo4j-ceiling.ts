// What Neo4j itself can write on this machine, with none of the writer's logic: relationships created
// by `UNWIND $rows … MATCH (a) MATCH (b) CREATE (a)-[:R {…}]->(b)` between stored nodes found by a
// unique-index seek, 20,000 rows per transaction. The ceiling the writer's figure is compared with.
// Run: pnpm tsx packages/bench/scripts/neo4j-ceiling.ts [--rounds=8] [--rows=20000] [--parallel=1] [--uri=bolt://… --password=…]
//      (without --uri a private Neo4j is started, as `pnpm bench ingest` does)
import { openDriver } from '@kg/store';
import { parseOpts } from '../src/options.js';
import { benchNeo4j, cpuSeconds } from '../src/server.js';

type Driver = ReturnType<typeof openDriver>;

const opts = parseOpts();
const rounds = Number(opts.rounds ?? 8);
const rowsPerTx = Number(opts.rows ?? 20_000);
const parallel = Number(opts.parallel ?? 1);
const NODES = 10_000;
const SENTENCE =
  'The Foreign Ministry spokesperson said on Monday that the other side should stop its unilateral sanctions against the companies and return to dialogue.';

/** Relationship shapes of the store: a REPORTED_IN-like one (8 properties, two long strings) and MENTIONS. */
const SHAPES: Record<string, string> = {
  reported:
    'CREATE (a)-[:CEILING_R {articleId: r.art, text: r.text, cue: "said", kind: "indirect", sentence: r.s, start: r.st, end: r.en, date: "2023-01-02"}]->(b)',
  mentions: 'CREATE (a)-[:CEILING_R {count: 1}]->(b)',
};

function rows(n: number): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => ({
    a: `n${Math.floor(Math.random() * NODES)}`,
    // A fifth of the rows go to 20 hubs, as MENTIONS of the main countries do.
    b: `n${i % 5 === 0 ? i % 20 : Math.floor(Math.random() * NODES)}`,
    s: `${SENTENCE} ${i}`,
    text: `${SENTENCE.slice(40)} ${i}`,
    st: i,
    en: i + 120,
    art: `article:${(i % 500).toString(16).padStart(16, '0')}`,
  }));
}

async function writeRound(driver: Driver, shape: string): Promise<void> {
  const session = driver.session();
  try {
    const cypher = `UNWIND $rows AS r MATCH (a:CeilingNode {id: r.a}) MATCH (b:CeilingNode {id: r.b}) ${shape}`;
    const res = await session.executeWrite((tx) => tx.run(cypher, { rows: rows(rowsPerTx) }));
    // A MATCH that finds nothing writes nothing, fast: never report a round that did not write.
    const created = res.summary.counters.updates().relationshipsCreated;
    if (created !== rowsPerTx) throw new Error(`a round created ${created} relationships, not ${rowsPerTx}`);
  } finally {
    await session.close();
  }
}

const server = await benchNeo4j(opts, { name: 'ceiling' });
const pid = opts.pid ? Number(opts.pid) : server.pid;
const driver = openDriver(server.config);
try {
  const s = driver.session();
  try {
    await s.run('CREATE CONSTRAINT ceiling_node_id IF NOT EXISTS FOR (n:CeilingNode) REQUIRE n.id IS UNIQUE');
    await s.run('UNWIND range(0, $n - 1) AS i CREATE (:CeilingNode {id: "n" + i})', { n: NODES });
  } finally {
    await s.close();
  }
  for (const [name, shape] of Object.entries(SHAPES)) {
    const perRound: number[] = [];
    const cpuPerRel: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const c0 = cpuSeconds(pid);
      const t0 = performance.now();
      await Promise.all(Array.from({ length: parallel }, () => writeRound(driver, shape)));
      const seconds = (performance.now() - t0) / 1000;
      const c1 = cpuSeconds(pid);
      perRound.push(Math.round((rowsPerTx * parallel) / seconds));
      if (c0 !== null && c1 !== null) cpuPerRel.push(Math.round(((c1 - c0) * 1e6) / (rowsPerTx * parallel)));
    }
    // The first rounds run while HotSpot compiles the kernel: the median of the second half is the steady state.
    const steady = perRound.slice(Math.floor(rounds / 2)).sort((a, b) => a - b);
    process.stdout.write(
      `${JSON.stringify({ shape: name, parallel, rowsPerTransaction: rowsPerTx, relationshipsPerSecond: perRound, steadyMedian: steady[Math.floor(steady.length / 2)], serverCpuMicrosPerRelationship: cpuPerRel })}\n`,
    );
  }
  if (!server.pid) {
    // A server of yours: remove what this run wrote (relationships first: hubs hold too many for one transaction).
    const s2 = driver.session();
    try {
      await s2.run('MATCH ()-[r:CEILING_R]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
      await s2.run('MATCH (n:CeilingNode) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS');
      await s2.run('DROP CONSTRAINT ceiling_node_id IF EXISTS');
    } finally {
      await s2.close();
    }
  }
} finally {
  await driver.close();
  await server.stop();
}
