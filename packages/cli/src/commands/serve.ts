import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('serve')
    .description('(not built yet)')
    .action(() => {
      throw new Error('kg serve is not built yet');
    });
}
