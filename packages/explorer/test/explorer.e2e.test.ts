/* eslint-disable @typescript-eslint/no-explicit-any -- page state read through page.evaluate is untyped */
// The explorer page in a real browser against the real API and a real Neo4j: ingest the seed articles,
// start the API in-process, search, click, read claims. Any console error or page error fails the test.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extractCorpus } from '@kg/extractor';
import { ensureSchema, openDriver, wipeDatabase, writeExtraction } from '@kg/store';
import { startServer, type StartedServer } from '@kg/api';
import { explorerAssetsDir } from '../src/index.js';
import { launchChromium, type Browser } from './browser.js';
import { FIXTURE, FIXTURE_MINISTRY, FIXTURE_SPEAKER } from './e2e-fixture.js';
import { ENTITY_CLAIMS, NEIGHBORHOOD, SPEAKER_CLAIMS } from '../public/js/api.js';

const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const SEEDS = join(ROOT, 'seeds');
const OUT = join(ROOT, 'test-output');
const QUERY = 'Mao Ning';

const driver = openDriver();
let api: StartedServer;
let base: string;
let browser: Browser;
let page: Page;
const problems: string[] = [];
const foreignRequests: string[] = [];

beforeAll(async () => {
  await wipeDatabase(driver);
  await ensureSchema(driver);
  const docs = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ text: readFileSync(join(SEEDS, f), 'utf8'), meta: { path: `seeds/${f}` } }));
  const { extraction, errors } = extractCorpus(docs);
  expect(errors).toEqual([]);
  await writeExtraction(driver, extraction);
  // Invented claims from two outlets on three dates beside the seeds (which carry few of either).
  await writeExtraction(driver, FIXTURE);

  api = await startServer({ driver, port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${api.port}`;
  const probe = await fetch(`${base}/`);
  if (!probe.ok || !(await probe.text()).includes('id="graph"')) {
    // The API could not import @kg/explorer (not in its dependencies yet): mount it as the API would.
    console.warn('[explorer e2e] the API does not serve the explorer at / — mounting explorerAssetsDir() in the test');
    api.app.use('/', express.static(explorerAssetsDir()));
  }

  // Neo4j plans each query text once; on this small shared machine a first plan can take tens of seconds,
  // so the page's main queries are run once here, before any test waits on them.
  for (const [query, variables] of [
    [SPEAKER_CLAIMS, { speaker: 'person:ann-speaker', spokespeople: true, first: 10, after: null }],
    [ENTITY_CLAIMS, { id: 'person:ann-speaker', first: 10, after: null, from: null, to: null, about: true }],
    [NEIGHBORHOOD, { id: 'person:ann-speaker', depth: 1, limit: 40, claims: 8 }],
  ] as const) {
    await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  }

  browser = await launchChromium();
  page = await browser.context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`requestfailed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith('data:')) foreignRequests.push(r.url());
  });
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
  await driver.close();
});

/** Clicks a node on the canvas at its rendered position, like a user would. */
async function clickNode(id: string): Promise<void> {
  const pos = await page.evaluate((nodeId) => {
    const w = globalThis as unknown as { explorer: { cy: { getElementById(i: string): { renderedPosition(): { x: number; y: number } } } } };
    return w.explorer.cy.getElementById(nodeId).renderedPosition();
  }, id);
  const box = await page.locator('#graph').boundingBox();
  if (!box) throw new Error('graph container not visible');
  await page.mouse.click(box.x + pos.x, box.y + pos.y);
}

async function drawnNodes(): Promise<{ id: string; label: string; name: string }[]> {
  return page.evaluate(() => {
    const w = globalThis as unknown as { explorer: { cy: { nodes(): { map<T>(f: (n: { data(k: string): string }) => T): T[] } } } };
    return w.explorer.cy.nodes().map((n) => ({ id: n.data('id'), label: n.data('label'), name: n.data('name') }));
  });
}

/** Runs a GraphQL query against the API from the test (to choose inputs, never to stand in for the page). */
async function gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** How many updates the page has finished (`#graph[data-render]`, set after every draw, filter or panel change). */
async function renders(): Promise<number> {
  return Number((await page.locator('#graph').getAttribute('data-render')) ?? 0);
}

/** Waits until the page has finished an update after `since` and has no request in flight. */
async function settled(since: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const doc = (globalThis as any).document;
      return Number(doc.getElementById('graph')?.dataset.render ?? 0) > n && doc.body.dataset.busy === '0';
    },
    since,
    { timeout: 20_000 },
  );
}

