// Bounded exponential back-off for writes when Neo4j goes away mid-run. Only connection-level and
// transient server errors are retried; a bad statement fails at once (retrying cannot fix it).

export function isTransient(err: unknown): boolean {
  const e = err as { code?: string; retryable?: boolean; retriable?: boolean; cause?: unknown } | null;
  if (!e || typeof e !== 'object') return false;
  if (e.retryable === true || e.retriable === true) return true;
  const code = String(e.code ?? '');
  if (['ServiceUnavailable', 'SessionExpired', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH'].includes(code)) return true;
  if (code.startsWith('Neo.TransientError.')) return true;
  if (/Neo\.ClientError\.Cluster\.NotALeader|Neo\.DatabaseError\.General\.UnknownError/.test(code)) return false;
  return e.cause !== undefined && e.cause !== err ? isTransient(e.cause) : false;
}

export interface RetryOptions {
  /** Give up once this much time has been spent waiting (default 60 s). */
  budgetMs?: number;
  initialDelayMs?: number;
  maxDelayMs?: number;
  onRetry?: (err: unknown, attempt: number, delayMs: number) => void;
  sleep?: (ms: number) => Promise<void>;
}

/** Delays of successive attempts: doubling from `initial`, capped at `max`, summing to at most `budget`. */
export function backoffDelays(budget: number, initial = 500, max = 8_000): number[] {
  const out: number[] = [];
  let total = 0;
  let d = initial;
  while (total + d <= budget) {
    out.push(d);
    total += d;
    d = Math.min(d * 2, max);
  }
  if (total < budget) out.push(budget - total);
  return out;
}

export class RetriesExhaustedError extends Error {
  readonly attempts: number;
  readonly lastError: unknown;
  constructor(attempts: number, waitedMs: number, lastError: unknown) {
    const why = lastError instanceof Error ? lastError.message.split('\n')[0] : String(lastError);
    super(`gave up after ${attempts} attempts over ${Math.round(waitedMs / 1000)} s: ${why}`);
    this.name = 'RetriesExhaustedError';
    this.attempts = attempts;
    this.lastError = lastError;
  }
}

const realSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function withRetry<T>(fn: () => Promise<T>, opts: RetryOptions = {}): Promise<T> {
  const delays = backoffDelays(opts.budgetMs ?? 60_000, opts.initialDelayMs, opts.maxDelayMs);
  const sleep = opts.sleep ?? realSleep;
  let waited = 0;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (!isTransient(err)) throw err;
      const delay = delays[attempt - 1];
      if (delay === undefined) throw new RetriesExhaustedError(attempt, waited, err);
      opts.onRetry?.(err, attempt, delay);
      await sleep(delay);
      waited += delay;
    }
  }
}
