import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { config } from 'dotenv';

/** Reads `.env` from the working directory (then `.env.example` defaults); real environment variables win. */
export function loadEnv(cwd = process.cwd()): void {
  for (const f of ['.env', '.env.example']) {
    const p = resolve(cwd, f);
    if (existsSync(p)) config({ path: p, override: false, quiet: true });
  }
}
