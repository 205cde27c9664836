/**
 * The CMS pastes of docs/cms/, as each platform leaves them in the page, in
 * Chromium. The snippets are the ones the README and Storybook show (a test
 * below checks the README's copies); the page loads the repo's built bundle
 * (`npm run build` first) where the snippets name the jsDelivr URL.
 *
 * - WordPress: a Custom HTML block (left as it is), the classic editor (through
 *   a port of `wpautop`, test/page/wpautop.mjs), and both as saved by an author
 *   without `unfiltered_html` (through a port of KSES, test/page/kses.mjs), with
 *   and without docs/cms/wordpress-plugin.php.
 * - Squarespace code block and Webflow Code Embed: the snippet inside their
 *   wrapper elements.
 * - Wix: "Embed HTML" in a sandboxed iframe on another origin, as Wix serves it;
 *   Custom Elements created by the page's own script; custom code at the end of
 *   the body.
 *
 * With JavaScript, the FAQ shows the clinic's questions and opens one on a click,
 * the book link points at the clinic's booking page and follows it, the symptom
 * checklist gives the emergency advice for a red flag, and the console stays
 * clean. The snippets' plain script runs before the browser shows what follows
 * it, so with the bundle arriving late (a slow CDN) nothing on the page moves.
 * Without JavaScript, the clinic's questions and answers and the booking
 * link are still there and work.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  closeBrowser,
  elementsReady,
  openPage,
  plainPage,
  recordLayoutShift,
  repoRoot,
  serve,
} from './harness.mjs';
import { ALLOWED_POST_TAGS, kses } from './kses.mjs';
import { wpautop } from './wpautop.mjs';

const CDN_URL = 'https://cdn.jsdelivr.net/npm/clinic-elements@0.1/dist/cdn/clinic-elements.js';
const LOCAL_URL = '/dist/cdn/clinic-elements.js';
/** The site's own text below the content, which must not move. */
const FOOTER = '© Demo Clinic. Massage for back pain and sciatica.';
/** How long the bundle takes to arrive, as from a slow CDN (ms). */
const CDN_DELAY = 400;
const BOOKING = 'https://yourclinic.janeapp.com/';
const QUESTIONS = [
  'How long is a session?',
  'What should I wear?',
  'Do I need a referral from my doctor?',
];
const FIRST_ANSWER = '30, 60 or 90 minutes.';
/** The snippets' sentence inside the checklist, for pages where it does not run. */
const EMERGENCY = /or both legs going weak: call 999 now, and do not book a massage\./;
const DIR = join(repoRoot, 'docs/cms');

/** A file of docs/cms/, as written. */
const read = (file) => readFileSync(join(DIR, file), 'utf8');
/** A snippet with the repo's bundle in place of the jsDelivr URL. */
const snippet = (file) => read(file).replaceAll(CDN_URL, LOCAL_URL);

/** A page of a site around `body`. */
const html = ({ head = '', body, lang = 'en-GB' }) => plainPage({ head, body, lang });

/** What WordPress prints in the <head> for the plugin's `wp_enqueue_script()`. */
const pluginTag = `<script src="${LOCAL_URL}" id="clinic-elements-js"></script>`;

/** The tags and attributes docs/cms/wordpress-plugin.php adds to KSES. */
function pluginTags() {
  const php = read('wordpress-plugin.php');
  const list = (source) => [...source.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
  const global = list(/\$global\s*=\s*array\(([^)]*)\)/.exec(php)[1]);
  return Object.fromEntries(
    [...php.matchAll(/'(clinic-[a-z-]+)'\s*=>\s*array\(([^)]*)\)/g)].map(([, tag, attributes]) => [
      tag,
      [...global, ...list(attributes)],
    ]),
  );
}
const withPlugin = () => ({ ...ALLOWED_POST_TAGS, ...pluginTags() });

/** A WordPress post: the theme's wrappers around the content. */
const wordpressPost = (content, head = '') =>
  html({
    head,
    body: `<div class="wp-site-blocks"><main class="wp-block-group"><div class="entry-content wp-block-post-content">
${content}
</div></main><footer class="wp-block-template-part"><p>${FOOTER}</p></footer></div>`,
  });

/**
 * A Wix page's Custom Elements: Wix's page script creates each element with the
 * tag name and attributes set in the editor, inside its own wrappers, once the
 * page has rendered; the "Server URL" script is loaded by Wix (here: after).
 */
