// A counting semaphore whose waits end at a deadline: how many Neo4j sessions one request (or the
// whole server) may hold at once. A request with a thousand aliased lists queues behind its own
// slots instead of taking the whole connection pool, and gives up when its time is over.
import { ApiError } from '../errors.js';

export type Release = () => void;

interface Waiter {
  grant: (release: Release) => void;
  timer: NodeJS.Timeout;
}

export class Gate {
  private held = 0;
  private readonly queue: Waiter[] = [];

  constructor(readonly max: number) {
    if (!Number.isInteger(max) || max < 1) throw new RangeError('a gate needs at least one slot');
  }

  /** Slots in use now (tests and logs). */
  get inUse(): number {
    return this.held;
  }

  /** Resolves with a release function once a slot is free; rejects with TIMEOUT at `deadline` (epoch ms). */
  acquire(deadline: number): Promise<Release> {
    if (this.held < this.max) {
      this.held++;
      return Promise.resolve(this.releaser());
    }
    const left = deadline - Date.now();
    if (left <= 0) return Promise.reject(timedOut());
    return new Promise<Release>((resolve, reject) => {
      const waiter: Waiter = {
        grant: resolve,
        timer: setTimeout(() => {
          const i = this.queue.indexOf(waiter);
          if (i >= 0) this.queue.splice(i, 1);
          reject(timedOut());
        }, left),
      };
      this.queue.push(waiter);
    });
  }

  private releaser(): Release {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const next = this.queue.shift();
      if (next) {
        clearTimeout(next.timer);
        next.grant(this.releaser()); // the slot passes on: `held` is unchanged
      } else this.held--;
    };
  }
}

function timedOut(): ApiError {
  return new ApiError('TIMEOUT', 'The request ran out of time waiting for a database connection');
}

/** Runs `work` holding one slot of each gate (outer first); the slots are freed when it settles. */
export async function withSlots<T>(gates: readonly (Gate | undefined)[], deadline: number, work: () => Promise<T>): Promise<T> {
  const releases: Release[] = [];
  try {
    for (const g of gates) if (g) releases.push(await g.acquire(deadline));
    return await work();
  } finally {
    for (const r of releases.reverse()) r();
  }
}
