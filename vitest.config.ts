import { defineConfig } from 'vitest/config';

// Two projects: pure unit tests run in parallel; tests that need the real Neo4j
// (*.int.test.ts, *.e2e.test.ts) share one server started by the global setup and run one file at a time.
export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-output/vitest.json' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/test/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/*.e2e.test.ts', '**/node_modules/**'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['packages/*/test/**/*.int.test.ts', 'packages/*/test/**/*.e2e.test.ts'],
          globalSetup: ['packages/neo4j-local/src/vitest-global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
