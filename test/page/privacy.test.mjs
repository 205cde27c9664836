/**
 * Privacy, observed: a visitor uses every element (searches the FAQ and opens
 * every question, switches every technique, ticks every symptom, opens the
 * checklist's suggestions, uses the keyboard) and the page makes no request to
 * any origin, its own included, sets no cookie, stores nothing, registers no
 * service worker and leaves the URL alone. Only a booking click makes a
 * request, to the booking provider alone, and it carries nothing the visitor
 * ticked or typed.
 *
 * Requests are seen four ways: the browser context (every frame and worker),
 * the DevTools protocol's Network domain (beacons, prefetches, websockets),
 * WebSocket and service-worker events, and the log of the page's own server.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { closeBrowser, elementsReady, openPage, repoRoot, serve } from './harness.mjs';

const BOOKING = 'https://calendly.com/harbour-lane-massage';
const UTM = '?utm_source=newsletter&utm_campaign=spring';
const SCRIPT = '/dist/cdn/clinic-elements.js';
const SEARCH = 'numbness';

const htmlPage = (body) => `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <title>Massage for sciatica</title>
    <link rel="icon" href="data:," />
    <script type="module" src="${SCRIPT}"></script>
  </head>
  <body>
    ${body}
  </body>
</html>`;

const clinicPage = htmlPage(`
    <clinic-booking href="${BOOKING}" services="deep-tissue=deep-tissue-60 swedish=swedish-60" utm></clinic-booking>
    <h1>Massage for sciatica</h1>
    <clinic-faq id="built-in" searchable></clinic-faq>
    <clinic-faq id="own" exclusive>
      <details id="session"><summary>How long is a session?</summary><p>30, 60 or 90 minutes.</p></details>
      <details id="wear"><summary>What should I wear?</summary><p>Something comfortable.</p></details>
    </clinic-faq>
    <clinic-technique-explainer></clinic-technique-explainer>
    <clinic-symptom-checklist region="uk"></clinic-symptom-checklist>
    <clinic-book-button id="link"></clinic-book-button>
    <clinic-book-button id="popup" mode="popup"><a href="${BOOKING}">Book a massage</a></clinic-book-button>`);

/** Logs, in the page, each call that would write state: before any script of the page runs. */
function logWrites() {
  window.__writes = [];
  const log = (what) => window.__writes.push(what);
  const wrap = (proto, name, label) => {
    const original = proto?.[name];
    if (typeof original !== 'function') return;
    proto[name] = function (...args) {
      log(label);
      return original.apply(this, args);
    };
  };
  wrap(Storage.prototype, 'setItem', 'Storage.setItem');
  wrap(IDBFactory.prototype, 'open', 'indexedDB.open');
  wrap(globalThis.CacheStorage?.prototype, 'open', 'caches.open');
  wrap(globalThis.ServiceWorkerContainer?.prototype, 'register', 'serviceWorker.register');
  wrap(globalThis.CookieStore?.prototype, 'set', 'cookieStore.set');
  wrap(History.prototype, 'pushState', 'history.pushState');
  wrap(History.prototype, 'replaceState', 'history.replaceState');
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    ...cookie,
    set(value) {
      log('document.cookie');
      cookie.set.call(this, value);
    },
  });
}

/**
 * Opens the page with every observer on: `requests` (every request, websocket
 * and service worker seen, with `via`), `storage` (DOMStorage writes seen by
 * DevTools) and the page's own `__writes`.
 */
