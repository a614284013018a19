import type { CypherRunner } from './db/runner.js';
import { Loaders } from './loaders.js';
import type { MutationServices } from './services.js';
import { Gate } from './db/gate.js';

/** Everything a resolver may use; one per request. */
export interface ApiContext {
  runner: CypherRunner;
  loaders: Loaders;
  /** Epoch ms when the request times out (each transaction gets the remainder). */
  deadline: number;
  /** True when the request may run mutations. */
  canWrite: boolean;
  services: MutationServices;
}

export function createContext(opts: {
  runner: CypherRunner;
  timeoutMs: number;
  canWrite: boolean;
  services: MutationServices;
  /** Neo4j sessions the request may hold at once. */
  maxSessions?: number;
}): ApiContext {
  const deadline = Date.now() + opts.timeoutMs;
  const gate = new Gate(opts.maxSessions ?? 4);
  return {
    runner: opts.runner,
    deadline,
    canWrite: opts.canWrite,
    services: opts.services,
    loaders: new Loaders(opts.runner, () => ({ deadline, gate })),
  };
}
