/**
 * The booking popup when things go wrong, with the CDN script on a plain page
 * and the provider's pages answered here (playwright routes), issue 7:
 *
 * - a provider that refuses to be framed (`X-Frame-Options: DENY`,
 *   `Content-Security-Policy: frame-ancestors 'none'`);
 * - a slow provider (its page takes seconds), and a network that fails;
 * - messages that look like a provider's "booking done" but come from a frame
 *   that is not our popup's, or from another origin (a second server, on
 *   another port, is the other origin).
 *
 * What a failing frame shows: the browser's own error page inside the frame
 * (we cannot read a refused or failed frame, and Chromium draws one), our
 * "Loading" status gone since nothing is loading any more, and our dialog bar
 * above it, whose "Open in a new tab" link books in a tab of its own.
 *
 * Element-level faults (removed and re-added, moved into an iframe's document,
 * defined after its markup) are in test/faults.test.ts; the CDN script loaded
 * twice or after the markup in test/page/cdn.test.mjs.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { closeBrowser, elementsReady, openPage, serve } from './harness.mjs';

const CDN = '/dist/cdn/clinic-elements.js';
const BOOKING = 'https://calendly.com/harbour-lane/massage';
const LOADING = 'Loading the booking page…';

const page = (body) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Massage for sciatica</title>
    <link rel="icon" href="data:," />
    <script type="module" src="${CDN}"></script>
  </head>
  <body>
    <h1>Massage for sciatica</h1>
    <clinic-book-button mode="popup"><a href="${BOOKING}">Book a massage</a></clinic-book-button>
    ${body}
  </body>
</html>`;

/** The provider's page as our route answers it. */
const providerPage = (extra = '') => ({
  contentType: 'text/html',
  body: `<!doctype html><title>Calendly</title><h1>Pick a time</h1>${extra}`,
});

/**
 * Answers every request to the provider with `respond(route, framed)`;
 * `framed` is true for the popup's frame (Calendly's embed parameters), false
 * for the new-tab link and other pages.
 */
async function provider(tab, respond) {
  await tab.context().route('https://calendly.com/**', async (route) => {
    const framed = new URL(route.request().url()).searchParams.has('embed_type');
    // The frame may be gone (the popup closed) before a slow answer: nothing to answer then.
    await Promise.resolve(respond(route, framed)).catch(() => {});
  });
}

async function open(site, respond) {
  const tab = await openPage(null);
  await provider(tab, respond);
  await tab.goto(site.url('/'));
  await elementsReady(tab);
  return tab;
}

/** Clicks the clinic's link and waits for the dialog. */
async function openPopup(tab) {
  await tab.locator('clinic-book-button > a').click();
  await tab.locator('clinic-book-button dialog[open]').waitFor();
}

/** What a visitor meets in the popup, and where focus is. */
function popup(tab) {
  return tab.evaluate(() => {
    const host = document.querySelector('clinic-book-button');
    const root = host.shadowRoot;
    const status = root.querySelector('[role="status"]');
    const newTab = root.querySelector('[part="new-tab"]');
    return {
      open: root.querySelector('dialog').open,
      status: status.checkVisibility() ? status.textContent.trim() : '',
      frame: root.querySelector('iframe') !== null,
      newTab: newTab?.checkVisibility() ? newTab.href : null,
      pageLocked: document.documentElement.style.overflow === 'hidden',
      focus:
        document.activeElement === host.querySelector('a')
          ? 'the clinic link'
          : (root.activeElement?.textContent.trim() ?? document.activeElement?.localName),
    };
  });
}

/** The first frame of the page that passes `test`, once there is one. */
async function frameWhere(tab, test) {
  for (let tries = 0; tries < 50; tries++) {
    const frame = tab.frames().find(test);
    if (frame) return frame;
    await tab.waitForTimeout(100);
  }
  throw new Error(`no such frame among ${tab.frames().map((frame) => frame.url())}`);
}

/** The frame's URL once it matches `pattern` (Playwright learns of a commit a moment after the page's load event), or its last. */
async function urlOf(tab, frame, pattern) {
  for (let tries = 0; tries < 50 && !pattern.test(frame.url()); tries++) {
    await tab.waitForTimeout(100);
  }
  return frame.url();
}

/** The popup's frame (the only frame of these pages). */
const popupFrame = (tab) => frameWhere(tab, (frame) => frame.parentFrame() === tab.mainFrame());

/** Waits for the popup to have closed (its frame gone), then says what is left. */
async function closed(tab) {
  await tab.waitForFunction(
    () => !document.querySelector('clinic-book-button').shadowRoot.querySelector('iframe'),
  );
  return popup(tab);
}

