// @kg/explorer: the browser page served by the API at `/`, and the Neo4j Bloom perspective.
export { explorerAssetsDir, explorerPublicDir, explorerVendorFiles } from './assets.js';
export * from './bloom/index.js';
