// Progress on stderr: a cli-progress bar with articles/s and ETA on a terminal, periodic plain lines
// otherwise (CI logs, pipes), nothing in quiet mode. Error lines go through here so they do not tear the bar.
import cliProgress from 'cli-progress';

export type ProgressMode = 'auto' | 'bar' | 'log' | 'none';

export interface ProgressCounts {
  done: number;
  total?: number | undefined;
  new: number;
  unchanged: number;
  replaced: number;
  failed: number;
}

export interface Progress {
  update(c: ProgressCounts): void;
  /** One line (an error or a notice), printed above the bar. */
  line(text: string): void;
  stop(): void;
}

export function createProgress(mode: ProgressMode = 'auto', stream: NodeJS.WriteStream = process.stderr): Progress {
  const resolved = mode === 'auto' ? (stream.isTTY ? 'bar' : 'log') : mode;
  const t0 = Date.now();
  const rate = (done: number): string => (done / Math.max((Date.now() - t0) / 1000, 0.001)).toFixed(1);
  if (resolved === 'none') return { update: () => {}, line: (t) => stream.write(`${t}\n`), stop: () => {} };
  if (resolved === 'log') {
    let last = 0;
    let printed = '';
    const print = (c: ProgressCounts): void => {
      const total = c.total !== undefined ? `/${c.total}` : '';
      const line = `ingest: ${c.done}${total} articles (new ${c.new}, unchanged ${c.unchanged}, replaced ${c.replaced}, failed ${c.failed})`;
      if (line === printed) return;
      printed = line;
      stream.write(`${line}, ${rate(c.done)} articles/s\n`);
    };
    let latest: ProgressCounts | undefined;
    return {
      update(c) {
        latest = c;
        if (Date.now() - last >= 5_000) {
          last = Date.now();
          print(c);
        }
      },
      line: (t) => stream.write(`${t}\n`),
      stop() {
        if (latest && Date.now() - t0 >= 5_000) print(latest);
      },
    };
  }
  const multi = new cliProgress.MultiBar(
    {
      stream,
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 200,
      format: '{bar} {value}/{total} articles | {rate} articles/s | ETA {eta_formatted} | new {new}, unchanged {unchanged}, replaced {replaced}, failed {failed}',
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = multi.create(0, 0, { rate: '0', new: 0, unchanged: 0, replaced: 0, failed: 0 });
  return {
    update(c) {
      bar.setTotal(Math.max(c.total ?? c.done, c.done));
      bar.update(c.done, { rate: rate(c.done), new: c.new, unchanged: c.unchanged, replaced: c.replaced, failed: c.failed });
    },
    line: (t) => multi.log(`${t}\n`),
    stop: () => multi.stop(),
  };
}
