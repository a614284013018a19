// Prints vitest's totals as one plain line ("tests: N passed, N failed, N skipped") for CI logs.
import { existsSync, readFileSync } from 'node:fs';

const file = 'test-output/vitest.json';
if (!existsSync(file)) {
  console.log('tests: 0 passed, 0 failed');
  process.exit(0);
}
const r = JSON.parse(readFileSync(file, 'utf8'));
const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`);