async function idle(): Promise<void> {
  await page.waitForFunction(() => (globalThis as any).document.body.dataset.busy === '0', undefined, { timeout: 20_000 });
}

type EdgeInfo = {
  id: string;
  type: string;
  date: string | null;
  sentence: string | null;
  article: { title: string | null; source: string | null } | null;
  allDated: boolean;
  visible: boolean;
  x: number;
  y: number;
  clear: boolean;
};

/** The drawn fact edges with their first evidence sentence, whether visible, and a clickable point on each. */
async function factEdges(): Promise<EdgeInfo[]> {
  return page.evaluate(() => {
    const cy = (globalThis as any).explorer.cy;
    const claimEdges = new Set(['SAID', 'ABOUT', 'REPORTED_IN', 'MENTIONS']);
    const mids = cy.edges(':visible').map((e: any) => ({ id: e.id(), m: e.renderedMidpoint() }));
    return cy
      .edges()
      .filter((e: any) => !claimEdges.has(e.data('type')))
      .map((e: any) => {
        const m = e.renderedMidpoint();
        // A midpoint under a node (or its label), or near another edge's midpoint (and label), could
        // click something else.
        const clear =
          cy.nodes().every((n: any) => {
            const b = n.renderedBoundingBox({ includeLabels: true });
            return m.x < b.x1 - 4 || m.x > b.x2 + 4 || m.y < b.y1 - 4 || m.y > b.y2 + 4;
          }) && mids.every((o: any) => o.id === e.id() || Math.hypot(o.m.x - m.x, o.m.y - m.y) > 30);
        const ev = e.data('evidence') || [];
        const allDated = (e.data('members') || []).every((x: any) => Boolean(x.date));
        return { id: e.id(), type: e.data('type'), date: e.data('date') ?? null, sentence: ev[0]?.sentence ?? null, article: ev[0]?.article ?? null, allDated, visible: e.visible(), x: m.x, y: m.y, clear };
      });
  });
}

const isVisible = (edgeId: string) =>
  page.evaluate((id) => {
    const e = (globalThis as any).explorer.cy.getElementById(id);
    return { visible: e.visible(), filtered: e.hasClass('filtered') };
  }, edgeId);

/** Label boxes of the visible nodes (model coordinates), as Cytoscape computes them. */
async function labelBoxes(): Promise<{ id: string; box: { x1: number; y1: number; x2: number; y2: number } }[]> {
  return page.evaluate(() =>
    (globalThis as any).explorer.cy
      .nodes(':visible')
      .map((n: any) => {
        const b = n.boundingBox({ includeLabels: true, includeNodes: false, includeOverlays: false });
        return { id: n.id(), box: { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 } };
      })
      .filter((x: any) => x.box.x2 > x.box.x1 && x.box.y2 > x.box.y1),
  );
}

function overlapping(boxes: { id: string; box: { x1: number; y1: number; x2: number; y2: number } }[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i]!.box;
      const b = boxes[j]!.box;
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) out.push(`${boxes[i]!.id} × ${boxes[j]!.id}`);
    }
  }
  return out;
}

/** The drawn claim nodes with what the filters judge them by. */
async function claimNodes(): Promise<{ id: string; outlets: string[]; when: string | null; visible: boolean; size: number; articleCount: number }[]> {
  return page.evaluate(() =>
    (globalThis as any).explorer.cy.nodes('[label = "Claim"]').map((n: any) => ({
      id: n.id(),
      outlets: n.data('outlets') || [],
      when: n.data('when') || null,
      visible: n.visible(),
      size: n.width(),
      articleCount: n.data('articleCount') ?? 0,
    })),
  );
}

