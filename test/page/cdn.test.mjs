/**
 * The CDN script as a clinic uses it: one script tag on a plain static page,
 * nothing else; as `type="module"` in most tests here, and as the plain head
 * script the README recommends in the last ones. Every element upgrades and
 * works, loading it twice (or next to the npm build) is harmless, markup
 * upgrades wherever and whenever it appears, and the text below the elements
 * does not move when it arrives.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  closeBrowser,
  elementsReady,
  openPage,
  plainPage,
  recordLayoutShift,
  repoRoot,
  serve,
} from './harness.mjs';

const CDN = '/dist/cdn/clinic-elements.js';
const CSS = '/dist/cdn/clinic-elements.css';
const BOOKING = 'https://calendly.com/harbour-lane/massage';

/** A plain page: `head` (the CDN script unless given) and `body` HTML. */
const page = (body, head) => plainPage({ body, head });

/** Every element, on the built-in content, as the README shows them. */
const allElements = `
  <h1>Massage for sciatica</h1>
  <clinic-booking href="${BOOKING}"></clinic-booking>
  <clinic-technique-explainer></clinic-technique-explainer>
  <clinic-symptom-checklist region="uk"></clinic-symptom-checklist>
  <clinic-faq></clinic-faq>
  <clinic-book-button></clinic-book-button>`;

/** The clinic's own FAQ and booking link: what shows without JavaScript too. */
const clinicFaq = `
  <clinic-faq>
    <details>
      <summary>How long is a first session, and what should I wear when I come in?</summary>
      <p>About an hour. Wear something loose; we give you a towel.</p>
    </details>
    <details open>
      <summary>Do I need a referral?</summary>
      <p>No, you can book directly.</p>
      <ul><li>Bring any scan reports.</li><li>Tell us about your medicines.</li></ul>
    </details>
    <details>
      <summary>Is there parking?</summary>
      Yes, behind the building.
    </details>
  </clinic-faq>`;

const bookLink = `<clinic-book-button><a href="${BOOKING}">Book a massage</a></clinic-book-button>`;

/** What each element shows once upgraded: enough to tell it works. */
async function summary(page) {
  return page.evaluate(() => {
    const all = (sel) => [...document.querySelectorAll(sel)];
    return {
      faqs: all('clinic-faq').map(
        (el) => el.shadowRoot?.querySelectorAll('[aria-expanded]').length,
      ),
      explainers: all('clinic-technique-explainer').map(
        (el) => el.shadowRoot?.querySelectorAll('[role="tab"]').length,
      ),
      checklists: all('clinic-symptom-checklist').map(
        (el) => el.shadowRoot?.querySelectorAll('input[type="checkbox"]').length,
      ),
      // The booking link a visitor can follow: the button's own, or the clinic's.
      links: all('clinic-book-button').map(
        (el) => (el.querySelector('a[href]') ?? el.shadowRoot?.querySelector('a[href]'))?.href,
      ),
    };
  });
}

after(closeBrowser);