function wixCustomElementsPage(settings) {
  const elements = settings.split(/\n\s*\n/).map((block) => {
    const tag = /^Tag name: (.+)$/m.exec(block)[1].trim();
    const attributes = [...block.matchAll(/^Attribute: ([^=]+?) = (.+)$/gm)].map((m) => [
      m[1].trim(),
      m[2].trim(),
    ]);
    const src = /^Server URL: (.+)$/m.exec(block)[1].trim().replace(CDN_URL, LOCAL_URL);
    return { tag, attributes, src };
  });
  const sources = [...new Set(elements.map((e) => e.src))];
  return html({
    body: `<div id="SITE_CONTAINER"><main id="PAGES_CONTAINER"><div id="comp-page"></div></main></div>
<script>
  const elements = ${JSON.stringify(elements)};
  setTimeout(() => {
    const page = document.getElementById('comp-page');
    elements.forEach(({ tag, attributes }, i) => {
      const wrapper = document.createElement('div');
      wrapper.id = 'comp-' + i;
      wrapper.className = 'wixui-custom-element';
      const element = document.createElement(tag);
      for (const [name, value] of attributes) element.setAttribute(name, value);
      wrapper.append(element);
      page.append(wrapper);
    });
    for (const src of ${JSON.stringify(sources)}) {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = src;
      document.head.append(script);
    }
  }, 100);
</script>`,
  });
}

/**
 * Each platform: the snippet file, and how the published page holds it. `frame`
 * names the iframe the elements live in; `fallback` is false where the page has
 * no markup of its own to show without JavaScript; `stable` is false where the
 * platform, not the snippet, decides when the elements and the script arrive.
 */
const PLATFORMS = [
  {
    name: 'WordPress, Custom HTML block',
    file: 'wordpress-block.html',
    // Block content is not run through wpautop (do_blocks removes it).
    page: () => ({ '/': { body: wordpressPost(snippet('wordpress-block.html')) } }),
  },
  {
    name: 'WordPress, Custom HTML block saved by an author, with the plugin',
    file: 'wordpress-block.html',
    page: () => ({
      '/': { body: wordpressPost(kses(snippet('wordpress-block.html'), withPlugin()), pluginTag) },
    }),
  },
  {
    name: 'WordPress, classic editor (Text tab), through wpautop',
    file: 'wordpress-classic.html',
    page: () => ({ '/': { body: wordpressPost(wpautop(snippet('wordpress-classic.html'))) } }),
  },
  {
    name: 'WordPress, classic editor saved by an author, with the plugin',
    file: 'wordpress-classic.html',
    page: () => ({
      '/': {
        body: wordpressPost(
          wpautop(kses(snippet('wordpress-classic.html'), withPlugin())),
          pluginTag,
        ),
      },
    }),
  },
  {
    name: 'Squarespace, code block',
    file: 'squarespace.html',
    page: () => ({
      '/': {
        body: html({
          body: `<main id="page"><article class="sections"><section class="page-section"><div class="content-wrapper"><div class="content">
<div class="sqs-block code-block sqs-block-code" data-block-type="23" id="block-yui_3_17_2_1_1700000000000_1234"><div class="sqs-block-content">
${snippet('squarespace.html')}
</div></div>
</div></div></section></article></main>
<footer class="sections" id="footer-sections"><p>${FOOTER}</p></footer>`,
        }),
      },
    }),
  },
  {
    name: 'Webflow, Code Embed',
    file: 'webflow.html',
    page: () => ({
      '/': {
        body: html({
          body: `<div class="page-wrapper"><section class="section"><div class="w-layout-blockcontainer container w-container">
<div class="w-embed w-script">
${snippet('webflow.html')}
</div>
</div></section><footer class="footer"><p>${FOOTER}</p></footer></div>`,
        }),
      },
    }),
  },
  {
    name: 'Wix, custom code at the end of the body',
    file: 'wix-custom-code.html',
    page: () => ({
      '/': {
        body: html({
          body: `<div id="SITE_CONTAINER"><main id="PAGES_CONTAINER"><h1>Massage for sciatica</h1></main><footer id="SITE_FOOTER"><p>${FOOTER}</p></footer></div>
${snippet('wix-custom-code.html')}`,
        }),
      },
    }),
  },
  {
    name: 'Wix, Embed HTML (sandboxed iframe on another origin)',
    file: 'wix-embed.html',
    frame: 'htmlComp-iframe',
    // Filled in by the test: the frame's own origin.
    page: (embedUrl) => ({
      '/': {
        body: html({
          body: `<div id="SITE_CONTAINER"><main id="PAGES_CONTAINER"><div id="comp-embed" style="height: 640px">
<iframe class="wuksD5" title="Embedded Content" name="htmlComp-iframe" width="100%" height="100%" allow="fullscreen"
  sandbox="allow-same-origin allow-forms allow-popups allow-modals allow-scripts allow-pointer-lock"
  src="${embedUrl}"></iframe>
</div></main></div>`,
        }),
      },
    }),
  },
  {
    name: 'Wix, Custom Elements',
    file: 'wix-custom-element.txt',
    fallback: false,
    stable: false,
    page: () => ({ '/': { body: wixCustomElementsPage(read('wix-custom-element.txt')) } }),
  },
];

