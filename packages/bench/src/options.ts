// `--key=value` (or a bare `--flag`, read as "true") command-line options of the benchmarks and scripts;
// a bare argument is the folder to run on (`corpus`).
export function parseOpts(args: readonly string[] = process.argv.slice(2)): Record<string, string> {
  const opts: Record<string, string> = {};
  for (const a of args) {
    const m = /^--([\w-]+)(?:=(.*))?$/.exec(a);
    if (m?.[1]) opts[m[1]] = m[2] ?? 'true';
    else if (!a.startsWith('-')) opts.corpus = a;
  }
  return opts;
}
