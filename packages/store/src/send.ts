// Sending a batch's statements: each statement takes one list parameter, `$rows`, and is sent only when
// the list has rows, so the parameter types of a statement never vary between batches and its cached plan
// is reused (Neo4j caches plans by parameter types: a statement with several lists re-planned, 1–2 s,
// for every new mix of empty and non-empty lists). Statements are pipelined: none returns anything the
// next needs; `settle` collects the outcomes. KG_STORE_PROFILE=1 times each statement instead.
import type { Tx } from './session.js';

export const PROFILE = process.env.KG_STORE_PROFILE === '1' || process.env.KG_STORE_PROFILE === 'plan';
const PLANS = process.env.KG_STORE_PROFILE === 'plan';
export const profile = new Map<string, number>();

interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments?: { Details?: string };
  children: PlanNode[];
}

/** The operators of a profiled plan with their db hits, one per line (KG_STORE_PROFILE=plan). */
function planLines(p: PlanNode, depth = 0): string[] {
  const details = String(p.arguments?.Details ?? '').replace(/\s+/g, ' ').slice(0, 90);
  return [`${'  '.repeat(depth)}${p.operatorType} rows=${p.rows} dbHits=${p.dbHits} ${details}`, ...p.children.flatMap((c) => planLines(c, depth + 1))];
}

/** KG_STORE_PROFILE=1: time every statement; =plan: also print each statement's profiled plan. */
function profiled(tx: Tx): Tx {
  // Statements run one after another here (no pipelining), so each one's time is its own.
  let previous: Promise<unknown> = Promise.resolve();
  return {
    run: (async (cypher: string, params?: Record<string, unknown>) => {
      const before = previous;
      let done!: () => void;
      previous = new Promise<void>((r) => (done = r));
      await before.catch(() => undefined);
      try {
        return await timed(cypher, params);
      } finally {
        done();
      }
    }) as unknown as Tx['run'],
  };
  async function timed(cypher: string, params?: Record<string, unknown>) {
    const t0 = performance.now();
    const res = await tx.run(PLANS ? `PROFILE ${cypher}` : cypher, params);
    const ms = performance.now() - t0;
    const key = cypher.replace(/\s+/g, ' ').slice(0, 100);
    profile.set(key, (profile.get(key) ?? 0) + ms);
    const plan = PLANS ? (res.summary.profile as unknown as PlanNode | false) : false;
    if (process.env.KG_STORE_PROFILE_CALLS) process.stderr.write(`${ms.toFixed(0).padStart(6)} ms ${key.slice(0, 60)}\n`);
    if (plan) process.stderr.write(`--- ${ms.toFixed(0)} ms ${key}\n${planLines(plan).join('\n')}\n`);
    return res;
  }
}

/** Waits for every pipelined statement; the first failure is rethrown once all have settled. */
export async function settle(pending: readonly Promise<unknown>[]): Promise<void> {
  const out = await Promise.allSettled(pending);
  const failed = out.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}


/** Sends `cypher` once per `size` rows (nothing when there are none); the promises go to `pending`. */
export function sendRows(tx: Tx, pending: Promise<unknown>[], cypher: string, rows: readonly unknown[], size: number): void {
  for (let i = 0; i < rows.length; i += size) pending.push(Promise.resolve(tx.run(cypher, { rows: rows.slice(i, i + size) })));
}

/** The transaction to send through: profiled (one statement at a time, timed) when KG_STORE_PROFILE is set. */
export function sender(tx: Tx): Tx {
  return PROFILE ? profiled(tx) : tx;
}