/** Follows the popup's "Open in a new tab" link; returns the new tab's URL and title. */
async function followNewTab(tab) {
  const [opened] = await Promise.all([
    tab.context().waitForEvent('page'),
    tab.locator('clinic-book-button [part="new-tab"]').click(),
  ]);
  await opened.waitForLoadState();
  const result = { url: opened.url(), title: await opened.title() };
  await opened.close();
  return result;
}

/**
 * The accessible description of the dialog, as Chromium gives it to screen
 * readers: what they read with the dialog's name when it opens.
 */
async function dialogDescription(tab) {
  const cdp = await tab.context().newCDPSession(tab);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes.find((node) => node.role?.value === 'dialog')?.description?.value ?? '';
}

/** Problems a visitor's console shows, apart from the browser's own note about the refusal. */
const ours = (tab, browserNote) => tab.problems.filter((p) => !browserNote?.test(p));

after(closeBrowser);

describe('a provider that refuses to be framed', () => {
  let site;
  before(async () => {
    site = await serve({ '/': { body: page('') } });
  });
  after(() => site.close());

  const refusals = [
    ['X-Frame-Options: DENY', { 'x-frame-options': 'DENY' }, /'X-Frame-Options' to 'deny'/],
    [
      "Content-Security-Policy: frame-ancestors 'none'",
      { 'content-security-policy': "frame-ancestors 'none'" },
      /frame-ancestors 'none'/,
    ],
  ];
  for (const [name, headers, browserNote] of refusals) {
    it(`${name}: the new-tab link books, Esc closes, focus returns, nothing throws`, async () => {
      const tab = await open(site, (route) => route.fulfill({ ...providerPage(), headers }));
      await openPopup(tab);
      const frame = await popupFrame(tab);
      await tab.waitForFunction(
        (loading) =>
          !document
            .querySelector('clinic-book-button')
            .shadowRoot.querySelector('[role="status"]')
            .textContent.includes(loading),
        LOADING,
      );
      assert.match(
        await urlOf(tab, frame, /^chrome-error:/),
        /^chrome-error:\/\//,
        "the browser's own error page in the frame",
      );
      assert.deepEqual(await popup(tab), {
        open: true,
        status: '',
        frame: true,
        newTab: BOOKING,
        pageLocked: true,
        focus: 'Close booking',
      });
      assert.deepEqual(await followNewTab(tab), { url: BOOKING, title: 'Calendly' });

      await tab.bringToFront();
      await tab.keyboard.press('Escape');
      assert.deepEqual(await closed(tab), {
        open: false,
        status: '',
        frame: false,
        newTab: null,
        pageLocked: false,
        focus: 'the clinic link',
      });
      assert.ok(
        tab.problems.some((p) => browserNote.test(p)),
        `the browser said it refused: ${tab.problems}`,
      );
      assert.deepEqual(ours(tab, browserNote), []);
      await tab.close();
    });
  }
});

