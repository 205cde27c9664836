/**
 * Page-level tests: real pages served on 127.0.0.1 and driven in headless
 * Chromium with playwright-core, the way a clinic's visitor meets them.
 *
 *   const site = await serve({ '/': { body: html } });  // plus the repo's files
 *   const page = await openPage(site.url('/'));
 *
 * Anything not in `routes` is served from the repository (so `/dist/cdn/...`
 * is the built CDN bundle). Every request is recorded in `site.requests`.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../scripts/chromium.js';

export const repoRoot = resolve(import.meta.dirname, '../..');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

/**
 * A route: `{ body, type?, headers?, delay?, status? }`, or a function
 * `(req, res) => void` for full control. `delay` (ms) holds the response back,
 * as a slow CDN would.
 */
export async function serve(routes = {}, { root = repoRoot } = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    requests.push({ method: req.method, url: req.url, path });
    const route = routes[path] ?? routes[req.url];
    try {
      if (typeof route === 'function') return await route(req, res);
      if (route) {
        if (route.delay) await new Promise((r) => setTimeout(r, route.delay));
        res.writeHead(route.status ?? 200, {
          'content-type': route.type ?? TYPES[extname(path)] ?? TYPES['.html'],
          'cache-control': 'no-store',
          ...route.headers,
        });
        return res.end(route.body ?? '');
      }
      const file = normalize(join(root, decodeURIComponent(path)));
      if (!file.startsWith(root) || !(await stat(file)).isFile()) throw new Error('not a file');
      const delay = routes.delays?.[path];
      if (delay) await new Promise((r) => setTimeout(r, delay));
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...routes.headers?.[path],
      });
      res.end(await readFile(file));
    } catch {
      if (!res.headersSent) res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const site = {
    origin,
    requests,
    url: (path = '/') => origin + path,
    close: () => {
      openSites.delete(site);
      // Chromium keeps connections alive; close() alone would wait for them.
      server.closeAllConnections();
      return new Promise((r) => server.close(r));
    },
  };
  openSites.add(site);
  return site;
}

/** Servers not closed yet: a test that fails before its own close() leaves one open. */
const openSites = new Set();

/** The CDN bundle as a page loads it, from this repository's dist/. */
export const CDN_SCRIPT = '<script type="module" src="/dist/cdn/clinic-elements.js"></script>';

/** A plain page around `body`, with no favicon request; `head` defaults to the CDN script. */
export const plainPage = ({ body, head = CDN_SCRIPT, lang = 'en' }) => `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Massage for sciatica</title>
    <link rel="icon" href="data:," />
    ${head}
  </head>
  <body>
    ${body}
  </body>
</html>`;

let browserPromise;

/**
 * One Chromium per test file; closed by `closeBrowser()` in an `after` hook,
 * with every server `serve()` opened that a failed test left open (so a server
 * shared by several suites of a file must not outlive the first one's hook).
 */
export function launchBrowser() {
  browserPromise ??= chromium.launch(chromiumLaunchOptions);
  return browserPromise;
}

export async function closeBrowser() {
  try {
    if (browserPromise) await (await browserPromise).close();
  } finally {
    browserPromise = undefined;
    // An open server keeps the test file's process alive, and the run waits for it forever.
    await Promise.allSettled([...openSites].map((site) => site.close()));
  }
}

/**
 * Everything a visitor's console would show as a problem, plus uncaught errors
 * and failed responses. Lit's dev-mode notice is not a problem.
 */
export function watch(page) {
  const problems = [];
  const messages = [];
  page.on('console', (msg) => {
    messages.push({ type: msg.type(), text: msg.text() });
    if (msg.text().startsWith('Lit is in dev mode')) return;
    if (msg.type() === 'error' || msg.type() === 'warning') {
      problems.push(`console.${msg.type()}: ${msg.text()}`);
    }
  });
  page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`${res.status()} for ${res.url()}`);
  });
  return { problems, messages };
}

/**
 * A new page in a fresh context (no cache, no cookies), with `watch()` on it.
 * `options` go to `browser.newContext()` (viewport, javaScriptEnabled, ...).
 */
export async function openPage(url, options = {}) {
  const browser = await launchBrowser();
  // One time zone on every machine: the checklist notes a number that is not called where the
  // browser is, and the console these tests read must not depend on where CI runs.
  const context = await browser.newContext({
    viewport: { width: 1024, height: 768 },
    timezoneId: 'Etc/UTC',
    ...options,
  });
  const page = await context.newPage();
  const watched = watch(page);
  if (options.beforeGoto) await options.beforeGoto(page);
  if (url) await page.goto(url);
  return Object.assign(page, watched, { close: () => context.close() });
}

/** Sums layout-shift entries not caused by input, from page start. Call before goto. */
export async function recordLayoutShift(page) {
  await page.addInitScript(() => {
    window.__cls = 0;
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        window.__cls += entry.value;
        window.__shifts.push({
          value: entry.value,
          sources: entry.sources.map((s) => s.node?.nodeName ?? '?'),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Waits until every clinic-* element on the page is defined and rendered. */
export async function elementsReady(page) {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('clinic-'))
      .every((el) => customElements.get(el.localName)),
  );
  await page.evaluate(async () => {
    const els = [...document.querySelectorAll('*')].filter((el) =>
      el.localName.startsWith('clinic-'),
    );
    await Promise.all(els.map((el) => el.updateComplete));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}
