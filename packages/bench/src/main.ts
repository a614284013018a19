// `pnpm bench <extract|ingest|api|all>`: runs a benchmark and prints its figures as JSON;
// each result is also written to bench-output/<name>.json for the closing notes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseOpts } from './options.js';

type Bench = (opts: Record<string, string>) => Promise<unknown>;
const BENCHES: Record<string, () => Promise<Bench>> = {
  extract: async () => (await import('./extract.js')).benchExtract as Bench,
  ingest: async () => (await import('./ingest.js')).benchIngest as Bench,
  api: async () => (await import('./api.js')).benchApi as Bench,
};

async function main(): Promise<void> {
  const [name = 'all', ...rest] = process.argv.slice(2);
  const names = name === 'all' ? Object.keys(BENCHES) : [name];
  const outDir = resolve(process.cwd(), 'bench-output');
  mkdirSync(outDir, { recursive: true });
  for (const n of names) {
    const load = BENCHES[n];
    if (!load) throw new Error(`unknown benchmark "${n}"; one of: ${Object.keys(BENCHES).join(', ')}, all`);
    const result = await (await load())(parseOpts(rest));
    writeFileSync(resolve(outDir, `${n}.json`), `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(`${n}: ${JSON.stringify(result, null, 2)}\n`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exitCode = 1;
});