/** Serves a platform's page (and, for Wix's Embed HTML, the frame on a second origin). */
async function publish(platform) {
  const servers = [];
  let embedUrl;
  if (platform.frame) {
    const wix = await serve({
      '/html/c9104a_embed.html': { body: snippet(platform.file) },
      delays: { [LOCAL_URL]: CDN_DELAY },
    });
    servers.push(wix);
    embedUrl = wix.url('/html/c9104a_embed.html');
  }
  const site = await serve({ ...platform.page(embedUrl), delays: { [LOCAL_URL]: CDN_DELAY } });
  servers.push(site);
  return {
    url: site.url('/'),
    close: () => Promise.all(servers.map((s) => s.close())),
  };
}

/** The frame the elements are in, once the page has loaded. */
async function contentOf(page, platform) {
  if (!platform.frame) return page.mainFrame();
  await page.waitForLoadState('load');
  const frame = page.frame({ name: platform.frame });
  assert.ok(frame, `the ${platform.frame} frame is in the page`);
  await frame.waitForLoadState('load');
  return frame;
}

/** What the snippet asks of the page. */
function expectationsOf(platform) {
  const source = read(platform.file);
  return {
    clinicQuestions: /<details>/.test(source),
    faq: /clinic-faq/.test(source),
    checklist: /clinic-symptom-checklist/.test(source),
    explainer: /clinic-technique-explainer/.test(source),
    bookButton: /clinic-book-button/.test(source),
    newTab: /target="_blank"/.test(source),
  };
}

