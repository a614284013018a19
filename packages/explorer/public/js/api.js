// The page's only data source: the GraphQL API at POST /graphql. All queries live here, so adapting to
// the schema means editing this file only (test/queries.test.ts validates them against schema.graphql).

export const SEARCH = `query ExplorerSearch($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    edges { node { id name type aliases } }
  }
}`;

export const NEIGHBORHOOD = `query ExplorerNeighborhood($id: ID!, $depth: Int!, $limit: Int!, $claims: Int!) {
  neighborhood(id: $id, depth: $depth, limit: $limit, claims: $claims) {
    nodes { id type labels caption date }
    edges {
      id source target type negated hedged evidenceCount date
      evidenceSentences { sentence article { id title source publishedAt dateline } }
    }
    truncated
  }
}`;

export const PATHS = `query ExplorerPaths($from: ID!, $to: ID!, $maxHops: Int!, $predicates: [Predicate!]) {
  paths(from: $from, to: $to, maxHops: $maxHops, predicates: $predicates, first: 1) {
    totalCount
    edges { node {
      length
      nodes { id name type labels aliases }
      steps {
        forward
        from { id }
        to { id }
        relation {
          id predicate negated hedged evidenceCount
          evidence(first: 10) { edges { node { sentence article { id title source publishedAt dateline } } } }
        }
      }
    } }
  }
}`;

export const PING = `query ExplorerPing { __typename }`;

// Article.name and Article.path are never asked for: a path on the server must not reach the page.
const CLAIM_FIELDS = `
  id text caption kind date saidAt articleCount outletCount outlets
  reportedIn(first: 20) {
    totalCount
    edges { text date node { id title source publishedAt dateline } evidence { sentence start end } }
  }`;

const CLAIM_PAGE = `totalCount pageInfo { hasNextPage endCursor } edges { node { ${CLAIM_FIELDS} speaker { id name } } }`;

/** One page of what an entity said (`about: false`) or what was said about it (`about: true`). */
export const ENTITY_CLAIMS = `query ExplorerEntityClaims($id: ID!, $first: Int, $after: String, $from: LocalDate, $to: LocalDate, $about: Boolean!) {
  entity(id: $id) {
    id name type aliases
    claims(first: $first, after: $after, from: $from, to: $to) @skip(if: $about) { ${CLAIM_PAGE} }
    claimsAbout(first: $first, after: $after, from: $from, to: $to) @include(if: $about) { ${CLAIM_PAGE} }
  }
}`;

export const CLAIM = `query ExplorerClaim($id: ID!) {
  claim(id: $id) { ${CLAIM_FIELDS} speaker { id name type labels } }
}`;

/** Claims by their words (the API's full-text index), for the claim search box. */
export const CLAIM_SEARCH = `query ExplorerClaimSearch($text: String!, $first: Int) {
  claims(filter: { text: $text }, first: $first) {
    totalCount
    edges { node { id text caption kind date saidAt articleCount outletCount outlets speaker { id name type labels } } }
  }
}`;

/** What a drawn claim node needs: corroboration counts, outlets, date, speaker and subjects. */
export const CLAIM_NODE = `query ExplorerClaimNode($id: ID!) {
  claim(id: $id) {
    id caption date saidAt articleCount outletCount outlets
    speaker { id name type labels }
    about(first: 10) { edges { node { ... on Entity { id name type labels } ... on Topic { id name } } } }
  }
}`;

/**
 * One page of what a speaker said; with `spokespeople`, also what the people holding a spokesperson role for
 * it said (the API's rule), so a ministry's page shows its spokeswoman's statements.
 */
export const SPEAKER_CLAIMS = `query ExplorerSpeakerClaims($speaker: String!, $spokespeople: Boolean!, $first: Int, $after: String) {
  claims(filter: { speaker: $speaker, includeSpokespeople: $spokespeople }, first: $first, after: $after) { ${CLAIM_PAGE} }
}`;

