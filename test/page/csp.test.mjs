/**
 * The Content Security Policy of docs/csp.txt, the one Storybook's "Privacy and
 * CSP" page recommends, on a page with every element and the script hosted on
 * the site: nothing is blocked, the FAQ's JSON-LD is written through our
 * Trusted Types policy, and the booking popup frames the provider's page.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { closeBrowser, elementsReady, openPage, repoRoot, serve } from './harness.mjs';

const HEADER = readFileSync(join(repoRoot, 'docs/csp.txt'), 'utf8').trim();
const CSP = HEADER.replace(/^Content-Security-Policy:\s*/, '');
const BOOKING = 'https://calendly.com/harbour-lane-massage';

const body = `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <title>Massage for sciatica</title>
    <link rel="icon" href="data:," />
    <script type="module" src="/dist/cdn/clinic-elements.js"></script>
  </head>
  <body>
    <clinic-booking href="${BOOKING}" services="deep-tissue=deep-tissue-60"></clinic-booking>
    <clinic-faq structured-data searchable>
      <details><summary>How long is a session?</summary><p>30, 60 or 90 minutes.</p></details>
    </clinic-faq>
    <clinic-technique-explainer></clinic-technique-explainer>
    <clinic-symptom-checklist region="uk"></clinic-symptom-checklist>
    <clinic-book-button mode="popup"><a href="${BOOKING}">Book a massage</a></clinic-book-button>
  </body>
</html>`;

/** Opens the page with the header, recording every CSP violation. */
async function open(site) {
  const page = await openPage(undefined, {
    beforeGoto: (p) =>
      p.addInitScript(() => {
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          window.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`),
        );
      }),
  });
  await page.goto(site.url('/'));
  await elementsReady(page);
  return page;
}

describe('the recommended Content Security Policy (docs/csp.txt)', () => {
  let strict;
  let withoutOurPolicy;
  before(async () => {
    strict = await serve({ '/': { body, headers: { 'content-security-policy': CSP } } });
    withoutOurPolicy = await serve({
      '/': {
        body,
        headers: { 'content-security-policy': CSP.replace(' clinic-elements', '') },
      },
    });
  });
  after(async () => {
    await strict.close();
    await withoutOurPolicy.close();
    await closeBrowser();
  });

  it('is one header line, with the two Trusted Types policies the script creates', () => {
    assert.match(HEADER, /^Content-Security-Policy: [^\n]+$/);
    assert.match(CSP, /trusted-types lit-html clinic-elements/);
    assert.match(CSP, /script-src 'self';/);
  });

  it('blocks nothing the elements do, with the script on the site itself', async () => {
    const page = await open(strict);
    try {
      await page.locator('clinic-faq [aria-expanded]').first().click();
      await page
        .locator('clinic-symptom-checklist fieldset[data-level="emergency"] input')
        .first()
        .check();
      await page.route(`${BOOKING}**`, (route) =>
        route.fulfill({ contentType: 'text/html', body: '<title>Book</title>Calendly' }),
      );
      await page.locator('clinic-book-button > a').click();
      const frame = page.locator('clinic-book-button dialog[open] iframe');
      await frame.waitFor();
      const state = await page.evaluate(() => ({
        violations: window.__violations,
        jsonLd: document.querySelectorAll('script[type="application/ld+json"]').length,
        tabs: document
          .querySelector('clinic-technique-explainer')
          .shadowRoot.querySelectorAll('[role="tab"]').length,
      }));
      assert.deepEqual(state.violations, []);
      assert.equal(state.jsonLd, 1, 'the FAQ wrote its JSON-LD through its policy');
      assert.ok(state.tabs >= 5);
      assert.match(await frame.getAttribute('src'), /^https:\/\/calendly\.com\//);
      assert.deepEqual(page.problems, []);
    } finally {
      await page.close();
    }
  });

  it('without clinic-elements in trusted-types, only the JSON-LD is left out, with a warning', async () => {
    const page = await open(withoutOurPolicy);
    try {
      const state = await page.evaluate(() => ({
        jsonLd: document.querySelectorAll('script[type="application/ld+json"]').length,
        questions: document
          .querySelector('clinic-faq')
          .shadowRoot.querySelectorAll('[aria-expanded]').length,
      }));
      assert.equal(state.jsonLd, 0);
      assert.equal(state.questions, 1);
      assert.ok(
        page.problems.some((p) => /^console\.warning: <clinic-faq>.*"clinic-elements"/.test(p)),
        'the FAQ says which policy to allow',
      );
    } finally {
      await page.close();
    }
  });
});