/** Opens the booking page from the clinic's link, and says where the visitor landed. */
async function follow(page, link, newTab) {
  await page
    .context()
    .route(`${BOOKING}**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Book online</title>Booking' }),
    );
  if (newTab) {
    const [tab] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await tab.waitForLoadState('domcontentloaded');
    return tab.url();
  }
  await Promise.all([page.waitForURL(BOOKING), link.click()]);
  return page.url();
}

describe('CMS pastes (docs/cms)', () => {
  after(closeBrowser);

  describe('the snippets', () => {
    it('name the pinned jsDelivr URL of the CDN bundle, so the tests can swap in the local build', () => {
      for (const file of readdirSync(DIR).filter((f) => !f.endsWith('.php'))) {
        assert.ok(read(file).includes(CDN_URL), `${file} loads ${CDN_URL}`);
      }
      assert.ok(read('wordpress-plugin.php').includes(`'${CDN_URL}'`));
    });

    it('load the bundle with one plain script (no type="module", async or defer), above the elements', () => {
      for (const file of readdirSync(DIR).filter((f) => f.endsWith('.html'))) {
        const source = read(file);
        const scripts = [...source.matchAll(/<script\b[^>]*>/g)];
        assert.deepEqual(
          scripts.map((m) => m[0]),
          [`<script src="${CDN_URL}">`],
          `${file} has one plain script tag`,
        );
        assert.ok(
          scripts[0].index < source.indexOf('<clinic-'),
          `${file}: the script comes before the first element`,
        );
        const booking = source.indexOf('<clinic-booking');
        if (booking !== -1) {
          const others = [...source.matchAll(/<clinic-(?!booking)/g)].map((m) => m.index);
          assert.ok(
            booking < Math.min(...others),
            `${file}: <clinic-booking> is above the elements`,
          );
        }
      }
    });

    it('the WordPress plugin loads the same plain script in the <head>, on any WordPress version', () => {
      const php = read('wordpress-plugin.php');
      assert.doesNotMatch(php, /wp_enqueue_script_module|wp_enqueue_style|Requires at least/);
      const call = /wp_enqueue_script\(([^;]*)\);/.exec(php);
      assert.ok(call, 'the plugin calls wp_enqueue_script()');
      const args = call[1].split(',').map((a) => a.trim());
      // Handle, source, no dependencies, no ?ver= (null), not in the footer (false).
      assert.deepEqual(args, ["'clinic-elements'", `'${CDN_URL}'`, 'array()', 'null', 'false']);
    });

    it('are in the README, each exactly as in its file', () => {
      const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
      const start = readme.indexOf('\n## On a CMS');
      assert.ok(start > 0, 'README has a "## On a CMS" section');
      const end = readme.indexOf('\n## ', start + 1);
      const section = readme.slice(start, end === -1 ? undefined : end);
      const blocks = [...section.matchAll(/^```[a-z]*\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
      const files = readdirSync(DIR).sort();
      for (const file of files) {
        assert.ok(blocks.includes(read(file)), `the README shows docs/cms/${file} as it is`);
      }
      for (const block of blocks) {
        assert.ok(
          files.some((file) => read(file) === block),
          `every code block of the section is a docs/cms file:\n${block}`,
        );
      }
    });

    it('the WordPress plugin lets KSES keep every attribute the elements have', () => {
      const manifest = JSON.parse(readFileSync(join(repoRoot, 'custom-elements.json'), 'utf8'));
      const allowed = pluginTags();
      for (const declaration of manifest.modules.flatMap((m) => m.declarations ?? [])) {
        if (!declaration.customElement || !declaration.tagName) continue;
        const tag = declaration.tagName;
        assert.ok(allowed[tag], `the plugin allows <${tag}>`);
        for (const { name } of declaration.attributes ?? []) {
          assert.ok(allowed[tag].includes(name), `the plugin allows ${name} on <${tag}>`);
        }
      }
    });
  });

  describe('wpautop and KSES do what the docs say', () => {
    it('wpautop wraps a bare <clinic-faq> in <p>, which pushes the questions out of it', () => {
      const out = wpautop(read('wordpress-block.html'));
      assert.match(out, /<p><clinic-faq><\/p>/);
    });

    it('the classic snippet keeps its questions inside <clinic-faq>, with only empty <p>s added', () => {
      const out = wpautop(read('wordpress-classic.html'));
      const faq = out.slice(out.indexOf('<clinic-faq>'), out.indexOf('</clinic-faq>'));
      assert.equal(faq.match(/<details>/g)?.length, QUESTIONS.length);
      assert.match(out, /<div class="clinic-faq">\n<clinic-faq><\/p>/);
      assert.match(out, /<p><\/clinic-faq>\n<\/div>/);
      // The script line gets a <p> of its own, and stays above the elements.
      assert.ok(
        out.startsWith(`<p><script src="${CDN_URL}"></script></p>\n<div class="clinic-faq">`),
      );
      assert.match(
        out,
        /<p><clinic-book-button><a href="[^"]+">Book a massage<\/a><\/clinic-book-button><\/p>/,
      );
    });

    it('KSES without the plugin removes the script and every clinic tag, and keeps the rest', () => {
      const out = kses(read('wordpress-block.html'));
      assert.doesNotMatch(out, /<script|<\/script|<clinic-|<\/clinic-/);
      assert.equal(out.match(/<details>/g)?.length, QUESTIONS.length);
      assert.match(out, /<a href="https:\/\/yourclinic\.janeapp\.com\/">Book a massage<\/a>/);
    });

    it('KSES with the plugin keeps the clinic tags and their attributes, not the script', () => {
      const out = kses(read('wordpress-block.html'), withPlugin());
      assert.doesNotMatch(out, /<script/);
      assert.match(out, /<clinic-book-button><a href="https:\/\/yourclinic\.janeapp\.com\/">/);
      assert.match(out, /<clinic-symptom-checklist region="uk">/);
      const button = `<clinic-book-button href="${BOOKING}" mode="popup" service="swedish">`;
      assert.ok(kses(`${button}</clinic-book-button>`, withPlugin()).includes(button));
    });
  });

  describe('WordPress classic editor: why its snippet differs', () => {
    let site;
    before(async () => {
      const threeLines = `<clinic-book-button href="${BOOKING}">
  <a href="${BOOKING}">Book a massage</a>
</clinic-book-button>`;
      site = await serve({
        '/block-in-classic': { body: wordpressPost(wpautop(snippet('wordpress-block.html'))) },
        '/three-lines': {
          body: wordpressPost(wpautop(threeLines), pluginTag),
        },
      });
    });
    after(() => site.close());

    it('the Custom HTML block snippet, pasted in the classic editor, gets its clinic questions back', async () => {
      const page = await openPage(site.url('/block-in-classic'));
      try {
        await elementsReady(page);
        // wpautop's <p><clinic-faq></p> closes the FAQ before its first question; the questions
        // after it, up to the empty <p> its end tag left, are moved back inside.
        await page.locator('clinic-faq [aria-expanded]').first().waitFor();
        await page.waitForFunction(
          (question) =>
            Array.from(
              document.querySelector('clinic-faq').shadowRoot.querySelectorAll('[aria-expanded]'),
              (button) => button.textContent.trim(),
            ).includes(question),
          QUESTIONS[1],
        );
        assert.equal(await page.locator('.entry-content > details').count(), 0);
        // The console says what happened, and what to do.
        assert.ok(
          page.problems.some((p) =>
            /<clinic-faq>: the page's editor put it in a <p>.*moved back inside\. Wrap the element/.test(
              p,
            ),
          ),
          page.problems.join(' | '),
        );
      } finally {
        await page.close();
      }
    });

    it('a book button written over three lines gets <br>s around its link, and still works', async () => {
      const page = await openPage(site.url('/three-lines'));
      try {
        await elementsReady(page);
        assert.equal(await page.locator('clinic-book-button > br').count(), 2);
        const link = page.locator('clinic-book-button a');
        assert.equal(await link.count(), 1, 'the element draws no second link');
        assert.equal(await follow(page, link, false), BOOKING);
        assert.deepEqual(page.problems, []);
      } finally {
        await page.close();
      }
    });
  });

  for (const platform of PLATFORMS) {
    const expected = expectationsOf(platform);

    describe(platform.name, () => {
      let site;
      before(async () => {
        site = await publish(platform);
      });
      after(() => site.close());

      it('works: the FAQ, the checklist, the book link, and a clean console', async () => {
        const page = await openPage(site.url, { beforeGoto: recordLayoutShift });
        try {
          const content = await contentOf(page, platform);
          if (expected.faq) await content.waitForSelector('clinic-faq');
          await elementsReady(content);

          if (platform.stable !== false) {
            // The plain script runs before the browser shows what follows it,
            // however late the bundle arrives: nothing below an element moves.
            const shifts = await content.evaluate(() => window.__shifts);
            assert.deepEqual(shifts, [], 'nothing moves while the elements arrive');
          }

          if (expected.faq) {
            const buttons = content.locator('clinic-faq [aria-expanded]');
            const questions = (await buttons.allInnerTexts()).map((t) => t.trim());
            if (expected.clinicQuestions) assert.deepEqual(questions, QUESTIONS);
            else assert.ok(questions.length >= 5, `the built-in FAQ: ${questions.length}`);
            await buttons.first().click();
            assert.equal(await buttons.first().getAttribute('aria-expanded'), 'true');
            if (expected.clinicQuestions) {
              assert.ok(await content.getByText(FIRST_ANSWER).isVisible(), 'the answer shows');
            }
          }

          if (expected.explainer) {
            const tabs = await content.locator('clinic-technique-explainer [role="tab"]').count();
            assert.ok(tabs >= 5, `the explainer shows its techniques (${tabs})`);
          }

          if (expected.checklist) {
            const checklist = content.locator('clinic-symptom-checklist');
            // The sentence for pages without JavaScript gives way to the checklist.
            assert.equal(await content.getByText(EMERGENCY).isVisible(), false);
            await checklist.locator('fieldset[data-level="emergency"] input').first().check();
            assert.equal(
              await checklist.locator('[part="outcome"]').getAttribute('data-level'),
              'emergency',
            );
            assert.ok(
              await checklist.locator('[part="alert"] a[href="tel:999"]').first().isVisible(),
              'the "call 999" advice shows under the red flag',
            );
            await checklist.locator('[part="reset"]').click();
          }

          if (expected.bookButton) {
            const link = content.locator('clinic-book-button a[href]').first();
            assert.equal(await link.getAttribute('href'), BOOKING);
            assert.ok(await link.isVisible(), 'the book link is visible');
            if (expected.newTab) assert.equal(await link.getAttribute('target'), '_blank');
            assert.deepEqual(page.problems, []);
            assert.equal(await follow(page, link, expected.newTab), BOOKING);
          }

          assert.deepEqual(page.problems, []);
        } finally {
          await page.close();
        }
      });

      if (platform.fallback !== false) {
        it('without JavaScript, still shows the questions and answers and a working booking link', async () => {
          const page = await openPage(site.url, { javaScriptEnabled: false });
          try {
            const content = await contentOf(page, platform);
            if (expected.clinicQuestions) {
              for (const question of QUESTIONS) {
                assert.ok(await content.getByText(question).isVisible(), `"${question}" shows`);
              }
              const answer = content.getByText(FIRST_ANSWER);
              assert.equal(await answer.isVisible(), false, 'answers start closed');
              await content.getByText(QUESTIONS[0]).click();
              assert.ok(await answer.isVisible(), 'a click on the question shows its answer');
            }
            if (expected.checklist) {
              assert.ok(await content.getByText(EMERGENCY).isVisible(), 'the emergency signs show');
            }
            const link = content.locator(`a[href="${BOOKING}"]`).first();
            assert.ok(await link.isVisible(), 'the booking link shows');
            assert.equal(await follow(page, link, expected.newTab), BOOKING);
          } finally {
            await page.close();
          }
        });
      }
    });
  }

  describe('WordPress, saved by an author without the plugin', () => {
    let site;
    before(async () => {
      site = await serve({
        '/block': { body: wordpressPost(kses(snippet('wordpress-block.html'))) },
        '/classic': { body: wordpressPost(wpautop(kses(snippet('wordpress-classic.html')))) },
      });
    });
    after(() => site.close());

    for (const path of ['/block', '/classic']) {
      it(`${path.slice(1)}: the questions are plain <details> and the booking link a plain link`, async () => {
        const page = await openPage(site.url(path));
        try {
          assert.equal(await page.locator('clinic-faq, clinic-book-button').count(), 0);
          assert.equal(await page.locator('details > summary').count(), QUESTIONS.length);
          assert.ok(await page.getByText(EMERGENCY).isVisible(), 'the emergency signs show');
          await page.getByText(QUESTIONS[0]).click();
          assert.ok(await page.getByText(FIRST_ANSWER).isVisible());
          const link = page.locator(`a[href="${BOOKING}"]`);
          assert.equal(await link.count(), 1);
          assert.equal(await follow(page, link, false), BOOKING);
          assert.deepEqual(page.problems, []);
        } finally {
          await page.close();
        }
      });
    }
  });

  describe("Wix's Embed HTML sandbox", () => {
    const wix = PLATFORMS.find((p) => p.frame);
    let site;
    before(async () => {
      site = await publish(wix);
    });
    after(() => site.close());

    it('blocks a link that targets the whole page (_top), so the snippet opens booking in a new tab', async () => {
      const page = await openPage(site.url);
      try {
        const frame = await contentOf(page, wix);
        await frame.evaluate((href) => {
          const a = Object.assign(document.createElement('a'), { href, target: '_top' });
          a.textContent = 'Book (top)';
          document.body.append(a);
        }, BOOKING);
        await frame.getByText('Book (top)').click();
        await page.waitForTimeout(300);
        assert.equal(page.url(), site.url);
        assert.ok(
          page.problems.some((p) => /sandboxed|allow-top-navigation/i.test(p)),
          `Chromium says why: ${page.problems.join(' | ')}`,
        );
      } finally {
        await page.close();
      }
    });

    it('a popup book button in the cross-origin frame: no console error, and Close has focus when it opens', async () => {
      const page = await openPage(site.url);
      try {
        const frame = await contentOf(page, wix);
        await frame.evaluate((href) => {
          const button = document.createElement('clinic-book-button');
          button.setAttribute('mode', 'popup');
          button.innerHTML = `<a href="${href}">Book in a popup</a>`;
          document.body.append(button);
          return button.updateComplete;
        }, 'https://calendly.com/demo-clinic/massage');
        await page.waitForTimeout(200);
        // Chromium refuses `autofocus` in a cross-origin frame, with a console error at load.
        assert.deepEqual(page.problems, []);
        await frame.evaluate(() => document.querySelectorAll('clinic-book-button')[1].show());
        await frame.waitForFunction(
          () =>
            document
              .querySelectorAll('clinic-book-button')[1]
              .shadowRoot.activeElement?.textContent.trim() === 'Close booking',
        );
      } finally {
        await page.close();
      }
    });
  });
});