describe('CDN script on a plain static page', () => {
  let site;
  before(async () => {
    site = await serve({ '/': { body: page(allElements) } });
  });
  after(() => site.close());

  it('needs nothing else: two requests, the page and the script', async () => {
    site.requests.length = 0;
    const tab = await openPage(site.url('/'));
    await elementsReady(tab);
    assert.deepEqual(
      site.requests.map((r) => r.path),
      ['/', CDN],
    );
    assert.deepEqual(tab.problems, []);
    await tab.close();
  });

  it('upgrades every element with its built-in content', async () => {
    const tab = await openPage(site.url('/'));
    await elementsReady(tab);
    const shown = await summary(tab);
    assert.ok(shown.faqs[0] >= 10, `FAQ shows ${shown.faqs[0]} questions`);
    assert.ok(shown.explainers[0] >= 5, `explainer shows ${shown.explainers[0]} techniques`);
    assert.ok(shown.checklists[0] >= 25, `checklist shows ${shown.checklists[0]} symptoms`);
    assert.match(shown.links[0], /^https:\/\/calendly\.com\/harbour-lane\/massage/);
    await tab.close();
  });

  it('every element works with a pointer and keyboard', async () => {
    const tab = await openPage(site.url('/'));
    const provider = [];
    await tab.context().route('https://calendly.com/**', (route) => {
      provider.push(route.request().url());
      return route.fulfill({ body: '<title>Calendly</title>booked', contentType: 'text/html' });
    });
    await elementsReady(tab);

    // FAQ: the first question opens.
    const question = tab.locator('clinic-faq').getByRole('button').first();
    await question.click();
    assert.equal(await question.getAttribute('aria-expanded'), 'true');

    // Explainer: the second technique's tab shows its panel (arrow key, APG tabs).
    const tabs = tab.locator('clinic-technique-explainer').getByRole('tab');
    await tabs.first().focus();
    await tab.keyboard.press('ArrowRight');
    assert.equal(await tabs.nth(1).getAttribute('aria-selected'), 'true');

    // Checklist: a red flag gives the emergency advice with the UK number.
    const checklist = tab.locator('clinic-symptom-checklist');
    await checklist.getByRole('checkbox').first().check();
    await tab.waitForFunction(() =>
      /999/.test(
        document
          .querySelector('clinic-symptom-checklist')
          .shadowRoot.querySelector('[role=status], [aria-live]')?.textContent ?? '',
      ),
    );

    // Book button: goes to the page's booking link, and only then a request leaves.
    assert.equal(provider.length, 0);
    await tab.locator('clinic-book-button').getByRole('link').click();
    await tab.waitForURL(/calendly\.com/);
    assert.match(provider[0], /^https:\/\/calendly\.com\/harbour-lane\/massage/);
    assert.deepEqual(tab.problems, []);
    await tab.close();
  });
});

/** The npm build (Lit external), as a bundler-less page would load it. */
const importMap = `<script type="importmap">${JSON.stringify({
  imports: {
    lit: '/node_modules/lit/index.js',
    'lit/': '/node_modules/lit/',
    'lit-html': '/node_modules/lit-html/lit-html.js',
    'lit-html/': '/node_modules/lit-html/',
    'lit-element/': '/node_modules/lit-element/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
  },
})}</script>`;

describe('loading the elements twice', () => {
  const cases = {
    'the CDN script twice': `<script type="module" src="${CDN}"></script>
      <script type="module" src="${CDN}?copy=2"></script>`,
    // The README's plain form, pasted twice (a theme and a page block), or next to a module copy.
    'the plain CDN script twice': `<script src="${CDN}"></script>
      <script src="${CDN}?copy=2"></script>`,
    'the plain CDN script, then the module one': `<script src="${CDN}"></script>
      <script type="module" src="${CDN}?copy=2"></script>`,
    'the npm build, then the CDN script': `${importMap}
      <script type="module" src="/dist/index.js"></script>
      <script type="module" src="${CDN}"></script>`,
    'the CDN script, then the npm build': `${importMap}
      <script type="module" src="${CDN}"></script>
      <script type="module" src="/dist/index.js"></script>`,
  };
  for (const [name, head] of Object.entries(cases)) {
    it(`${name}: no error, one definition, everything works`, async () => {
      const site = await serve({ '/': { body: page(allElements + clinicFaq + bookLink, head) } });
      const tab = await openPage(site.url('/'));
      await elementsReady(tab);
      // Both copies ran...
      await tab.waitForFunction(() => performance.getEntriesByType('resource').length >= 2);
      const loaded = await tab.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => new URL(e.name).pathname + new URL(e.name).search)
          .filter((p) => p.startsWith('/dist/index.js') || p.startsWith('/dist/cdn/')),
      );
      assert.equal(loaded.length, 2, `both copies load: ${loaded}`);
      // ...and every element is upgraded once, by the first definition.
      const shown = await summary(tab);
      assert.ok(shown.faqs[0] >= 10 && shown.faqs[1] === 3, `FAQs: ${shown.faqs}`);
      assert.ok(shown.checklists[0] >= 25);
      const question = tab.locator('clinic-faq').nth(1).getByRole('button').first();
      await question.click();
      assert.equal(await question.getAttribute('aria-expanded'), 'true');
      assert.deepEqual(tab.problems, []);
      await tab.close();
      await site.close();
    });
  }
});