async function observe(site, path = `/${UTM}`) {
  const requests = [];
  const storage = [];
  const page = await openPage(undefined, {
    beforeGoto: async (p) => {
      const context = p.context();
      context.on('request', (r) =>
        requests.push({
          via: 'context',
          url: r.url(),
          body: r.postData() ?? '',
          headers: JSON.stringify(r.headers()),
        }),
      );
      context.on('serviceworker', (worker) =>
        requests.push({ via: 'service worker', url: worker.url() }),
      );
      p.on('websocket', (ws) => requests.push({ via: 'websocket', url: ws.url() }));
      const cdp = await context.newCDPSession(p);
      await cdp.send('Network.enable');
      await cdp.send('DOMStorage.enable');
      cdp.on('Network.requestWillBeSent', ({ request, type }) =>
        requests.push({
          via: `devtools ${type}`,
          url: request.url,
          body: request.postData ?? '',
          headers: JSON.stringify(request.headers),
        }),
      );
      cdp.on('Network.webSocketCreated', ({ url }) =>
        requests.push({ via: 'devtools websocket', url }),
      );
      for (const event of ['ItemAdded', 'ItemUpdated', 'ItemRemoved', 'ItemsCleared']) {
        cdp.on(`DOMStorage.domStorage${event}`, (e) => storage.push({ event, ...e }));
      }
      await context.route('https://calendly.com/**', (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: '<title>Calendly</title><p>Pick a time</p>',
        }),
      );
      await p.addInitScript(logWrites);
    },
  });
  page.setDefaultTimeout(5000);
  await page.goto(site.url(path));
  await elementsReady(page);
  await page.waitForLoadState('networkidle');
  // Requests to an origin: a data: URL (the favicon) goes nowhere.
  const sent = () => requests.filter((r) => !r.url.startsWith('data:'));
  return Object.assign(page, { requests, sent, storage });
}

/** The FAQ: a search typed, no results and "Clear search", every question opened, arrow keys. */
async function useFaq(page) {
  const faq = page.locator('#built-in');
  await faq.getByRole('searchbox').focus();
  await page.keyboard.type(SEARCH);
  await page.waitForTimeout(800); // the count is announced once typing pauses
  await page.keyboard.press('Control+A');
  await page.keyboard.type('zzz');
  await faq.getByRole('button', { name: 'Clear search' }).click();
  for (const question of await page.locator('clinic-faq .trigger').all()) await question.click();
  assert.equal(
    await faq.locator('.trigger[aria-expanded="false"]').count(),
    0,
    'every question opened',
  );
  await faq.locator('.trigger').first().focus();
  for (const key of ['ArrowDown', 'Enter', 'ArrowDown', 'Space', 'End', 'Home']) {
    await page.keyboard.press(key);
  }
}

/** The explainer: every tab clicked, then round them all by arrow key. */
async function useExplainer(page) {
  const tabs = await page.locator('clinic-technique-explainer').getByRole('tab').all();
  for (const tab of tabs) await tab.click();
  for (let i = 0; i < tabs.length; i++) await page.keyboard.press('ArrowRight');
  assert.equal(await tabs.at(-1).getAttribute('aria-selected'), 'true', 'round the tabs and back');
}

/**
 * The checklist: every symptom ticked (the first with Space), then the red
 * flags unticked for the suggestions, each one read about and its link hovered.
 */
async function useChecklist(page) {
  const checklist = page.locator('clinic-symptom-checklist');
  const boxes = await checklist.locator('input[type="checkbox"]').all();
  await boxes[0].focus();
  await page.keyboard.press('Space');
  for (const box of boxes.slice(1)) await box.check();
  assert.equal(await checklist.locator('[part="outcome"]').getAttribute('data-level'), 'emergency');
  for (const box of await checklist.locator('fieldset:not([data-level="symptom"]) input').all()) {
    await box.uncheck();
  }
  assert.equal(await checklist.locator('[part="outcome"]').getAttribute('data-level'), 'suggest');
  for (const read of await checklist.locator('.read').all()) await read.click();
  const links = page.locator(
    'clinic-symptom-checklist [part="book"], clinic-technique-explainer [part="book"]',
  );
  for (const link of await links.filter({ visible: true }).all()) await link.hover();
}

