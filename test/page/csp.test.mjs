/**
 * The Content Security Policy of docs/csp.txt, the one Storybook's "Privacy and
 * CSP" page recommends, on pages with every element and the script hosted on
 * the site. Every element is used in every state (the FAQ opened, searched,
 * exclusive, writing the URL and its JSON-LD; the explainer in each layout; the
 * checklist in each outcome and inside a form; the book button as a link, as a
 * popup with its scroll lock, and floating on a phone) and nothing is blocked:
 * no `securitypolicyviolation` event and no CSP or Trusted Types message in the
 * console. The script loaded twice works too, which is why the header allows
 * duplicate policy names.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { closeBrowser, elementsReady, openPage, plainPage, repoRoot, serve } from './harness.mjs';

const HEADER = readFileSync(join(repoRoot, 'docs/csp.txt'), 'utf8').trim();
const CSP = HEADER.replace(/^Content-Security-Policy:\s*/, '');
const BOOKING = 'https://calendly.com/harbour-lane-massage';
const SCRIPT = '<script type="module" src="/dist/cdn/clinic-elements.js"></script>';

const htmlPage = (body, head = SCRIPT) => plainPage({ body, head, lang: 'en-GB' });

/** Every element, in every configuration a clinic may choose. */
const everything = htmlPage(`
    <clinic-booking href="${BOOKING}" services="deep-tissue=deep-tissue-60 swedish=swedish-60" utm></clinic-booking>
    <h1>Massage for sciatica</h1>
    <clinic-faq id="built-in" searchable structured-data update-url></clinic-faq>
    <clinic-faq id="own" exclusive>
      <details id="session"><summary>How long is a session?</summary><p>30, 60 or 90 minutes.</p></details>
      <details id="wear"><summary>What should I wear?</summary><p>Something comfortable.</p></details>
      <details id="referral"><summary>Do I need a referral?</summary><p>No.</p></details>
    </clinic-faq>
    <clinic-technique-explainer id="tabs"></clinic-technique-explainer>
    <clinic-technique-explainer id="cards" layout="cards" techniques="deep-tissue swedish"></clinic-technique-explainer>
    <clinic-technique-explainer id="compare" layout="compare"></clinic-technique-explainer>
    <form id="intake">
      <clinic-symptom-checklist name="symptoms" region="uk"></clinic-symptom-checklist>
    </form>
    <clinic-book-button id="link"></clinic-book-button>
    <clinic-book-button id="popup" mode="popup" service="deep-tissue"><a href="${BOOKING}">Book a massage</a></clinic-book-button>
    <clinic-book-button id="floating" floating></clinic-book-button>`);

/** What the provider's page is, here: a page of its own, on its own origin. */
const providerPage = (route) =>
  route.fulfill({ contentType: 'text/html', body: '<title>Calendly</title><p>Pick a time</p>' });

/**
 * Opens `url` in a fresh context, recording every CSP violation the page sees
 * (`window.__violations`). `options` go to `openPage`.
 */
