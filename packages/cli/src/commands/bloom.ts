import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('bloom')
    .description('Print a Neo4j Bloom perspective for the graph, to import in Bloom (pnpm -s kg bloom > perspective.json)')
    .option('-o, --output <file>', 'write the perspective to this file instead of stdout')
    .option('--compact', 'one line instead of indented JSON')
    .action(async (opts: { output?: string; compact?: boolean }) => {
      // Relative until @kg/cli lists @kg/explorer as a dependency.
      const { bloomPerspective } = await import('../../../explorer/src/bloom/index.js');
      const json = `${JSON.stringify(bloomPerspective(), null, opts.compact ? 0 : 2)}\n`;
      if (opts.output) {
        const { writeFileSync } = await import('node:fs');
        writeFileSync(opts.output, json);
        process.stderr.write(`kg bloom: wrote ${opts.output}\n`);
      } else {
        process.stdout.write(json);
      }
    });
}