describe('two different versions on one page', () => {
  const TAGS = [
    'clinic-faq',
    'clinic-technique-explainer',
    'clinic-symptom-checklist',
    'clinic-book-button',
    'clinic-booking',
  ];

  /** The page's console problems and the version that drew each element, after `head` ran. */
  async function loadWith(head, routes = {}) {
    const site = await serve({ '/': { body: page(allElements, head) }, ...routes });
    const tab = await openPage(site.url('/'));
    try {
      await elementsReady(tab);
      const shown = await summary(tab);
      assert.ok(shown.explainers[0] >= 5 && shown.checklists[0] >= 25, JSON.stringify(shown));
      const drawnBy = await tab.evaluate((tags) => {
        const key = Symbol.for('clinic-elements.version');
        return Object.fromEntries(tags.map((tag) => [tag, customElements.get(tag)?.[key]]));
      }, TAGS);
      return { problems: tab.problems, drawnBy, origin: site.origin };
    } finally {
      await tab.close();
      await site.close();
    }
  }

  it('the first draws every element, and the console names what the second does not draw', async () => {
    // A plugin's copy in the head, and the one the owner pasted: another version's build.
    const { version } = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8'));
    const ours = await readFile(join(repoRoot, CDN), 'utf8');
    const other = ours.replaceAll(`\`${version}\``, '`9.9.9`');
    assert.notEqual(other, ours, 'the CDN bundle carries its version');
    const { problems, drawnBy, origin } = await loadWith(
      `<script src="${CDN}"></script><script src="/other.js"></script>`,
      { '/other.js': { body: other, type: 'text/javascript' } },
    );
    assert.deepEqual(
      Object.values(drawnBy),
      TAGS.map(() => version),
    );
    assert.equal(problems.length, 1, problems.join('\n'));
    const [, first, more] =
      problems[0].match(/^console\.warning: <([a-z-]+)>: this element and (.+) were already/) ?? [];
    assert.deepEqual(
      [first, ...more.split(', ').map((t) => t.slice(1, -1))].sort(),
      [...TAGS].sort(),
    );
    assert.ok(
      problems[0].endsWith(
        ` were already defined by clinic-elements ${version}, so this copy (9.9.9, ${origin}/other.js) does not draw them. Keep one script: a plugin or theme may load its own copy.`,
      ),
      problems[0],
    );
  });

  it('another library’s element under one of our tags: the rest work, and the console names it', async () => {
    const { problems, drawnBy, origin } = await loadWith(
      `<script>customElements.define('clinic-faq', class extends HTMLElement {});</script>
      <script src="${CDN}"></script>`,
    );
    const { version } = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8'));
    assert.equal(drawnBy['clinic-faq'], undefined);
    assert.equal(drawnBy['clinic-symptom-checklist'], version);
    assert.deepEqual(problems, [
      `console.warning: <clinic-faq>: this element was already defined by another script (an older clinic-elements, or another library), so this copy (${version}, ${origin}${CDN}) does not draw it. Keep one script: a plugin or theme may load its own copy.`,
    ]);
  });
});

describe('markup before, after and long after the script', () => {
  it('upgrades the same wherever and whenever the markup appears', async () => {
    // The script sits between two blocks; a CMS's own script adds a third
    // before the CDN script has arrived, and a fourth long after.
    const insert = (id, delay) => `<script>
      setTimeout(() => {
        const block = document.createElement('div');
        block.id = '${id}';
        block.innerHTML = ${JSON.stringify(clinicFaq + bookLink)};
        document.body.append(block);
      }, ${delay});
    </script>`;
    const body = `<div id="before">${clinicFaq}${bookLink}</div>
      <script type="module" src="${CDN}"></script>
      <div id="after">${clinicFaq}${bookLink}</div>
      ${insert('early', 0)}
      ${insert('late', 1200)}`;
    const site = await serve({ '/': { body: page(body, '') }, delays: { [CDN]: 600 } });
    const tab = await openPage(site.url('/'));
    await tab.waitForSelector('#late clinic-faq');
    await elementsReady(tab);
    const blocks = await tab.evaluate(() =>
      ['before', 'after', 'early', 'late'].map((id) => {
        const faq = document.querySelector(`#${id} clinic-faq`);
        const button = document.querySelector(`#${id} clinic-book-button`);
        return {
          id,
          questions: [...faq.shadowRoot.querySelectorAll('[aria-expanded]')].map(
            (b) => `${b.textContent.trim()}:${b.getAttribute('aria-expanded')}`,
          ),
          link: button.querySelector('a').href,
          upgraded: button.shadowRoot !== null,
        };
      }),
    );
    const expected = blocks[0];
    assert.equal(expected.questions.length, 3);
    assert.equal(expected.questions[1], 'Do I need a referral?:true');
    for (const block of blocks) {
      assert.deepEqual(
        { ...block, id: expected.id },
        expected,
        `the "${block.id}" block upgrades like the first`,
      );
    }
    assert.deepEqual(tab.problems, []);
    await tab.close();
    await site.close();
  });
});

