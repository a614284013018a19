import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('bloom')
    .description('(not built yet)')
    .action(() => {
      throw new Error('kg bloom is not built yet');
    });
}
