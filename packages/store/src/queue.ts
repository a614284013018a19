// A bounded FIFO between the extraction stage and the writer: a full queue makes the producer wait,
// which keeps memory flat however large the input is.

export class BoundedQueue<T> {
  private readonly items: T[] = [];
  private readonly waitingPush: (() => void)[] = [];
  private readonly waitingPop: ((v: IteratorResult<T>) => void)[] = [];
  private closed = false;
  private failure: unknown = undefined;

  constructor(readonly capacity: number) {
    if (capacity < 1) throw new Error('capacity must be at least 1');
  }

  get size(): number {
    return this.items.length;
  }

  /** Resolves once the item is queued; waits while the queue is full. */
  async push(item: T): Promise<void> {
    while (this.items.length >= this.capacity && !this.closed) {
      await new Promise<void>((r) => this.waitingPush.push(r));
    }
    if (this.failure !== undefined) throw this.failure;
    if (this.closed) throw new Error('queue is closed');
    const taker = this.waitingPop.shift();
    if (taker) taker({ value: item, done: false });
    else this.items.push(item);
  }

  /** Next item, or done once closed and drained. */
  async pop(): Promise<IteratorResult<T>> {
    const item = this.items.shift();
    if (item !== undefined) {
      this.waitingPush.shift()?.();
      return { value: item, done: false };
    }
    if (this.closed) return { value: undefined, done: true };
    return new Promise((r) => this.waitingPop.push(r));
  }

  /** No more items; consumers drain what is left. */
  close(): void {
    this.closed = true;
    for (const r of this.waitingPop.splice(0)) r({ value: undefined, done: true });
    for (const r of this.waitingPush.splice(0)) r();
  }

  /** The consumer failed: producers waiting or pushing get `err`. */
  fail(err: unknown): void {
    this.failure = err;
    this.close();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    for (;;) {
      const r = await this.pop();
      if (r.done) return;
      yield r.value;
    }
  }
}