async function open(url, options = {}) {
  const page = await openPage(undefined, {
    ...options,
    beforeGoto: async (p) => {
      await p.context().route('https://calendly.com/**', providerPage);
      await p.addInitScript(() => {
        window.__violations = [];
        document.addEventListener(
          'securitypolicyviolation',
          (e) => window.__violations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`),
          true,
        );
      });
    },
  });
  await page.goto(url);
  await elementsReady(page);
  return page;
}

/** Nothing was blocked, and the console has nothing to say about CSP or Trusted Types. */
async function assertNothingBlocked(page) {
  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'securitypolicyviolation');
  assert.deepEqual(
    page.messages.filter((m) => /content.security.policy|trusted.?type/i.test(m.text)),
    [],
    'console',
  );
  assert.deepEqual(page.problems, []);
}

/** True when `locator`'s element has focus (inside its shadow root or not). */
const focused = (locator) => locator.evaluate((el) => el.getRootNode().activeElement === el);

describe('the recommended Content Security Policy (docs/csp.txt)', () => {
  let site;
  before(async () => {
    site = await serve({
      '/': { body: everything, headers: { 'content-security-policy': CSP } },
    });
  });
  after(async () => {
    await site.close();
    await closeBrowser();
  });

  it('is one header line: Lit and our Trusted Types policies, duplicates allowed', () => {
    assert.match(HEADER, /^Content-Security-Policy: [^\n]+$/);
    assert.match(CSP, /(^|; )script-src 'self';/);
    assert.match(CSP, /(^|; )style-src 'self';/);
    assert.match(CSP, /; require-trusted-types-for 'script';/);
    assert.match(CSP, /; trusted-types lit-html clinic-elements 'allow-duplicates'$/);
    assert.doesNotMatch(CSP, /unsafe-/);
  });

  it('the Storybook page shows this header, and says why each policy name is there', () => {
    const mdx = readFileSync(join(repoRoot, 'stories/privacy-csp.mdx'), 'utf8');
    assert.match(mdx, /import csp from '\.\.\/docs\/csp\.txt\?raw'/);
    assert.match(mdx, /<Source code=\{csp\}/);
    for (const name of ['lit-html', 'clinic-elements', "'allow-duplicates'"]) {
      assert.ok(mdx.includes(`\`${name}\``), `privacy-csp.mdx explains ${name}`);
    }
  });

  it('the README states this exact header', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    assert.ok(readme.includes(HEADER), 'README quotes docs/csp.txt');
  });

  it('FAQ: click, keyboard, search, no results and clear, exclusive, update-url, JSON-LD', async () => {
    const page = await open(site.url('/'));
    try {
      const faq = page.locator('#built-in');
      const questions = faq.locator('.trigger');
      const total = await questions.count();
      assert.ok(total >= 10);

      // Click opens and closes; the URL's fragment follows (update-url).
      await questions.first().click();
      assert.equal(await questions.first().getAttribute('aria-expanded'), 'true');
      const firstId = await questions.first().getAttribute('data-id');
      assert.equal(await page.evaluate(() => location.hash), `#${firstId}`);
      await questions.first().click();
      assert.equal(await questions.first().getAttribute('aria-expanded'), 'false');
      assert.equal(await page.evaluate(() => location.hash), '');

      // Keyboard: Enter, Space, arrows, Home and End.
      await questions.nth(1).focus();
      await page.keyboard.press('Enter');
      assert.equal(await questions.nth(1).getAttribute('aria-expanded'), 'true');
      await page.keyboard.press('Space');
      assert.equal(await questions.nth(1).getAttribute('aria-expanded'), 'false');
      await page.keyboard.press('ArrowDown');
      assert.ok(await focused(questions.nth(2)));
      await page.keyboard.press('End');
      assert.ok(await focused(questions.last()));
      await page.keyboard.press('ArrowDown');
      assert.ok(await focused(questions.first()), 'wraps to the first');
      await page.keyboard.press('ArrowUp');
      assert.ok(await focused(questions.last()), 'wraps to the last');
      await page.keyboard.press('Home');
      assert.ok(await focused(questions.first()));

      // Search with results: fewer questions shown, and the count is announced.
      const search = faq.getByRole('searchbox');
      await search.fill('sore');
      const shown = faq.locator('.item:not([hidden])');
      const matches = await shown.count();
      assert.ok(matches > 0 && matches < total, `${matches} of ${total} match "sore"`);
      await faq
        .locator('[part="status"]')
        .filter({ hasText: `${matches} of ${total}` })
        .waitFor();
      // No results, then "Clear search": every question is back, focus in the box.
      await search.fill('zzzz');
      assert.equal(await shown.count(), 0);
      await faq.getByRole('button', { name: 'Clear search' }).click();
      assert.equal(await shown.count(), total);
      assert.equal(await search.inputValue(), '');
      assert.ok(await focused(search));

      // Exclusive: opening one question closes the other.
      const own = page.locator('#own .trigger');
      await own.nth(0).click();
      await own.nth(1).click();
      assert.deepEqual(await own.evaluateAll((buttons) => buttons.map((b) => b.ariaExpanded)), [
        'false',
        'true',
        'false',
      ]);

      // Structured data: written through our policy, and valid.
      const jsonLd = await page.evaluate(() =>
        [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) =>
          JSON.parse(s.text),
        ),
      );
      assert.equal(jsonLd.length, 1);
      assert.equal(jsonLd[0]['@type'], 'FAQPage');
      assert.equal(jsonLd[0].mainEntity.length, total);
      await assertNothingBlocked(page);
    } finally {
      await page.close();
    }
  });

  it('explainer: tabs by click and arrow keys, each layout, its Book links', async () => {
    const page = await open(site.url('/?utm_source=newsletter'));
    try {
      const tabs = page.locator('#tabs').getByRole('tab');
      const count = await tabs.count();
      assert.ok(count >= 5);
      await tabs.nth(2).click();
      assert.equal(await tabs.nth(2).getAttribute('aria-selected'), 'true');
      const panel = page.locator('#tabs [role="tabpanel"]:not([hidden])');
      assert.equal(await panel.count(), 1);
      assert.equal(
        await panel.getAttribute('aria-labelledby'),
        await tabs.nth(2).getAttribute('id'),
      );
      await page.keyboard.press('ArrowRight');
      assert.equal(await tabs.nth(3).getAttribute('aria-selected'), 'true');
      assert.ok(await focused(tabs.nth(3)));
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      assert.equal(await tabs.nth(1).getAttribute('aria-selected'), 'true');
      await page.keyboard.press('End');
      assert.equal(await tabs.nth(count - 1).getAttribute('aria-selected'), 'true');
      await page.keyboard.press('ArrowRight');
      assert.equal(await tabs.first().getAttribute('aria-selected'), 'true', 'wraps');

      // Cards and compare layouts show their techniques, each with a Book link.
      assert.equal(await page.locator('#cards [part="card"]').count(), 2);
      assert.equal(await page.locator('#compare tbody tr').count(), count);
      assert.equal(await page.locator('#compare [part="book"]').count(), count);

      // Book links: the page's booking, the technique's service, the page's utm.
      const book = page.locator('#cards [part="book"]').first();
      assert.equal(
        await book.getAttribute('href'),
        `${BOOKING}/deep-tissue-60?utm_source=newsletter`,
      );
      await assertNothingBlocked(page);
      const clicked = page.evaluate(
        () =>
          new Promise((resolve) =>
            document.addEventListener('clinic-book-click', (e) => resolve(e.detail), {
              once: true,
            }),
          ),
      );
      await book.click();
      assert.deepEqual(await clicked, {
        provider: 'calendly',
        service: 'deep-tissue-60',
        technique: 'deep-tissue',
        source: 'clinic-technique-explainer',
      });
      await page.waitForURL(`${BOOKING}/deep-tissue-60?utm_source=newsletter`);
    } finally {
      await page.close();
    }
  });

  it('checklist: none, suggest, urgent, emergency with the call-now box, reset, in a form', async () => {
    const page = await open(site.url('/'));
    try {
      const checklist = page.locator('clinic-symptom-checklist');
      const outcome = checklist.locator('[part="outcome"]');
      const box = (level, n = 0) =>
        checklist.locator(`fieldset[data-level="${level}"] input`).nth(n);
      const formData = () =>
        page.evaluate(() => new FormData(document.querySelector('#intake')).getAll('symptoms'));

      assert.equal(await outcome.getAttribute('data-level'), 'none');
      assert.deepEqual(await formData(), []);

      // Suggest: techniques that fit, each with "Read about" and a Book link.
      await box('symptom').check();
      assert.equal(await outcome.getAttribute('data-level'), 'suggest');
      const suggestions = checklist.locator('[part="suggestion"]');
      assert.ok((await suggestions.count()) >= 1);
      await suggestions.first().locator('.read').click();
      const technique = await suggestions.first().locator('.read').getAttribute('data-id');
      assert.equal(
        await page.locator(`#tabs #tab-${technique}`).getAttribute('aria-selected'),
        'true',
      );
      assert.match(
        await suggestions.first().locator('[part="book"]').getAttribute('href'),
        /^https:\/\/calendly\.com\/harbour-lane-massage/,
      );

      // Urgent: see a doctor today.
      await box('urgent').check();
      assert.equal(await outcome.getAttribute('data-level'), 'urgent');
      assert.equal(await checklist.locator('[part="suggestion"]').count(), 0);

      // Emergency: the call-now box under the ticked red flag, with the UK number.
      await box('emergency', 2).check();
      assert.equal(await outcome.getAttribute('data-level'), 'emergency');
      const alert = checklist.locator('fieldset[data-level="emergency"] [part="alert"]');
      assert.equal(await alert.count(), 1);
      assert.equal(await alert.locator('a[part="call"]').getAttribute('href'), 'tel:999');
      assert.equal(await outcome.locator('a[part="book"]').count(), 0, 'booking withdrawn');
      assert.equal((await formData()).length, 3, 'the form has the ticked ids');

      // "Clear my answers", then a form reset.
      await checklist.locator('[part="reset"]').click();
      assert.equal(await outcome.getAttribute('data-level'), 'none');
      assert.deepEqual(await formData(), []);
      await box('symptom', 1).check();
      assert.equal((await formData()).length, 1);
      await page.evaluate(() => document.querySelector('#intake').reset());
      assert.equal(await outcome.getAttribute('data-level'), 'none');
      assert.equal(await box('symptom', 1).isChecked(), false);
      await assertNothingBlocked(page);
    } finally {
      await page.close();
    }
  });

  it('book button: link mode from <clinic-booking>, with its service and utm', async () => {
    const page = await open(site.url('/?utm_source=newsletter&utm_campaign=spring'));
    try {
      const link = page.locator('#link a[part="button"]');
      assert.equal(
        await link.getAttribute('href'),
        `${BOOKING}?utm_source=newsletter&utm_campaign=spring`,
      );
      await assertNothingBlocked(page);
      await link.click();
      await page.waitForURL(`${BOOKING}?utm_source=newsletter&utm_campaign=spring`);
    } finally {
      await page.close();
    }
  });

  it('book button: popup opens, frames the provider, locks the scroll, Esc closes, focus returns', async () => {
    const page = await open(site.url('/'));
    try {
      const trigger = page.locator('#popup > a');
      await trigger.scrollIntoViewIfNeeded();
      const before = await page.evaluate(() => ({
        y: scrollY,
        width: document.documentElement.clientWidth,
      }));
      await trigger.click();
      const dialog = page.locator('#popup dialog[open]');
      await dialog.waitFor();
      const frame = dialog.locator('iframe');
      assert.equal(
        await frame.getAttribute('src'),
        `${BOOKING}/deep-tissue-60?embed_domain=127.0.0.1&embed_type=Inline`,
      );
      await dialog.locator('.loading[hidden]').waitFor({ state: 'attached' });
      assert.equal(
        await page.frameLocator('#popup iframe').locator('p').textContent(),
        'Pick a time',
      );
      assert.ok(await focused(dialog.getByRole('button', { name: 'Close booking' })));

      // The page under the popup does not scroll, and does not jump sideways.
      const locked = await page.evaluate(() => ({
        overflow: getComputedStyle(document.documentElement).overflow,
        width: document.documentElement.clientWidth,
      }));
      assert.deepEqual(locked, { overflow: 'hidden', width: before.width });
      await page.mouse.wheel(0, 600);
      await page.keyboard.press('PageDown');
      assert.equal(await page.evaluate(() => scrollY), before.y);

      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      // The lock is undone on the dialog's close event, which follows a moment later.
      await page.waitForFunction(() => document.documentElement.style.overflow === '');
      assert.ok(await focused(trigger), 'focus is back on the book button');
      assert.equal(
        await page.evaluate(() => getComputedStyle(document.documentElement).overflow),
        'visible',
      );
      await assertNothingBlocked(page);
    } finally {
      await page.close();
    }
  });

  it('book button: floating on a phone, then hidden', async () => {
    const page = await open(site.url('/'), { viewport: { width: 375, height: 700 } });
    try {
      const launcher = page.locator('#floating .floating');
      assert.equal(await launcher.evaluate((el) => getComputedStyle(el).position), 'fixed');
      const box = await launcher.boundingBox();
      assert.ok(box.y + box.height <= 700 && box.y > 350, 'at the bottom of the screen');
      assert.match(
        await page.evaluate(() => document.documentElement.style.scrollPaddingBlockEnd),
        /^\d+px$/,
      );
      await page.locator('#floating [part="hide"]').click();
      await launcher.waitFor({ state: 'detached' });
      assert.ok(await focused(page.locator('#floating [part="button"]')));
      assert.equal(await page.evaluate(() => document.documentElement.style.cssText), '');
      await assertNothingBlocked(page);
    } finally {
      await page.close();
    }
  });

  it('without clinic-elements in trusted-types, only the JSON-LD is left out, with a warning', async () => {
    const withoutOurPolicy = await serve({
      '/': {
        body: everything,
        headers: { 'content-security-policy': CSP.replace(' clinic-elements', '') },
      },
    });
    const page = await open(withoutOurPolicy.url('/'));
    try {
      const state = await page.evaluate(() => ({
        jsonLd: document.querySelectorAll('script[type="application/ld+json"]').length,
        questions: document.querySelector('#own').shadowRoot.querySelectorAll('[aria-expanded]')
          .length,
      }));
      assert.equal(state.jsonLd, 0);
      assert.equal(state.questions, 3);
      assert.ok(
        page.problems.some((p) => /^console\.warning: <clinic-faq>.*"clinic-elements"/.test(p)),
        'the FAQ says which policy to allow',
      );
    } finally {
      await page.close();
      await withoutOurPolicy.close();
    }
  });
});