/** Loads the page afresh, picks `name` and expands one more entity: the "two expansions" state. */
async function twoExpansions(name = QUERY): Promise<{ first: string; second: string }> {
  await page.goto(`${base}/`);
  await page.waitForFunction(() => typeof (globalThis as any).explorer === 'object');
  await idle();
  await page.fill('#search', name);
  const hit = page.locator('#results li[data-id]', { hasText: name }).first();
  await hit.waitFor({ timeout: 15_000 });
  const first = (await hit.getAttribute('data-id'))!;
  let before = await renders();
  await hit.click();
  await page.waitForFunction((id) => (globalThis as any).explorer.cy.getElementById(id).hasClass('expanded'), first, { timeout: 20_000 });
  await settled(before);
  // The second expansion: the drawn entity (not the first) with the most connections, ties by id.
  const second = await page.evaluate((f) => {
    const cy = (globalThis as any).explorer.cy;
    const ents = cy.nodes('[label != "Claim"][label != "Topic"]').filter((n: any) => n.id() !== f);
    const sorted = ents.sort((a: any, b: any) => b.degree() - a.degree() || (a.id() < b.id() ? -1 : 1));
    return sorted.length ? sorted[0].id() : null;
  }, first);
  expect(second, 'a second entity to expand').toBeTruthy();
  before = await renders();
  await clickNode(second!);
  await page.waitForFunction((id) => (globalThis as any).explorer.cy.getElementById(id).hasClass('expanded'), second, { timeout: 20_000 });
  await settled(before);
  await idle();
  return { first, second: second! };
}

/** Text anywhere on the page that looks like a server file path. */
async function pathsOnPage(): Promise<string[]> {
  const text = await page.evaluate(() => (globalThis as any).document.body.innerText as string);
  const captions = await page.evaluate(() => (globalThis as any).explorer.cy.nodes().map((n: any) => String(n.data('caption'))).join('\n'));
  return [...`${text}\n${captions}`.matchAll(/\S*(?:\/|\\)\S*\.(?:txt|html?|json|md)\b|\S+\.txt\b/g)].map((m) => m[0]);
}

