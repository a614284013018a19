// Throw-away data dirs for private test servers, tagged with the owning process so that a later run
// can delete what a killed run left behind.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stopNeo4jSync } from './launcher.js';
import { isAlive } from './proc.js';

const TMP_PREFIX = 'kg-neo4j-test-';
const OWNER_FILE = 'owner.pid';

/** A fresh empty data dir under os.tmpdir(), owned by this process. */
export function createTempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), TMP_PREFIX));
  writeFileSync(join(dir, OWNER_FILE), String(process.pid));
  return dir;
}

/** Stops and deletes temp data dirs whose owner process is gone (e.g. a SIGKILLed test run). */
export function sweepTempDataDirs(): void {
  let entries: string[];
  try {
    entries = readdirSync(tmpdir()).filter((e) => e.startsWith(TMP_PREFIX));
  } catch {
    return;
  }
  for (const e of entries) {
    const dir = join(tmpdir(), e);
    try {
      const owner = Number(readFileSync(join(dir, OWNER_FILE), 'utf8'));
      if (owner > 0 && isAlive(owner)) continue;
      stopNeo4jSync(dir);
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // no owner file yet (being created) or not ours: leave it
    }
  }
}