describe('the script loaded twice, and our policy name taken', () => {
  const elements = `<clinic-faq structured-data></clinic-faq>
    <clinic-symptom-checklist region="uk"></clinic-symptom-checklist>
    <clinic-book-button mode="popup"><a href="${BOOKING}">Book a massage</a></clinic-book-button>`;
  const twice = htmlPage(
    elements,
    `${SCRIPT}<script type="module" src="/dist/cdn/clinic-elements.js?copy=2"></script>`,
  );
  const withoutDuplicates = CSP.replace(" 'allow-duplicates'", '');

  /** Serves `body` under `csp` and opens it, once every script has run. */
  async function openUnder(csp, body, routes = {}) {
    const site = await serve({
      '/': { body, headers: { 'content-security-policy': csp } },
      ...routes,
    });
    const page = await open(site.url('/'));
    await page.waitForLoadState('load');
    await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
    return Object.assign(page, { site });
  }
  const close = async (page) => {
    await page.close();
    await page.site.close();
  };
  const jsonLdCount = (page) =>
    page.evaluate(() => document.querySelectorAll('script[type="application/ld+json"]').length);
  after(closeBrowser);

  it('twice: no violation, no error, everything works', async () => {
    const page = await openUnder(CSP, twice);
    try {
      const copies = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((e) => e.name.includes('/dist/cdn/clinic-elements.js')),
      );
      assert.equal(copies.length, 2, 'both copies ran');
      const question = page.locator('clinic-faq .trigger').first();
      await question.click();
      assert.equal(await question.getAttribute('aria-expanded'), 'true');
      await page.locator('clinic-symptom-checklist input').first().check();
      await page.locator('clinic-book-button > a').click();
      await page.locator('clinic-book-button dialog[open] iframe').waitFor();
      assert.equal(await jsonLdCount(page), 1);
      await assertNothingBlocked(page);
    } finally {
      await close(page);
    }
  });

  it("twice without 'allow-duplicates': Lit's second \"lit-html\" policy is refused (why the header has it)", async () => {
    const page = await openUnder(withoutDuplicates, twice);
    try {
      assert.deepEqual(await page.evaluate(() => window.__violations), [
        'trusted-types trusted-types-policy lit-html',
      ]);
      assert.ok(page.problems.some((p) => /^uncaught: .*"lit-html" already exists/.test(p)));
    } finally {
      await close(page);
    }
  });

  it('our "clinic-elements" policy copes when another script took the name first', async () => {
    const routes = {
      '/first.js': {
        body: "trustedTypes.createPolicy('clinic-elements', { createScript: (s) => s });",
      },
    };
    const body = htmlPage(
      '<clinic-faq structured-data></clinic-faq>',
      `<script src="/first.js"></script>${SCRIPT}`,
    );
    // With 'allow-duplicates', ours is made too and writes the JSON-LD.
    const allowed = await openUnder(CSP, body, routes);
    try {
      assert.equal(await jsonLdCount(allowed), 1);
      await assertNothingBlocked(allowed);
    } finally {
      await close(allowed);
    }
    // Without, the JSON-LD is left out with our warning; nothing throws, the FAQ works.
    const refused = await openUnder(withoutDuplicates, body, routes);
    try {
      assert.equal(await jsonLdCount(refused), 0);
      const question = refused.locator('clinic-faq .trigger').first();
      await question.click();
      assert.equal(await question.getAttribute('aria-expanded'), 'true');
      // Refused twice: the policy, then the plain text it tries in case only the name is limited.
      const violations = await refused.evaluate(() => window.__violations);
      assert.equal(violations.length, 2);
      assert.equal(violations[0], 'trusted-types trusted-types-policy clinic-elements');
      assert.match(
        violations[1],
        /^require-trusted-types-for trusted-types-sink HTMLScriptElement text/,
      );
      assert.ok(
        refused.problems.some((p) => /^console\.warning: <clinic-faq>.*"clinic-elements"/.test(p)),
      );
      assert.deepEqual(
        refused.problems.filter((p) => p.startsWith('uncaught')),
        [],
      );
    } finally {
      await close(refused);
    }
  });
});