describe('explorer page', () => {
  it('loads offline with no errors', async () => {
    const res = await page.goto(`${base}/`);
    expect(res?.status()).toBe(200);
    await page.waitForFunction(() => typeof (globalThis as unknown as { explorer?: unknown }).explorer === 'object');
    expect(await page.locator('#legend .item').count()).toBeGreaterThanOrEqual(7);
    expect(problems).toEqual([]);
  });

  it('finds an entity by name, draws its neighbourhood, and lists its claims with their outlets on click', async () => {
    await page.fill('#search', QUERY);
    const hit = page.locator('#results li[data-id]', { hasText: QUERY }).first();
    await hit.waitFor({ timeout: 15_000 });
    const id = await hit.getAttribute('data-id');
    expect(id).toBeTruthy();
    await hit.click();

    await page.waitForFunction((nodeId) => {
      const w = globalThis as unknown as { explorer: { cy: { getElementById(i: string): { nonempty(): boolean } ; nodes(): { length: number } } } };
      return w.explorer.cy.getElementById(nodeId).nonempty() && w.explorer.cy.nodes().length > 1;
    }, id!);
    const nodes = await drawnNodes();
    expect(nodes.find((n) => n.id === id)?.name).toBe(QUERY);
    expect(nodes.length).toBeGreaterThan(1);

    // Click a neighbour, then the entity itself: the panel follows the clicked node.
    const other = nodes.find((n) => n.id !== id && n.label !== 'Claim');
    if (other) {
      await clickNode(other.id);
      await expect.poll(() => page.locator('#panel h3').first().textContent(), { timeout: 15_000 }).toBe(other.name);
    }
    await clickNode(id!);
    await expect.poll(() => page.locator('#panel h3').first().textContent(), { timeout: 15_000 }).toBe(QUERY);
    const claim = page.locator('#panel .claim').first();
    await claim.waitFor({ timeout: 45_000 });
    expect((await claim.locator('.text').textContent())!.length).toBeGreaterThan(10);
    const outlets = await page.locator('#panel .claim .outlet').allTextContents();
    expect(outlets.length).toBeGreaterThan(0);
    expect(outlets.every((o) => o.trim().length > 0)).toBe(true);
    expect(await page.locator('#panel .claim .evidence li').count()).toBeGreaterThan(0);

    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'explorer.png') });
    expect(problems).toEqual([]);
  });

  it('filters relations by type', async () => {
    await idle();
    const boxes = page.locator('#type-filters input[type=checkbox]');
    expect(await boxes.count()).toBeGreaterThan(0);
    const type = await boxes.first().getAttribute('data-type');
    const visible = () =>
      page.evaluate((t) => {
        const w = globalThis as unknown as { explorer: { cy: { edges(s: string): { filter(f: (e: { visible(): boolean }) => boolean): { length: number } } } } };
        return w.explorer.cy.edges(`[type = "${t}"]`).filter((e) => e.visible()).length;
      }, type!);
    expect(await visible()).toBeGreaterThan(0);
    const before = await renders();
    await boxes.first().uncheck();
    await settled(before);
    const state = await page.evaluate((t) => {
      const w = globalThis as unknown as { explorer: { cy: { edges(s: string): { map<T>(f: (e: { hasClass(c: string): boolean; style(k: string): string }) => T): T[] } } } };
      return w.explorer.cy.edges(`[type = "${t}"]`).map((e) => `${e.hasClass('filtered')}/${e.style('display')}`).join(',');
    }, type!);
    expect(await visible(), `${type} after uncheck: ${state}; checked=${await boxes.first().isChecked()}`).toBe(0);
    const again = await renders();
    await boxes.first().check();
    await settled(again);
    expect(await visible()).toBeGreaterThan(0);
  });

  it('shows the predicate, flags and evidence sentences of a clicked edge', async () => {
    await idle();
    const edges = (await factEdges()).filter((e) => e.visible && e.sentence);
    expect(edges.length, 'drawn fact edges with evidence').toBeGreaterThan(0);
    // Another edge's line can cross a midpoint, so try candidates (clear ones first) until a click
    // selects exactly the edge aimed at; the panel checks below are on that edge.
    const candidates = [...edges.filter((e) => e.clear), ...edges.filter((e) => !e.clear)].slice(0, 8);
    const box = await page.locator('#graph').boundingBox();
    let target = candidates[0]!;
    let selected: string[] = [];
    for (const candidate of candidates) {
      target = candidate;
      const before = await renders();
      await page.mouse.click(box!.x + target.x, box!.y + target.y);
      await settled(before).catch(() => undefined); // a click on empty canvas renders nothing
      selected = await page.evaluate(() => (globalThis as any).explorer.cy.edges(':selected').map((e: any) => e.id()));
      if (selected.length === 1 && selected[0] === target.id) break;
    }
    expect(selected).toEqual([target.id]);
    await expect.poll(() => page.locator('#panel .chip.predicate').textContent()).toBe(target.type);
    const sentences = await page.locator('#panel .edge-evidence li').allTextContents();
    expect(sentences.length).toBeGreaterThan(0);
    expect(sentences[0]).toContain(target.sentence!);
    // Each sentence names its article (title, else its name, and the outlet when the article has one).
    const src = await page.locator('#panel .edge-evidence li .src').first().textContent();
    // Named by its title (never by a file path), else as an untitled article.
    expect(src).toContain(`— ${target.article?.title || 'Untitled article'}`);
    if (target.article!.source) expect(src).toContain(`(${target.article!.source})`);
    expect(await page.locator('#panel [data-flag=negated]').count()).toBe(1);
    expect(await page.locator('#panel [data-flag=hedged]').count()).toBe(1);
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'explorer-edge.png') });
    expect(problems).toEqual([]);
  });

  it('hides an edge dated outside the date range, and shows it again when the range is cleared', async () => {
    await idle();
    const dated = (await factEdges()).filter((e) => e.visible && e.date && e.allDated);
    expect(dated.length, 'drawn fact edges with a date').toBeGreaterThan(0);
    const edge = dated[0]!;
    const dayBefore = new Date(Date.parse(`${edge.date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    let before = await renders();
    await page.fill('#date-to', dayBefore);
    await settled(before);
    expect(await isVisible(edge.id)).toEqual({ visible: false, filtered: true });
    // Entities are undated and stay.
    const entitiesShown = await page.evaluate(() => (globalThis as any).explorer.cy.nodes('[label != "Claim"]').every((n: any) => n.visible()));
    expect(entitiesShown).toBe(true);
    before = await renders();
    await page.fill('#date-to', edge.date!);
    await settled(before);
    expect(await isVisible(edge.id)).toEqual({ visible: true, filtered: false });
    before = await renders();
    await page.fill('#date-to', '');
    await settled(before);
  });

  it('draws and highlights the shortest path to a second entity picked in the path box', async () => {
    const found = await gql(`query($t: String!) { search(text: $t, first: 5) { edges { node { id name } } } }`, { t: QUERY });
    const start = found.search.edges.map((e: any) => e.node).find((n: any) => n.name === QUERY);
    expect(start).toBeTruthy();
    // A second entity two hops away if there is one (else one hop), that search finds by its name and
    // that the API confirms is connected.
    const hood = await gql(`query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 60) { nodes { id caption distance type } } }`, { id: start.id });
    const candidates = hood.neighborhood.nodes
      .filter((n: any) => n.distance > 0 && n.type !== 'Topic')
      .sort((a: any, b: any) => b.distance - a.distance);
    let target: { id: string; name: string } | null = null;
    let expected: { length: number } | null = null;
    for (const c of candidates) {
      const s = await gql(`query($t: String!) { search(text: $t, first: 10) { edges { node { id } } } }`, { t: c.caption });
      if (!s.search.edges.some((e: any) => e.node.id === c.id)) continue;
      const p = await gql(`query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxHops: 4, first: 1) { totalCount edges { node { length } } } }`, { a: start.id, b: c.id });
      if (p.paths.totalCount > 0) {
        target = { id: c.id, name: c.caption };
        expected = p.paths.edges[0].node;
        break;
      }
    }
    expect(target, 'an entity connected to the start').toBeTruthy();

    // The path starts at the selected entity.
    await idle();
    let before = await renders();
    await clickNode(start.id);
    await settled(before);
    await expect.poll(() => page.locator('#path-from strong').textContent()).toBe(QUERY);

    await page.fill('#path-search', target!.name);
    const hit = page.locator(`#path-results li[data-id="${target!.id}"]`);
    await hit.waitFor({ timeout: 15_000 });
    before = await renders();
    await hit.click();
    await settled(before);
    expect(await page.locator('#path-result .path-steps li').count()).toBe(expected!.length);
    const lit = await page.evaluate(() => {
      const cy = (globalThis as any).explorer.cy;
      return { nodes: cy.nodes('.on-path').map((n: any) => n.id()), edges: cy.edges('.on-path').length, dimmed: cy.elements('.dimmed').length };
    });
    expect(lit.nodes).toEqual(expect.arrayContaining([start.id, target!.id]));
    expect(lit.nodes).toHaveLength(expected!.length + 1);
    expect(lit.edges).toBe(expected!.length);

    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'explorer-path.png') });
    expect(problems).toEqual([]);
  });

  it('keeps drawn nodes in place when a node is expanded', async () => {
    await idle();
    const positions = () =>
      page.evaluate(() => Object.fromEntries((globalThis as any).explorer.cy.nodes().map((n: any) => [n.id(), n.position()])));
    const old = await positions();
    const next = await page.evaluate(() => {
      const cy = (globalThis as any).explorer.cy;
      const n = cy.nodes('[label != "Claim"]').filter((x: any) => !x.hasClass('expanded'))[0];
      return n ? n.id() : null;
    });
    if (!next) return;
    const before = await renders();
    await clickNode(next);
    await settled(before);
    const now = await positions();
    for (const [id, p] of Object.entries(old)) expect(now[id], id).toEqual(p);
  });

  it('says so clearly when the API is unreachable or answers with errors, without console errors', async () => {
    const p2 = await browser.context.newPage();
    const own: string[] = [];
    // Chromium itself logs every failed request ("Failed to load resource"); anything else is the page's.
    p2.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) own.push(m.text());
    });
    p2.on('pageerror', (e) => own.push(e.message));
    try {
      await p2.route('**/graphql', (r) => r.abort('connectionrefused'));
      await p2.goto(`${base}/`);
      await p2.locator('#error').waitFor({ state: 'visible', timeout: 15_000 });
      expect(await p2.locator('#error').textContent()).toMatch(/unreachable/i);
      expect(await p2.locator('#empty').isVisible()).toBe(true);
      mkdirSync(OUT, { recursive: true });
      await p2.screenshot({ path: join(OUT, 'explorer-error.png') });

      await p2.unroute('**/graphql');
      await p2.route('**/graphql', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ errors: [{ message: 'the database is down' }] }) }));
      await p2.locator('#error-retry').click();
      await expect.poll(() => p2.locator('#error').textContent()).toContain('the database is down');
      expect(await p2.locator('#error').isVisible()).toBe(true);

      await p2.unroute('**/graphql');
      await p2.locator('#error-retry').click();
      await p2.locator('#error').waitFor({ state: 'hidden', timeout: 15_000 });
    } finally {
      await p2.close();
    }
    expect(own).toEqual([]);
  });

  it('fetched nothing from outside the server and logged no errors', () => {
    expect(foreignRequests).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('explorer built around claims', () => {
  it('lays out two expansions deterministically, focus centred, with no overlapping labels and one edge per pair', async () => {
    const { first } = await twoExpansions();
    const boxes = await labelBoxes();
    expect(boxes.length, 'labelled nodes after two expansions').toBeGreaterThan(10);
    expect(overlapping(boxes)).toEqual([]);
    const pairs = await page.evaluate(() => (globalThis as any).explorer.cy.edges().map((e: any) => [e.source().id(), e.target().id()].sort().join('|')));
    expect(new Set(pairs).size).toBe(pairs.length);
    const positions = await page.evaluate(() => Object.fromEntries((globalThis as any).explorer.cy.nodes().map((n: any) => [n.id(), n.position()])));
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'explorer-layout.png') });
    // The same steps again give the same picture.
    await twoExpansions();
    const again = await page.evaluate(() => Object.fromEntries((globalThis as any).explorer.cy.nodes().map((n: any) => [n.id(), n.position()])));
    expect(again).toEqual(positions);
    // The first focus was drawn at the origin; every node is in view.
    expect(positions[first]).toEqual({ x: 0, y: 0 });
    const inView = await page.evaluate(() => {
      const cy = (globalThis as any).explorer.cy;
      const v = cy.extent();
      return cy.nodes().every((n: any) => {
        const b = n.boundingBox();
        return b.x1 >= v.x1 - 1 && b.x2 <= v.x2 + 1 && b.y1 >= v.y1 - 1 && b.y2 <= v.y2 + 1;
      });
    });
    expect(inView).toBe(true);
    expect(await pathsOnPage()).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('sizes claim nodes by corroboration and says "N articles · M outlets" on every claim card', async () => {
    const claims = await claimNodes();
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.articleCount, c.id).toBeGreaterThan(0);
    const bySize = claims.slice().sort((a, b) => a.articleCount - b.articleCount);
    const lo = bySize[0]!;
    const hi = bySize[bySize.length - 1]!;
    if (hi.articleCount > lo.articleCount) expect(hi.size).toBeGreaterThan(lo.size);
    await page.locator('#panel .claim').first().waitFor({ timeout: 15_000 });
    const cards = await page.locator('#panel .claim .corroboration').allTextContents();
    expect(cards.length).toBe(await page.locator('#panel .claim').count());
    for (const t of cards) expect(t).toMatch(/^\d+ articles? · \d+ outlets?$/);
  });

  it('finds claims by their words, draws the chosen one with its speaker, and shows its corroboration', async () => {
    // A word of one of QUERY's claims, chosen through the API (the page is what is tested).
    const found = await gql(`query($t: String!) { search(text: $t, first: 5) { edges { node { id name claims(first: 5) { edges { node { id text articleCount outletCount } } } } } } }`, { t: QUERY });
    const speaker = found.search.edges.map((e: any) => e.node).find((n: any) => n.name === QUERY);
    const claim = speaker.claims.edges.map((e: any) => e.node).sort((a: any, b: any) => b.articleCount - a.articleCount)[0];
    expect(claim, `a claim by ${QUERY}`).toBeTruthy();
    const word = (claim.text.match(/[A-Za-z]{5,}/g) as string[]).sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0]!;
    await page.fill('#claim-search', '');
    await page.fill('#claim-search', `${word}`);
    const hits = page.locator('#claim-results li[data-id]');
    await hits.first().waitFor({ timeout: 15_000 });
    const ids = await hits.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id')));
    expect(ids).toContain(claim.id);
    for (const t of await hits.allTextContents()) expect(t).toMatch(/\d+ articles? · \d+ outlets?/);
    const before = await renders();
    await page.locator(`#claim-results li[data-id="${claim.id}"]`).click();
    await settled(before);
    await expect.poll(() => page.locator(`#panel .claim[data-claim-id="${claim.id}"]`).count(), { timeout: 15_000 }).toBe(1);
    const line = await page.locator('#panel .claim .corroboration').first().textContent();
    expect(line).toBe(`${claim.articleCount} article${claim.articleCount === 1 ? '' : 's'} · ${claim.outletCount} outlet${claim.outletCount === 1 ? '' : 's'}`);
    const drawn = await page.evaluate((id) => {
      const n = (globalThis as any).explorer.cy.getElementById(id);
      return { drawn: n.nonempty(), speakers: n.incomers('node').map((x: any) => x.data('name')) };
    }, claim.id);
    expect(drawn.drawn).toBe(true);
    expect(drawn.speakers).toContain(QUERY);
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'explorer-claim-search.png') });
    expect(problems).toEqual([]);
  });

  it('opens an article from a claim: title, outlet, date and the claim marked in its sentence, no file path', async () => {
    const link = page.locator('#panel .claim .src.link').first();
    await link.waitFor({ timeout: 15_000 });
    const id = await link.getAttribute('data-article');
    const { article } = await gql(`query($id: ID!) { article(id: $id) { title source publishedAt dateline } }`, { id });
    const before = await renders();
    await link.click();
    await settled(before);
    await expect.poll(() => page.locator('#panel .article-title').textContent(), { timeout: 15_000 }).toBe(article.title || 'Untitled article');
    const meta = await page.locator('#panel .article-meta').textContent();
    if (article.source) expect(meta).toContain(article.source);
    const date = article.publishedAt || article.dateline;
    if (date) expect(meta).toContain(String(date).slice(0, 10));
    expect(await page.locator('#panel .article-claims li').count()).toBeGreaterThan(0);
    expect(await page.locator('#panel .article-claims mark').count()).toBeGreaterThan(0);
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'explorer-article.png') });
    expect(await pathsOnPage()).toEqual([]);
  });

  it('filters by outlet: graph and side panel hide claims no shown outlet carries', async () => {
    await twoExpansions(FIXTURE_SPEAKER);
    const chips = page.locator('#outlet-filters input[data-outlet]');
    expect(await chips.count(), 'outlet chips').toBeGreaterThan(1);
    // The outlet carrying the most drawn claims: unticking it must hide the claims only it carries.
    const outlet = (await chips.first().getAttribute('data-outlet'))!;
    const before = await renders();
    await chips.first().uncheck();
    await settled(before);
    const claims = await claimNodes();
    const only = claims.filter((c) => c.outlets.length && c.outlets.every((o) => o === outlet));
    expect(only.length, `claims carried only by ${outlet}`).toBeGreaterThan(0);
    for (const c of claims) expect(c.visible, c.id).toBe(!(c.outlets.length && c.outlets.every((o) => o === outlet)));
    // The panel (the second entity) lists no claim carried only by that outlet.
    const cards = await page.locator('#panel .claim').evaluateAll((els) => els.map((e) => [...e.querySelectorAll('.outlets .outlet')].map((o) => o.textContent)));
    for (const outlets of cards) expect(outlets.length === 0 || outlets.some((o) => o !== outlet)).toBe(true);
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'explorer-outlet-filter.png') });
    const again = await renders();
    await page.locator(`#outlet-filters input[data-outlet="${outlet}"]`).check();
    await settled(again);
    expect((await claimNodes()).every((c) => c.visible)).toBe(true);
  });

  it('narrows the claims with the time slider (by when said, else first reported), graph and panel alike', async () => {
    const claims = await claimNodes();
    const dates = [...new Set(claims.map((c) => c.when).filter(Boolean) as string[])].sort();
    expect(dates.length, 'distinct claim dates in view').toBeGreaterThan(1);
    expect(await page.locator('#timeline .bar').count()).toBeGreaterThan(1);
    // Drag the "to" handle to the start: only the earliest day's claims (and undated ones) stay.
    let before = await renders();
    await page.locator('#time-to').focus();
    await page.keyboard.press('Home');
    await settled(before);
    expect(await page.inputValue('#date-to')).toBe(dates[0]);
    for (const c of await claimNodes()) expect(c.visible, `${c.id} ${c.when}`).toBe(!c.when || c.when.slice(0, 10) <= dates[0]!);
    expect(await page.locator('#timeline .bar.in').count()).toBeGreaterThan(0);
    expect(await page.locator('#timeline .bar:not(.in)').count()).toBeGreaterThan(0);
    const panelDates = await page.locator('#panel .claim .line').allTextContents();
    for (const t of panelDates) {
      const d = t.match(/(?:said|first reported) (\d{4}-\d\d-\d\d)/);
      if (d) expect(d[1]! <= dates[0]!, t).toBe(true);
    }
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'explorer-time-slider.png') });
    before = await renders();
    await page.keyboard.press('End');
    await settled(before);
    expect(await page.inputValue('#date-to')).toBe('');
    expect((await claimNodes()).every((c) => c.visible)).toBe(true);
  });

  it('"Show all N" lists every claim of a section instead of cutting it', async () => {
    await page.goto(`${base}/`);
    await page.waitForFunction(() => typeof (globalThis as any).explorer === 'object');
    const found = await gql(`query($t: String!) { search(text: $t, first: 5) { edges { node { id name claims(first: 1) { totalCount } } } } }`, { t: FIXTURE_SPEAKER });
    const speaker = found.search.edges.map((e: any) => e.node).find((n: any) => n.name === FIXTURE_SPEAKER);
    const total = speaker.claims.totalCount;
    expect(total).toBe(FIXTURE.claims.length);
    await page.fill('#search', FIXTURE_SPEAKER);
    const hit = page.locator(`#results li[data-id="${speaker.id}"]`);
    await hit.waitFor({ timeout: 15_000 });
    await hit.click();
    const section = page.locator('#panel [data-section=made]');
    await section.locator('h2').waitFor({ timeout: 15_000 });
    await idle();
    const shown = await section.locator('.claim').count();
    expect(shown).toBe(10);
    expect(await section.locator('.show-all').textContent()).toBe(`Show all ${total}`);
    const before = await renders();
    await section.locator('.show-all').click();
    await settled(before);
    await expect.poll(() => page.locator('#panel [data-section=made] .claim').count(), { timeout: 15_000 }).toBe(total);
    expect(await page.locator('#panel [data-section=made] .show-all').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it("reaches a spokesperson's claims from the organisation she speaks for", async () => {
    const found = await gql(`query($t: String!) { search(text: $t, first: 5) { edges { node { id name } } } }`, { t: FIXTURE_MINISTRY });
    const ministry = found.search.edges.map((e: any) => e.node).find((n: any) => n.name === FIXTURE_MINISTRY);
    const speaker = (await gql(`query($t: String!) { search(text: $t, first: 5) { edges { node { id name claims(first: 1) { totalCount } } } } }`, { t: FIXTURE_SPEAKER })).search.edges
      .map((e: any) => e.node)
      .find((n: any) => n.name === FIXTURE_SPEAKER);
    const role = { object: ministry, subject: speaker };
    const said = { entity: { claims: speaker.claims } };
    await page.goto(`${base}/`);
    await page.waitForFunction(() => typeof (globalThis as any).explorer === 'object');
    await page.fill('#search', role.object.name);
    const hit = page.locator(`#results li[data-id="${role.object.id}"]`);
    await hit.waitFor({ timeout: 15_000 });
    await hit.click();
    // What the ministry said includes what its spokeswoman said: her claims, named, in its first section.
    const section = page.locator('#panel [data-section=made]');
    await section.locator('h2').waitFor({ timeout: 15_000 });
    expect(await section.locator('h2').textContent()).toMatch(/spokespeople/);
    expect(await section.locator('.claim').count()).toBe(Math.min(10, said.entity.claims.totalCount));
    const speakers = await section.locator('.claim > .line:not(.corroboration):not(.outlets)').allTextContents();
    expect(speakers.length).toBeGreaterThan(0);
    for (const t of speakers) expect(t.startsWith(`${role.subject.name} ·`), t).toBe(true);
    expect(await section.locator('.show-all').textContent()).toBe(`Show all ${said.entity.claims.totalCount}`);
    // And she is in the graph, one click from the organisation.
    const drawn = await page.evaluate((id) => (globalThis as any).explorer.cy.getElementById(id).nonempty(), role.subject.id);
    expect(drawn).toBe(true);
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'explorer-spokesperson.png') });
    expect(problems).toEqual([]);
  });

  it('works under a strict Content-Security-Policy (no inline script or style)', async () => {
    const p2 = await browser.context.newPage();
    const own: string[] = [];
    p2.on('console', (m) => {
      if (m.type() === 'error') own.push(m.text());
    });
    p2.on('pageerror', (e) => own.push(e.message));
    const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'";
    try {
      await p2.route(`${base}/`, async (route) => {
        const res = await route.fetch();
        await route.fulfill({ response: res, headers: { ...res.headers(), 'content-security-policy': csp } });
      });
      await p2.addInitScript(() => {
        const g = globalThis as any;
        g.cspViolations = [];
        g.document.addEventListener('securitypolicyviolation', (e: any) => g.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      await p2.goto(`${base}/`);
      await p2.waitForFunction(() => typeof (globalThis as any).explorer === 'object');
      await p2.fill('#search', FIXTURE_SPEAKER);
      await p2.locator('#results li[data-id]').first().click();
      await p2.locator('#panel .claim').first().waitFor({ timeout: 30_000 });
      await p2.locator('#time-to').waitFor();
      expect(await p2.evaluate(() => (globalThis as any).cspViolations)).toEqual([]);
      expect(await p2.evaluate(() => (globalThis as any).explorer.cy.nodes().length)).toBeGreaterThan(1);
    } finally {
      await p2.close();
    }
    expect(own).toEqual([]);
  });
});
