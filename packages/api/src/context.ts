import type { CypherRunner } from './db/runner.js';
import { Loaders } from './loaders.js';
import type { MutationServices } from './services.js';

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
}): ApiContext {
  const deadline = Date.now() + opts.timeoutMs;
  return {
    runner: opts.runner,
    deadline,
    canWrite: opts.canWrite,
    services: opts.services,
    loaders: new Loaders(opts.runner, () => ({ deadline })),
  };
}
