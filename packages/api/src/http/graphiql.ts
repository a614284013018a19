// GraphiQL served from this package's own node_modules (no CDN): works without internet.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import express, { type Router } from 'express';

const require = createRequire(import.meta.url);
const dirOf = (pkg: string): string => dirname(require.resolve(`${pkg}/package.json`));

export const GRAPHIQL_ASSETS = '/graphiql-assets';

/** Static routes for the UMD builds GraphiQL needs. */
export function graphiqlAssets(): Router {
  const r = express.Router();
  const opts = { immutable: true, maxAge: '1d', index: false } as const;
  r.use(`${GRAPHIQL_ASSETS}/react`, express.static(join(dirOf('react'), 'umd'), opts));
  r.use(`${GRAPHIQL_ASSETS}/react-dom`, express.static(join(dirOf('react-dom'), 'umd'), opts));
  r.use(`${GRAPHIQL_ASSETS}/graphiql`, express.static(dirOf('graphiql'), opts));
  return r;
}

const DEFAULT_QUERY = `# Who said what about whom. Ctrl-Enter runs the query.
query WhoSaidWhat($name: String = "China") {
  entityByName(name: $name) {
    id
    name
    claims(first: 5) {
      totalCount
      edges {
        node {
          text
          date
          outletCount
          about { edges { node { ... on Entity { name } } } }
        }
      }
    }
  }
}
`;

/** GraphiQL's bootstrap: the page's only inline script (the CSP allows it by hash). */
export function graphiqlScript(endpoint: string): string {
  return `
  const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher,
    defaultQuery: ${JSON.stringify(DEFAULT_QUERY)},
    defaultHeaders: '{ "x-api-key": "" }',
    shouldPersistHeaders: false,
  }));
`;
}

export function graphiqlHtml(endpoint: string): string {
  const a = GRAPHIQL_ASSETS;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>News knowledge graph · GraphiQL</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${a}/graphiql/graphiql.min.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="${a}/react/react.production.min.js"></script>
<script src="${a}/react-dom/react-dom.production.min.js"></script>
<script src="${a}/graphiql/graphiql.min.js"></script>
<script>${graphiqlScript(endpoint)}</script>
</body>
</html>`;
}
