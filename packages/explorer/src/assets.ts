// Where the explorer page lives on disk, for the API server to serve at `/`.
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** Absolute path of `packages/explorer/public` (index.html, js/, css). */
export function explorerPublicDir(): string {
  return resolve(here, '..', 'public');
}

/** url path (as the page requests it) → absolute file path, for third-party files the page loads. */
export function explorerVendorFiles(): Record<string, string> {
  return { '/vendor/cytoscape.min.js': require.resolve('cytoscape/dist/cytoscape.min.js') };
}

/**
 * The folder to mount at `/`. Vendor files are copied into it (public/vendor/, git-ignored) when missing
 * or older than the installed package, so one static mount serves the whole page with no CDN.
 */
export function explorerAssetsDir(): string {
  const dir = explorerPublicDir();
  for (const [url, src] of Object.entries(explorerVendorFiles())) {
    const dest = join(dir, ...url.split('/').filter(Boolean));
    if (!existsSync(dest) || statSync(dest).mtimeMs < statSync(src).mtimeMs || statSync(dest).size !== statSync(src).size) {
      mkdirSync(dirname(dest), { recursive: true });
      copyFileSync(src, dest);
    }
  }
  return dir;
}