/** Everything a visitor does with the elements, pointer and keyboard. */
async function visit(page) {
  await useFaq(page);
  await useExplainer(page);
  await useChecklist(page);
  // The keyboard, through the whole page.
  await page.locator('h1').click();
  for (let i = 0; i < 40; i++) await page.keyboard.press('Tab');
  await page.waitForTimeout(500); // anything sent late, on a timer
}

/** What the checklist knows: every symptom's id and label, which must never leave the page. */
const symptomData = (page) =>
  page
    .locator('clinic-symptom-checklist input[type="checkbox"]')
    .evaluateAll((boxes) =>
      boxes.flatMap((box) => [box.dataset.id, box.labels[0].textContent.trim()]),
    );

/** The visitor's data that appears in a request's URL, body or headers. */
function leaks(request, secrets) {
  let text = `${request.url}\n${request.body ?? ''}\n${request.headers ?? ''}`;
  try {
    text = decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    // Not URL-encoded: searched as it is.
  }
  text = text.toLowerCase();
  return secrets.filter((secret) => text.includes(secret.toLowerCase()));
}

describe('privacy: nothing leaves the page until the visitor books', () => {
  let site;
  before(async () => {
    site = await serve({ '/': { body: clinicPage } });
  });
  after(async () => {
    await site.close();
    await closeBrowser();
  });

  it('the page loads with two requests: itself and the script', async () => {
    site.requests.length = 0;
    const page = await observe(site);
    try {
      assert.deepEqual(
        site.requests.map((r) => r.url),
        [`/${UTM}`, SCRIPT],
      );
      assert.deepEqual(
        [...new Set(page.sent().map((r) => r.url))],
        [site.url(`/${UTM}`), site.url(SCRIPT)],
      );
    } finally {
      await page.close();
    }
  });

  it('using every element sends nothing, stores nothing and keeps the URL', async () => {
    const page = await observe(site);
    try {
      const before = {
        requests: page.sent().length,
        server: site.requests.length,
        ...(await page.evaluate(() => ({ href: location.href, history: history.length }))),
      };
      await visit(page);

      // No request, to any origin, by any route.
      assert.deepEqual(page.sent().slice(before.requests), [], 'requests after load');
      assert.equal(site.requests.length, before.server, "the page's own server saw nothing");
      assert.deepEqual(page.context().serviceWorkers(), []);

      // No cookie, no storage, no service worker, no preloading.
      assert.deepEqual(await page.context().cookies(), []);
      const state = await page.evaluate(async () => {
        const roots = [document];
        for (let i = 0; i < roots.length; i++) {
          for (const el of roots[i].querySelectorAll('*'))
            if (el.shadowRoot) roots.push(el.shadowRoot);
        }
        const hints =
          'link[rel~="prefetch"], link[rel~="preload"], link[rel~="modulepreload"], ' +
          'link[rel~="preconnect"], link[rel~="dns-prefetch"], link[rel~="prerender"], ' +
          'script[type="speculationrules"]';
        return {
          cookie: document.cookie,
          localStorage: localStorage.length,
          sessionStorage: sessionStorage.length,
          indexedDB: (await indexedDB.databases()).map((db) => db.name),
          caches: await caches.keys(),
          serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
          hints: roots.flatMap((root) =>
            [...root.querySelectorAll(hints)].map((el) => el.outerHTML),
          ),
          writes: window.__writes,
          href: location.href,
          history: history.length,
        };
      });
      assert.deepEqual(state, {
        cookie: '',
        localStorage: 0,
        sessionStorage: 0,
        indexedDB: [],
        caches: [],
        serviceWorkers: 0,
        hints: [],
        writes: [],
        href: before.href,
        history: before.history,
      });
      assert.deepEqual(page.storage, [], 'DOM storage writes seen by DevTools');
      assert.deepEqual(page.problems, []);
    } finally {
      await page.close();
    }
  });

  it("the FAQ's opt-in update-url writes only the question's #id, as the README says", async () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    assert.match(readme, /Opening a question does not touch the URL unless\s+`update-url` is set/);
    assert.match(
      readme,
      /\| `update-url` +\| `updateUrl` +\| `false` \| Writes the opened question's id into the URL fragment/,
    );

    const shared = await serve({ '/': { body: htmlPage('<clinic-faq update-url></clinic-faq>') } });
    const page = await observe(shared);
    try {
      const start = await page.evaluate(() => ({ href: location.href, history: history.length }));
      const server = shared.requests.length;
      const question = page.locator('clinic-faq .trigger').nth(2);
      const id = await question.getAttribute('data-id');
      await question.click();
      const opened = await page.evaluate(() => ({ href: location.href, history: history.length }));
      assert.deepEqual(opened, { href: `${start.href}#${id}`, history: start.history });
      await question.click();
      const closed = await page.evaluate(() => ({ href: location.href, history: history.length }));
      assert.deepEqual(closed, start);
      assert.deepEqual(await page.evaluate(() => window.__writes), [
        'history.replaceState',
        'history.replaceState',
      ]);
      assert.equal(shared.requests.length, server);
      assert.deepEqual(
        page
          .sent()
          .filter((r) => !r.url.startsWith(shared.url(`/${UTM}`)) && !r.url.endsWith(SCRIPT)),
        [],
      );
    } finally {
      await page.close();
      await shared.close();
    }
  });

  /**
   * After a visitor searched the FAQ and ticked every symptom, a booking click:
   * every request from then on goes to the provider, `expected` first (then
   * whatever the provider's page loads), and nothing the visitor ticked or
   * typed is in any request of the whole visit.
   */
  async function bookAfterVisit(click, expected) {
    const page = await observe(site);
    try {
      // What the visitor types and ticks: the data that must not travel with the booking.
      await useFaq(page);
      await useChecklist(page);
      const secrets = [...(await symptomData(page)), SEARCH];
      assert.ok(secrets.length > 40);
      const before = { requests: page.sent().length, server: site.requests.length };
      assert.equal(before.requests, 2 * 2, 'the page and the script, seen by context and DevTools');
      await click(page);
      await page.waitForLoadState('networkidle');

      const after = page.sent().slice(before.requests);
      assert.deepEqual(
        after.filter((r) => !r.url.startsWith('https://calendly.com/')).map((r) => r.url),
        [],
        'only the booking provider',
      );
      assert.equal(site.requests.length, before.server, "nothing to the page's own server");
      assert.deepEqual(
        page.sent().flatMap((r) => leaks(r, secrets).map((secret) => `${secret} in ${r.url}`)),
        [],
        'no symptom or search in any request',
      );
      assert.equal(after[0]?.url, expected, 'the booking link, first');
      assert.deepEqual(page.problems, []);
    } finally {
      await page.close();
    }
  }

  it('book button, link mode: only the provider, with the page’s utm, nothing ticked', async () => {
    await bookAfterVisit(async (page) => {
      await page.locator('#link a[part="button"]').click();
      await page.waitForURL(/^https:\/\/calendly\.com\//);
    }, `${BOOKING}${UTM}`);
  });

  it('book button, popup mode: only the provider, framed, nothing ticked', async () => {
    await bookAfterVisit(async (page) => {
      await page.locator('#popup > a').click();
      await page.locator('#popup dialog[open] .loading[hidden]').waitFor({ state: 'attached' });
    }, `${BOOKING}${UTM}&embed_domain=127.0.0.1&embed_type=Inline`);
  });

  it("the checklist's suggestion: books the technique, not the symptoms", async () => {
    await bookAfterVisit(async (page) => {
      await page.locator('clinic-symptom-checklist [part="book"][data-id="deep-tissue"]').click();
      await page.waitForURL(/^https:\/\/calendly\.com\//);
    }, `${BOOKING}/deep-tissue-60${UTM}`);
  });
});
