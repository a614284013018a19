// Why the server stopped is always in its log: a signal, an uncaught error or an unhandled
// rejection each get one line before the process exits.
export interface Stoppable {
  close(): Promise<void>;
}

export interface StopHandlers {
  /** Removes the handlers (tests, or a caller that takes over). */
  dispose(): void;
}

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const SIGNAL_CODES: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

/**
 * Closes `target` (the server, then whatever `also` closes) and exits: 0 after a signal,
 * 1 after an uncaught error. A close that hangs is cut short after `graceMs`.
 */
export function stopOnSignalsAndErrors(
  target: Stoppable,
  opts: { log?: (line: string) => void; graceMs?: number; exit?: (code: number) => void } = {},
): StopHandlers {
  const log = opts.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  const exit = opts.exit ?? ((code: number) => process.exit(code));
  let stopping = false;
  const stop = (why: string, code: number): void => {
    log(`kg-api: stopping: ${why}`);
    if (stopping) return;
    stopping = true;
    const timer = setTimeout(() => {
      log(`kg-api: close did not finish within ${opts.graceMs ?? 10_000} ms; exiting`);
      exit(code || 1);
    }, opts.graceMs ?? 10_000);
    timer.unref();
    target
      .close()
      .catch((err: unknown) => log(`kg-api: error while closing: ${err instanceof Error ? err.message : String(err)}`))
      .finally(() => {
        clearTimeout(timer);
        log(`kg-api: stopped (exit code ${code})`);
        exit(code);
      });
  };
  const onSignal = (signal: NodeJS.Signals): void => stop(`received ${signal} (${SIGNAL_CODES[signal] ?? '?'})`, 0);
  const onError = (err: unknown): void =>
    stop(`uncaught error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`, 1);
  const onRejection = (reason: unknown): void =>
    stop(`unhandled promise rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`, 1);
  for (const s of SIGNALS) process.on(s, onSignal);
  process.on('uncaughtException', onError);
  process.on('unhandledRejection', onRejection);
  return {
    dispose() {
      for (const s of SIGNALS) process.off(s, onSignal);
      process.off('uncaughtException', onError);
      process.off('unhandledRejection', onRejection);
    },
  };
}