describe('a slow or failing network when the popup opens', () => {
  let site;
  before(async () => {
    site = await serve({ '/': { body: page('') } });
  });
  after(() => site.close());

  it('slow: "Loading" is shown and announced, Close and the new-tab link work meanwhile, and it loads later', async () => {
    // The provider answers only when the test says so, however slow the machine.
    let answer;
    const answered = new Promise((resolve) => (answer = resolve));
    const tab = await open(site, async (route, framed) => {
      if (framed) await answered;
      await route.fulfill(providerPage()).catch(() => {}); // the first frame is gone by then
    });
    await openPopup(tab);
    assert.deepEqual(await popup(tab), {
      open: true,
      status: LOADING,
      frame: true,
      newTab: BOOKING,
      pageLocked: true,
      focus: 'Close booking',
    });
    assert.equal(await dialogDescription(tab), LOADING, 'read with the dialog as it opens');
    assert.deepEqual(await followNewTab(tab), { url: BOOKING, title: 'Calendly' });

    // Closed while it loads: the late answer finds no frame, and nothing throws.
    await tab.bringToFront();
    await tab.locator('clinic-book-button').getByRole('button', { name: 'Close booking' }).click();
    assert.deepEqual(await closed(tab), {
      open: false,
      status: '',
      frame: false,
      newTab: null,
      pageLocked: false,
      focus: 'the clinic link',
    });

    // Opened again, it loads once the provider answers, and "Loading" goes.
    await openPopup(tab);
    assert.equal((await popup(tab)).status, LOADING);
    answer();
    const frame = await popupFrame(tab);
    await frame.waitForSelector('h1', { timeout: 6000 });
    await tab.waitForFunction(
      () =>
        document.querySelector('clinic-book-button').shadowRoot.querySelector('[role="status"]')
          .hidden,
    );
    assert.equal((await popup(tab)).status, '');
    assert.equal(await dialogDescription(tab), '');
    assert.deepEqual(tab.problems, []);
    await tab.close();
  });

  it('failing: the frame shows the browser\'s error page, "Loading" goes, the new-tab link stays', async () => {
    const tab = await open(site, (route, framed) =>
      framed ? route.abort('internetdisconnected') : route.fulfill(providerPage()),
    );
    await openPopup(tab);
    const frame = await popupFrame(tab);
    await tab.waitForFunction(
      () =>
        document.querySelector('clinic-book-button').shadowRoot.querySelector('[role="status"]')
          .hidden,
    );
    assert.match(await urlOf(tab, frame, /^chrome-error:/), /^chrome-error:\/\//);
    assert.deepEqual(await popup(tab), {
      open: true,
      status: '',
      frame: true,
      newTab: BOOKING,
      pageLocked: true,
      focus: 'Close booking',
    });
    assert.deepEqual(await followNewTab(tab), { url: BOOKING, title: 'Calendly' });
    await tab.bringToFront();
    await tab.keyboard.press('Escape');
    assert.equal((await closed(tab)).focus, 'the clinic link');
    assert.deepEqual(tab.problems, []);
    await tab.close();
  });
});

describe('a "booking done" message from a frame that is not ours, or from another origin', () => {
  const adPage = { contentType: 'text/html', body: '<!doctype html><title>Ad</title><p>An ad</p>' };
  const ADS = 'https://ads.example';
  let site;
  let other;
  before(async () => {
    // Another origin: the same host on another port.
    other = await serve({ '/ad': adPage });
    site = await serve({
      '/': {
        body: page(`
          <iframe title="An ad" src="${other.url('/ad')}"></iframe>
          <iframe title="Another clinic's Calendly" src="https://calendly.com/other-clinic?embed_type=Inline"></iframe>`),
      },
    });
  });
  after(async () => {
    await site.close();
    await other.close();
  });

  it('fires clinic-booked only for our frame, from the provider, with no personal data', async () => {
    // The provider's page holds a frame from another origin (an ad, a widget). An https page may
    // not frame 127.0.0.1 (Private Network Access), so that origin is answered here too.
    const tab = await open(site, (route) =>
      route.fulfill(providerPage(`<iframe title="Ad" src="${ADS}/ad?nested"></iframe>`)),
    );
    await tab.context().route(`${ADS}/**`, (route) => route.fulfill(adPage));
    await tab.evaluate(() => {
      window.__booked = [];
      window.__messages = 0;
      document.addEventListener('clinic-booked', (event) => window.__booked.push(event.detail));
      window.addEventListener('message', () => window.__messages++);
    });
    await openPopup(tab);
    const popupUrl = /harbour-lane\/massage\?.*embed_type=Inline/;
    const ourFrame = await frameWhere(tab, (f) => popupUrl.test(f.url()));
    const frames = {
      'an ad on the page (another origin)': await frameWhere(
        tab,
        (f) => f.url() === other.url('/ad'),
      ),
      "another clinic's Calendly on the page (the provider's origin)": await frameWhere(tab, (f) =>
        f.url().includes('/other-clinic'),
      ),
      "a frame inside our provider's page (another origin)": await frameWhere(
        tab,
        (f) => f.parentFrame() === ourFrame && f.url() === `${ADS}/ad?nested`,
      ),
    };
    const booked = { event: 'calendly.event_scheduled', payload: { invitee: { name: 'Ann' } } };
    const post = (frame) => frame.evaluate((data) => window.top.postMessage(data, '*'), booked);
    const messagesReach = (n) => tab.waitForFunction((count) => window.__messages >= count, n);

    let sent = 0;
    for (const [name, frame] of Object.entries(frames)) {
      await post(frame);
      await messagesReach(++sent);
      assert.deepEqual(await tab.evaluate(() => window.__booked), [], name);
    }

    // The real thing, from our frame and the provider's origin, counts once and says no more.
    await post(ourFrame);
    await tab.waitForFunction(() => window.__booked.length === 1);
    assert.deepEqual(await tab.evaluate(() => window.__booked), [
      { provider: 'calendly', event: 'calendly.event_scheduled' },
    ]);

    // Our frame, navigated to another origin, no longer speaks for the provider.
    await ourFrame.evaluate((url) => location.assign(url), `${ADS}/ad?navigated`);
    await ourFrame.waitForURL(/\/ad\?navigated$/);
    await post(ourFrame);
    await messagesReach(sent + 2);
    assert.equal((await tab.evaluate(() => window.__booked)).length, 1, 'our frame, elsewhere now');
    assert.deepEqual(tab.problems, []);
    await tab.close();
  });
});