/** An article with the claims it carries and, for each, the sentence and wording in this article. */
export const ARTICLE = `query ExplorerArticle($id: ID!) {
  article(id: $id) {
    id title source publishedAt dateline url
    claims(first: 50) {
      totalCount
      edges { node { id text kind speaker { id name } reportedIn(first: 20) { edges { text node { id } evidence { sentence start end } } } } }
    }
  }
}`;

/** An error for the page to show: `kind` says whether the API was unreachable or answered with errors. */
export class ApiError extends Error {
  constructor(kind, message) {
    super(message);
    this.kind = kind;
  }
}

// In-flight requests, mirrored on <body data-busy> so tests (and styles) can tell when the page is idle.
let inFlight = 0;
function track(delta) {
  inFlight += delta;
  document.body.dataset.busy = String(inFlight);
}

/** Runs a query; throws an ApiError with the server's message when the response carries errors. */
export async function graphql(query, variables) {
  track(1);
  try {
    let res;
    try {
      res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
    } catch {
      throw new ApiError('unreachable', 'The API cannot be reached (network error). Is the server running?');
    }
    let body;
    try {
      body = await res.json();
    } catch {
      throw new ApiError(res.ok ? 'error' : 'unreachable', `The API answered HTTP ${res.status} without a GraphQL response.`);
    }
    if (body.errors && body.errors.length) throw new ApiError('error', `The API returned an error: ${body.errors.map((e) => e.message).join('; ')}`);
    if (!res.ok) throw new ApiError('error', `The API answered HTTP ${res.status}.`);
    return body.data;
  } finally {
    track(-1);
  }
}

const nodesOf = (connection) => (connection && connection.edges ? connection.edges.map((e) => e.node) : []);

/** A claim with its reports flattened: outlets, and one evidence entry per reporting article. */
function flattenClaim(c) {
  const reports = c.reportedIn && c.reportedIn.edges ? c.reportedIn.edges : [];
  return {
    ...c,
    reports: reports.map((r) => ({ article: r.node, text: r.text, date: r.date, sentence: r.evidence ? r.evidence.sentence : null })),
  };
}

export async function searchEntities(text, first = 10) {
  const data = await graphql(SEARCH, { text, first });
  return nodesOf(data.search);
}

/** Cheap round trip: does the API answer? */
export async function ping() {
  await graphql(PING, {});
}

/** Evidence sentences in the page's shape: sentence plus the article it comes from. */
const evidenceOf = (list) => (list || []).map((e) => ({ sentence: e.sentence, article: e.article || null }));

/** An article's date as the API dates facts: published, else the dateline's. */
export const articleDate = (a) => (a && (a.publishedAt || a.dateline) ? String(a.publishedAt || a.dateline).slice(0, 10) : null);

/** The entity's surroundings: nodes (entities and its latest claims) and edges. */
export async function neighborhood(id, { depth = 1, limit = 40, claims = 8 } = {}) {
  const data = await graphql(NEIGHBORHOOD, { id, depth, limit, claims });
  const hood = data.neighborhood || { nodes: [], edges: [], truncated: false };
  return {
    ...hood,
    nodes: hood.nodes.map((n) => ({ ...n, name: n.caption })),
    edges: hood.edges.map(({ evidenceSentences, ...e }) => ({ ...e, evidence: evidenceOf(evidenceSentences) })),
  };
}

/**
 * The shortest path from `from` to `to` (null when none within `maxHops`), as graph nodes and edges shaped
 * like the neighbourhood's. A fact's date is the earliest date among the evidence fetched (first 10).
 */
export async function shortestPath(from, to, { maxHops = 4, predicates = null } = {}) {
  const data = await graphql(PATHS, { from, to, maxHops, predicates });
  const path = nodesOf(data.paths)[0];
  if (!path) return null;
  const edges = path.steps.map((s) => {
    const r = s.relation;
    const evidence = evidenceOf(nodesOf(r.evidence));
    const dates = evidence.map((x) => articleDate(x.article)).filter(Boolean).sort();
    return {
      id: r.id,
      source: s.forward ? s.from.id : s.to.id,
      target: s.forward ? s.to.id : s.from.id,
      type: r.predicate,
      negated: r.negated,
      hedged: r.hedged,
      evidenceCount: r.evidenceCount,
      date: dates[0] || null,
      evidence: evidence.slice(0, 3),
    };
  });
  return { length: path.length, nodes: path.nodes, edges, total: data.paths.totalCount };
}