describe('no layout shift when the script arrives', () => {
  /** The text below each element, and where it is, at each frame. */
  const clinicPage = `
    <h1>Massage for sciatica</h1>
    ${clinicFaq}
    <p class="below">Text below the FAQ.</p>
    <p>Ready to book? ${bookLink}</p>
    <p class="below">Text below the book button.</p>
    <clinic-book-button floating><a href="${BOOKING}">Book now</a></clinic-book-button>
    <p class="below">Text below the floating button.</p>`;

  async function measure(head, body, width) {
    const site = await serve({ '/': { body: page(body, head) }, delays: { [CDN]: 1500 } });
    const tab = await openPage(null, { viewport: { width, height: 900 } });
    await recordLayoutShift(tab);
    // Where the text below sits at every frame, and whether it painted before the upgrade.
    await tab.addInitScript(() => {
      window.__frames = [];
      const frame = () => {
        const below = [...document.querySelectorAll('.below')];
        if (below.length) {
          const tops = below.map((p) => Math.round(p.getBoundingClientRect().top)).join(',');
          const defined = Boolean(customElements.get('clinic-faq'));
          const last = window.__frames.at(-1);
          if (!last || last.tops !== tops || last.defined !== defined) {
            window.__frames.push({ tops, defined });
          }
        }
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    await tab.goto(site.url('/'));
    await elementsReady(tab);
    const result = await tab.evaluate(() => ({ cls: window.__cls, frames: window.__frames }));
    assert.deepEqual(tab.problems, []);
    await tab.close();
    await site.close();
    return result;
  }

  for (const width of [375, 1280]) {
    it(`with clinic-elements.css, the clinic's FAQ and book links keep their size (${width}px)`, async () => {
      const head = `<link rel="stylesheet" href="${CSS}" />
        <script type="module" src="${CDN}"></script>`;
      const { cls, frames } = await measure(head, clinicPage, width);
      assert.ok(frames[0].defined === false, 'the page painted before the script arrived');
      assert.equal(cls, 0, `layout shift: ${JSON.stringify(frames)}`);
      assert.equal(new Set(frames.map((f) => f.tops)).size, 1, JSON.stringify(frames));
    });
  }

  it('without clinic-elements.css the same page shifts (the measure works)', async () => {
    const { cls, frames } = await measure(
      `<script type="module" src="${CDN}"></script>`,
      clinicPage,
      375,
    );
    assert.ok(frames[0].defined === false);
    assert.ok(cls > 0, `expected a shift, frames: ${JSON.stringify(frames)}`);
  });

  it('a script with blocking="render" in the head: nothing paints before it, built-in content included', async () => {
    const head = `<script type="module" blocking="render" src="${CDN}"></script>`;
    const { cls, frames } = await measure(head, allElements + clinicPage, 375);
    assert.ok(frames[0].defined, 'first frame painted after the upgrade');
    assert.equal(cls, 0);
  });
});

describe('loaded as a plain script', () => {
  it('still works and adds no global name (jQuery keeps its $)', async () => {
    const head = `<script>
        window.$ = 'jQuery';
        window.__globalsBefore = Object.keys(window);
      </script>
      <script src="${CDN}"></script>`;
    const site = await serve({ '/': { body: page(allElements + clinicFaq, head) } });
    const tab = await openPage(site.url('/'));
    await elementsReady(tab);
    // Lit's own registries, which it sets as a module too.
    const lit = [
      'litPropertyMetadata',
      'reactiveElementVersions',
      'litHtmlVersions',
      'litElementVersions',
    ];
    const added = await tab.evaluate(() =>
      Object.keys(window).filter((key) => !window.__globalsBefore.includes(key)),
    );
    assert.deepEqual(
      added.filter((key) => key !== '__globalsBefore' && !lit.includes(key)),
      [],
    );
    assert.equal(await tab.evaluate(() => window.$), 'jQuery');
    const shown = await summary(tab);
    assert.deepEqual(shown.faqs.slice(1), [3]);
    assert.ok(shown.checklists[0] >= 25);
    assert.deepEqual(tab.problems, []);
    await tab.close();
    await site.close();
  });
});

describe('a classic script in the head: no layout shift in any browser', () => {
  const technique = `
    <clinic-technique-explainer techniques="swedish clinic-stretch">
      <article data-technique="clinic-stretch" data-pressure="2">
        <h3>Assisted stretching</h3>
        <p data-field="summary">Slow stretches with a therapist guiding each one.</p>
        <ul data-field="cautions"><li>Not straight after surgery.</li></ul>
      </article>
    </clinic-technique-explainer>`;
  const symptoms = `
    <clinic-symptom-checklist region="uk">
      <ul>
        <li data-symptom="desk-job" data-suggests="swedish">I sit at a desk all day</li>
        <li data-symptom="night-sweats" data-level="urgent" data-why="Have a doctor check it.">
          Sweating at night
        </li>
      </ul>
    </clinic-symptom-checklist>`;
  // The page as it arrives over a slow connection: in pieces, cut inside the
  // clinic's FAQ answers, lists and articles. The browser paints between
  // pieces, while the elements are already defined. <clinic-booking> comes
  // first, as the README asks: the explainer's Book links need it.
  const pieces = [
    `${plainPage({ head: `<script src="${CDN}"></script>`, body: '' }).split('<body>')[0]}<body>
      <h1>Massage for sciatica</h1>
      <clinic-booking href="${BOOKING}"></clinic-booking>
      <clinic-faq></clinic-faq>
      <p class="below">Text below the built-in FAQ.</p>
      <clinic-faq>
        <details>
          <summary>How long is a first session, and what should I wear when I come in?</summary>`,
    `<p>About an hour.`,
    ` Wear something loose; we give you a towel.</p>
        </details>
        <details open>
          <summary>Do I need`,
    ` a referral?</summary>
          <p>No, you can book directly.</p>
          <ul><li>Bring any scan reports.</li>`,
    `<li>Tell us about your medicines.</li></ul>
        </details>
      </clinic-faq>
      <p class="below">Text below the clinic's FAQ.</p>
      ${technique.slice(0, technique.indexOf('<p data-field'))}`,
    `${technique.slice(technique.indexOf('<p data-field'))}
      <p class="below">Text below the explainer.</p>
      ${symptoms.slice(0, symptoms.indexOf('<li data-symptom="night'))}`,
    `${symptoms.slice(symptoms.indexOf('<li data-symptom="night'))}
      <p class="below">Text below the checklist.</p>
      <p>Ready? ${bookLink} <clinic-book-button></clinic-book-button></p>
      <p class="below">Text below the book buttons.</p>
    </body></html>`,
  ];

  it('renders each element before the text below it paints, with the clinic content whole', async (t) => {
    const site = await serve({
      '/': async (req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        for (const piece of pieces) {
          res.write(piece);
          await new Promise((r) => setTimeout(r, 200));
        }
        res.end();
      },
    });
    const tab = await openPage(null, { viewport: { width: 375, height: 900 } });
    t.after(async () => {
      await tab.close();
      await site.close();
    });
    await recordLayoutShift(tab);
    await tab.addInitScript(() => {
      window.__frames = [];
      const frame = () => {
        const tops = [...document.querySelectorAll('.below')]
          .map((p) => Math.round(p.getBoundingClientRect().top + scrollY))
          .join(',');
        if (window.__frames.at(-1) !== tops) window.__frames.push(tops);
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    await tab.goto(site.url('/'));
    await elementsReady(tab);
    const shown = await tab.evaluate(() => {
      const [builtIn, clinic] = document.querySelectorAll('clinic-faq');
      const explainer = document.querySelector('clinic-technique-explainer').shadowRoot;
      const checklist = document.querySelector('clinic-symptom-checklist').shadowRoot;
      return {
        builtIn: builtIn.shadowRoot.querySelectorAll('[aria-expanded]').length,
        questions: [...clinic.shadowRoot.querySelectorAll('[aria-expanded]')].map((b) =>
          b.textContent.trim(),
        ),
        answers: [...clinic.querySelectorAll('[slot]')].map((a) =>
          a.textContent.replace(/\s+/g, ' ').trim(),
        ),
        tabs: [...explainer.querySelectorAll('[role="tab"]')].map((t) => t.textContent.trim()),
        summary: explainer.textContent.includes('Slow stretches with a therapist'),
        symptoms: [...checklist.querySelectorAll('label')].map((l) => l.textContent.trim()),
        links: [...document.querySelectorAll('clinic-book-button')].map(
          (el) => (el.querySelector('a[href]') ?? el.shadowRoot.querySelector('a[href]'))?.href,
        ),
        cls: window.__cls,
        frames: window.__frames,
      };
    });
    assert.ok(shown.builtIn >= 10, 'the FAQ with no children shows the built-in questions');
    assert.deepEqual(shown.questions, [
      'How long is a first session, and what should I wear when I come in?',
      'Do I need a referral?',
    ]);
    assert.deepEqual(shown.answers, [
      'About an hour. Wear something loose; we give you a towel.',
      'No, you can book directly. Bring any scan reports.Tell us about your medicines.',
    ]);
    assert.deepEqual(shown.tabs, ['Swedish massage', 'Assisted stretching']);
    assert.ok(shown.summary, "the clinic technique's summary, which arrived later, is shown");
    assert.ok(shown.symptoms.some((l) => l.startsWith('I sit at a desk all day')));
    assert.ok(shown.symptoms.some((l) => l.startsWith('Sweating at night')));
    assert.deepEqual(shown.links, [BOOKING, `${BOOKING}`]);
    // The text below each element never moved once painted.
    assert.equal(shown.cls, 0, JSON.stringify(shown.frames));
    const last = shown.frames.at(-1).split(',');
    for (const tops of shown.frames) {
      tops
        .split(',')
        .filter(Boolean)
        .forEach((top, i) => assert.equal(top, last[i], JSON.stringify(shown.frames)));
    }
    assert.ok(shown.frames.length > 2, 'the page painted in pieces');
    assert.deepEqual(tab.problems, []);
  });

  it('an element that ends the page renders when parsing ends, before deferred scripts', async (t) => {
    // Nothing follows the FAQ, not even whitespace: only the end of parsing says its
    // children are all there. A slow deferred script must not hold it back.
    const html = `${
      plainPage({
        head: `<script src="${CDN}"></script><script defer src="/slow.js"></script>`,
        body: '',
      }).split('<body>')[0]
    }<body><h1>Questions</h1><clinic-faq></clinic-faq>`;
    const site = await serve({
      '/': { body: html },
      '/slow.js': {
        body: `window.__rendered = document.querySelectorAll('clinic-faq')[0]
          .shadowRoot.querySelectorAll('[aria-expanded]').length;`,
        type: 'text/javascript',
        delay: 1500,
      },
    });
    const tab = await openPage(site.url('/'));
    t.after(async () => {
      await tab.close();
      await site.close();
    });
    await tab.waitForFunction(() => window.__rendered !== undefined);
    assert.ok((await tab.evaluate(() => window.__rendered)) >= 10);
    assert.deepEqual(tab.problems, []);
  });

  it('an element a script adds while the page loads renders too', async (t) => {
    const html = plainPage({
      head: `<script src="${CDN}"></script>`,
      // Appended to the body, the FAQ is its last node until the parser goes on: it waits
      // for the next one, as an element the parser made would.
      body: `<script>
          document.body.append(document.createElement('clinic-faq'));
        </script>
        <p>The rest of the page.</p>`,
    });
    const site = await serve({ '/': { body: html } });
    const tab = await openPage(site.url('/'));
    t.after(async () => {
      await tab.close();
      await site.close();
    });
    await elementsReady(tab);
    const questions = await tab.evaluate(
      () =>
        document.querySelector('clinic-faq').shadowRoot.querySelectorAll('[aria-expanded]').length,
    );
    assert.ok(questions >= 10);
    assert.deepEqual(tab.problems, []);
  });
});
