// Whole-graph readers for tests, the CLI summary and benchmarks.
import type { Driver } from 'neo4j-driver';
import { openSession, readQuery, WRITE_LOCK_LABEL } from './session.js';

// The writers' lock node is bookkeeping, not part of the graph: counts and dumps leave it out.
const GRAPH_NODE = `NOT n:${WRITE_LOCK_LABEL}`;

export interface GraphCounts {
  nodes: number;
  relationships: number;
  byLabel: Record<string, number>;
  byType: Record<string, number>;
}

export async function countGraph(driver: Driver): Promise<GraphCounts> {
  const labels = await readQuery<{ label: string; n: number }>(
    driver,
    `MATCH (n) WHERE ${GRAPH_NODE} UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label`,
  );
  const types = await readQuery<{ type: string; n: number }>(
    driver,
    'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type',
  );
  const [totals] = await readQuery<{ nodes: number; rels: number }>(
    driver,
    `CALL () { MATCH (n) WHERE ${GRAPH_NODE} RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels`,
  );
  return {
    nodes: Number(totals?.nodes ?? 0),
    relationships: Number(totals?.rels ?? 0),
    byLabel: Object.fromEntries(labels.map((l) => [l.label, Number(l.n)])),
    byType: Object.fromEntries(types.map((t) => [t.type, Number(t.n)])),
  };
}

export interface DumpNode {
  labels: string[];
  props: Record<string, unknown>;
}

export interface DumpRelationship {
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

export interface GraphDump {
  nodes: DumpNode[];
  relationships: DumpRelationship[];
}

/** Keys sorted recursively so that equal graphs serialise to equal JSON. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object' && value.constructor === Object) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A canonical dump: nodes keyed by their `id` property, relationships by (type, from id, to id), all
 * sorted, internal element ids left out. Two dumps are equal exactly when the graphs are.
 */
export async function dumpGraph(driver: Driver): Promise<GraphDump> {
  const nodes = await readQuery<{ labels: string[]; props: Record<string, unknown> }>(
    driver,
    `MATCH (n) WHERE ${GRAPH_NODE} RETURN labels(n) AS labels, properties(n) AS props`,
  );
  const rels = await readQuery<{ type: string; from: string; to: string; props: Record<string, unknown> }>(
    driver,
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props',
  );
  const outNodes = nodes
    .map((n) => ({ labels: [...n.labels].sort(), props: canonical(n.props) as Record<string, unknown> }))
    .map((n) => ({ n, key: `${String(n.props.id)}|${n.labels.join(',')}|${JSON.stringify(n.props)}` }))
    .sort((a, b) => cmp(a.key, b.key))
    .map((x) => x.n);
  const outRels = rels
    .map((r) => ({ type: r.type, from: String(r.from), to: String(r.to), props: canonical(r.props) as Record<string, unknown> }))
    .map((r) => ({ r, key: `${r.type}|${r.from}|${r.to}|${JSON.stringify(r.props)}` }))
    .sort((a, b) => cmp(a.key, b.key))
    .map((x) => x.r);
  return { nodes: outNodes, relationships: outRels };
}

/** Deletes everything, in batches so a large graph does not need one huge transaction. Tests only. */
export async function wipeDatabase(driver: Driver): Promise<void> {
  const session = openSession(driver);
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}