/** A claim with its reports flattened and its date for the time filters (when said, else first reported). */
function claimOf(c) {
  const flat = flattenClaim(c);
  return { ...flat, when: c.saidAt || c.date || null, reportCount: c.reportedIn ? c.reportedIn.totalCount : flat.reports.length };
}

/**
 * One page of an entity's claims (`about`: claims about it, else claims it made), optionally within
 * dates; `after` continues a previous page. Returns null for an unknown entity.
 */
export async function entityClaimPage(id, { about = false, first = 30, after = null, from = null, to = null } = {}) {
  const data = await graphql(ENTITY_CLAIMS, { id, first, after, from: from || null, to: to || null, about });
  if (!data.entity) return null;
  const conn = about ? data.entity.claimsAbout : data.entity.claims;
  return {
    entity: { id: data.entity.id, name: data.entity.name, type: data.entity.type, aliases: data.entity.aliases },
    total: conn.totalCount,
    next: conn.pageInfo.hasNextPage ? conn.pageInfo.endCursor : null,
    claims: nodesOf(conn).map(claimOf),
  };
}

const ALL_PAGE = 40;
/**
 * Every claim of a list, page after page: `page(first, after)` is entityClaimPage or speakerClaimPage bound
 * to its entity (40 at a time: with 20 reports each, a page stays under the API's complexity limit).
 */
export async function allClaims(page) {
  const out = [];
  let after = null;
  let total;
  do {
    const p = await page(ALL_PAGE, after);
    if (!p) return null;
    out.push(...p.claims);
    total = p.total;
    after = p.next;
  } while (after);
  return { total, claims: out };
}

export async function claimById(id) {
  const data = await graphql(CLAIM, { id });
  return data.claim ? claimOf(data.claim) : null;
}

/** Claims whose words match `text`, best first. */
export async function searchClaims(text, first = 10) {
  const data = await graphql(CLAIM_SEARCH, { text, first });
  return { total: data.claims.totalCount, claims: nodesOf(data.claims).map((c) => ({ ...c, when: c.saidAt || c.date || null })) };
}

/** Details of claim nodes, one request per claim, in parallel (a neighbourhood draws at most a few). */
export async function claimNodes(ids) {
  const rows = await Promise.all(ids.map((id) => graphql(CLAIM_NODE, { id })));
  return rows.map((r) => r.claim).filter(Boolean).map((c) => ({ ...c, when: c.saidAt || c.date || null, about: nodesOf(c.about) }));
}

/** One page of a speaker's claims (and its spokespeople's with `spokespeople`), newest first. */
export async function speakerClaimPage(id, { spokespeople = false, first = 30, after = null } = {}) {
  const data = await graphql(SPEAKER_CLAIMS, { speaker: id, spokespeople, first, after });
  const conn = data.claims;
  return { total: conn.totalCount, next: conn.pageInfo.hasNextPage ? conn.pageInfo.endCursor : null, claims: nodesOf(conn).map(claimOf) };
}

/** An article and its claims, each with this article's sentence and wording, in reading order. */
export async function articleView(id) {
  const data = await graphql(ARTICLE, { id });
  const a = data.article;
  if (!a) return null;
  const claims = nodesOf(a.claims).map((c) => {
    const here = (c.reportedIn.edges || []).find((r) => r.node && r.node.id === id);
    return { id: c.id, text: c.text, kind: c.kind, speaker: c.speaker, wording: here ? here.text : c.text, sentence: here && here.evidence ? here.evidence.sentence : null, start: here && here.evidence ? here.evidence.start : null };
  });
  claims.sort((x, y) => (x.start ?? Infinity) - (y.start ?? Infinity) || (x.id < y.id ? -1 : 1));
  return { ...a, total: a.claims.totalCount, claims };
}
