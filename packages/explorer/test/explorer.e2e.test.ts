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

  api = await startServer({ driver, port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${api.port}`;
  const probe = await fetch(`${base}/`);
  if (!probe.ok || !(await probe.text()).includes('id="graph"')) {
    // The API could not import @kg/explorer (not in its dependencies yet): mount it as the API would.
    console.warn('[explorer e2e] the API does not serve the explorer at / — mounting explorerAssetsDir() in the test');
    api.app.use('/', express.static(explorerAssetsDir()));
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
    await claim.waitFor({ timeout: 15_000 });
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
    const boxes = page.locator('#type-filters input[type=checkbox]');
    expect(await boxes.count()).toBeGreaterThan(0);
    const type = await boxes.first().getAttribute('data-type');
    const visible = () =>
      page.evaluate((t) => {
        const w = globalThis as unknown as { explorer: { cy: { edges(s: string): { filter(f: (e: { visible(): boolean }) => boolean): { length: number } } } } };
        return w.explorer.cy.edges(`[type = "${t}"]`).filter((e) => e.visible()).length;
      }, type!);
    expect(await visible()).toBeGreaterThan(0);
    await boxes.first().uncheck();
    const state = await page.evaluate((t) => {
      const w = globalThis as unknown as { explorer: { cy: { edges(s: string): { map<T>(f: (e: { hasClass(c: string): boolean; style(k: string): string }) => T): T[] } } } };
      return w.explorer.cy.edges(`[type = "${t}"]`).map((e) => `${e.hasClass('filtered')}/${e.style('display')}`).join(',');
    }, type!);
    expect(await visible(), `${type} after uncheck: ${state}; checked=${await boxes.first().isChecked()}`).toBe(0);
    await boxes.first().check();
    expect(await visible()).toBeGreaterThan(0);
  });

  it('fetched nothing from outside the server and logged no errors', () => {
    expect(foreignRequests).toEqual([]);
    expect(problems).toEqual([]);
  });
});
