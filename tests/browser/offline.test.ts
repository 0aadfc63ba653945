/**
 * Installable and offline, in Chromium: the manifest and the service worker
 * meet the install criteria; after one visit online, a project page, the
 * map and a search work offline; an unsaved page shows the offline page,
 * saying what is missing; downloads opened online stay available; and a new
 * deploy replaces the worker, its cache and the saved pages.
 *
 * These tests use plain browser contexts (no request routing, which would
 * bypass the service worker) and check instead that every request stays on
 * 127.0.0.1.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeServiceWorker } from '../../src/integrations/offline';
import { dictionaries } from '../../src/i18n';
import { localizedUrl, paths } from '../../src/lib/routes';
import { webAppManifest } from '../../src/lib/sharing/manifest';
import { launchBrowser, launchProfile, runAxe } from '../support/browser';
import { builtPages } from '../support/builtSite';
import { DIST } from '../support/paths';
import { typeQuery, resultPaths } from '../support/searchPage';

let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

interface Visit {
  context: BrowserContext;
  page: Page;
  /** Every URL requested, by the page or by its service worker. */
  requests: string[];
  errors: string[];
}

/** A fresh browser profile (or `context`); `url` opened online and its language saved for offline use. */
async function visit(baseUrl: string, url: string, given?: BrowserContext): Promise<Visit> {
  const context = given ?? (await browser.newContext({ viewport: { width: 1280, height: 900 } }));
  contexts.push(context);
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${baseUrl}${url}`);
  await page.waitForFunction(() => document.documentElement.dataset['offline'] === 'saved', null, { timeout: 90_000 });
  return { context, page, requests, errors };
}

const projectPage = () => builtPages().find((page) => /^\/projects\/[^/]+\/$/.test(page.url))!;
const h1 = (page: Page) => page.locator('h1').first().innerText();

describe('install', () => {
  it('meets Chromium’s install criteria: a valid manifest and a service worker that controls the page', async () => {
    // A real profile: Chromium never offers to install from an incognito-like context.
    const profile = await launchProfile(mkdtempSync(path.join(tmpdir(), 'lvliang-profile-')));
    const { context, page, requests } = await visit(inject('baseUrl'), '/', profile);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js$/);
    const cdp = await context.newCDPSession(page);
    const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[]; data: string };
    expect(new URL(manifest.url).pathname).toBe('/manifest.webmanifest');
    expect(manifest.errors).toEqual([]);
    expect(JSON.parse(manifest.data)).toEqual(webAppManifest('zh'));
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] };
    expect(installabilityErrors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(inject('baseUrl')))).toEqual([]);
  });

  it('links the English manifest from English pages', async () => {
    const { context, page } = await visit(inject('baseUrl'), '/en/');
    const cdp = await context.newCDPSession(page);
    const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; data: string };
    expect(new URL(manifest.url).pathname).toBe('/en/manifest.webmanifest');
    expect(JSON.parse(manifest.data).start_url).toBe('/en/');
  });
});

describe('offline after one visit', () => {
  let visited: Visit;
  beforeAll(async () => {
    // One page of the guide, online: the worker saves the shell and every Chinese page.
    visited = await visit(inject('baseUrl'), '/');
    await visited.context.setOffline(true);
  }, 120_000);

  it('opens a project page it was never shown', async () => {
    const project = projectPage();
    const { page } = visited;
    await page.goto(`${inject('baseUrl')}${project.url}`);
    expect(await h1(page)).toBe(project.root.querySelector('h1')!.text.trim());
    // Its stylesheet came from the cache too: the page is laid out, not bare HTML.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('system-ui');
    expect(await page.locator('.share-qr svg').count()).toBe(1);
  });

  it('shows the map, with its filters working', async () => {
    const { page } = visited;
    await page.goto(`${inject('baseUrl')}${paths.map()}`);
    await page.waitForSelector('county-map[data-ready]');
    const visibleKinds = () =>
      page.$$eval('svg[data-map-svg] a.map-marker', (markers) =>
        markers.filter((marker) => getComputedStyle(marker).display !== 'none').map((marker) => marker.getAttribute('data-k')!),
      );
    const all = await visibleKinds();
    expect(all.length).toBeGreaterThan(0);
    const kind = all[0]!;
    await page.uncheck(`[data-map-filters] input[value="${kind}"]`);
    await page.waitForURL((url) => url.searchParams.get('kind') !== null);
    expect(await visibleKinds()).toEqual(all.filter((candidate) => candidate !== kind));
  });

  it('searches', async () => {
    const { page } = visited;
    const project = projectPage();
    const title = project.root.querySelector('h1')!.text.trim();
    await page.goto(`${inject('baseUrl')}${paths.search()}`);
    await typeQuery(page, [...title].slice(0, 4).join(''));
    expect(await resultPaths(page)).toContain(project.url);
  });

  it('shows the offline page, naming the address, for a page that was not saved', async () => {
    const { page } = visited;
    await page.goto(`${inject('baseUrl')}/no-such-page/`);
    expect(await h1(page)).toBe(dictionaries.zh['offline.title']);
    await expect.poll(() => page.locator('[data-requested] code').innerText()).toBe('/no-such-page/');
    expect(await page.locator('[data-reason="page"]').isVisible()).toBe(true);
    expect(await page.locator('[data-reason="language"]').isVisible()).toBe(false);
    expect(await runAxe(page)).toEqual([]);
  });

  it('explains that the other language was not saved, in that language', async () => {
    const { page } = visited;
    await page.goto(`${inject('baseUrl')}${localizedUrl(paths.map(), 'en')}`);
    expect(await h1(page)).toBe(dictionaries.en['offline.title']);
    await expect.poll(() => page.locator('[data-reason="language"]').isVisible()).toBe(true);
    expect(await page.locator('[data-reason="page"]').isVisible()).toBe(false);
  });

  it('made no request outside 127.0.0.1 and raised no script error', () => {
    expect(visited.requests.filter((url) => !url.startsWith(inject('baseUrl')))).toEqual([]);
    expect(visited.errors).toEqual([]);
  });
});

/**
 * A copy of dist/ on its own server, so a test can change the site (a new
 * deploy) or stop the server: a network that is really gone, for the page
 * and the service worker alike, including downloads, which Chromium's
 * offline emulation does not cover.
 */
async function deployCopy(): Promise<{ dir: string; baseUrl: string; stop: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'lvliang-deploy-'));
  cpSync(DIST, dir, { recursive: true });
  const serve = sirv(dir, { dev: true, extensions: ['html'] });
  const server = http.createServer((request, response) =>
    serve(request, response, () => {
      response.writeHead(404).end();
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  afterAll(async () => {
    await stop();
    rmSync(dir, { recursive: true, force: true });
  });
  return { dir, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, stop };
}

describe('downloads offline', () => {
  /** Clicks a download link and returns the downloaded file's size, or the reason it failed. */
  async function download(page: Page, href: string): Promise<{ bytes?: number; failure?: string }> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.click(`a[href="${href}"]`)]);
    const failure = await file.failure();
    if (failure) return { failure };
    return { bytes: readFileSync((await file.path())!).length };
  }

  it('keeps the downloads the visitor chose, and only those', async () => {
    const site = await deployCopy();
    const { page } = await visit(site.baseUrl, paths.downloads());
    const links = await page.$$eval('a[href^="/downloads/"][download]', (anchors) => anchors.map((a) => a.getAttribute('href')!));
    const chosen = links.find((href) => href.endsWith('.xlsx'))!;
    const other = links.find((href) => href.endsWith('.csv'))!;
    const size = (href: string) => readFileSync(path.join(DIST, href)).length;
    expect(await download(page, chosen)).toEqual({ bytes: size(chosen) });

    await site.stop();
    expect(await download(page, chosen)).toEqual({ bytes: size(chosen) });
    // A file not opened online is not downloaded: the offline page explains downloads instead.
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.click(`a[href="${other}"]`);
    await page.waitForURL(`${site.baseUrl}${other}`);
    expect(await h1(page)).toBe(dictionaries.zh['offline.title']);
    await expect.poll(() => page.locator('[data-reason="download"]').isVisible()).toBe(true);
    expect(await page.locator('[data-requested] code').innerText()).toBe(other);
    expect(downloads).toBe(0);
  });
});

describe('a new deploy', () => {
  it('replaces the worker and its cache, and never serves the old page afterwards, online or offline', async () => {
    const { dir, baseUrl, stop } = await deployCopy();
    const project = projectPage();
    const { page } = await visit(baseUrl, '/');
    const cacheNames = () => page.evaluate(() => caches.keys());
    const before = await cacheNames();

    // Deploy: the project page changes, and the build writes a new worker.
    const file = path.join(dir, project.file);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/<h1([^>]*)>[^<]*<\/h1>/, '<h1$1>Updated title</h1>'));
    await writeServiceWorker(dir);

    // The next navigation checks /sw.js, finds the new worker, which saves the new pages and takes over.
    await page.goto(`${baseUrl}${project.url}`);
    expect(await h1(page)).toBe('Updated title');
    const oldCache = before.find((name) => !name.endsWith('-settings'))!;
    const versions = async () =>
      (await cacheNames()).filter((name) => name.startsWith('invest-lvliang-') && !name.endsWith('-settings'));
    await expect.poll(versions, { timeout: 90_000, interval: 500 }).not.toContain(oldCache);
    expect(await versions()).toHaveLength(1);
    expect(await cacheNames()).toContain('invest-lvliang-settings');

    await stop();
    await page.goto(`${baseUrl}${project.url}`);
    expect(await h1(page)).toBe('Updated title');
  });
});
