/**
 * Accessibility across the demo clinic page (index.html, served by Vite's dev
 * server as `npm start` does): axe in every state and in both colour schemes,
 * a keyboard-only walk, reflow at 320 and 375 px, forced colours and reduced
 * motion. The page loads nothing from outside 127.0.0.1; the booking provider
 * is answered by a route when a Book link is followed.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createServer } from 'vite';
import { closeBrowser, elementsReady, launchBrowser, repoRoot, watch } from './harness.mjs';

const AXE = join(repoRoot, 'node_modules/axe-core/axe.min.js');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The demo's booking link (its <clinic-booking>), answered by a route, never the network. */
const PROVIDER = 'https://example.com/';

let server;
let origin;
// Each describe's tests run side by side, each in its own browser context.

before(async () => {
  server = await createServer({
    root: repoRoot,
    configFile: join(repoRoot, 'vite.config.ts'),
    logLevel: 'error',
    // No reloads mid-test when someone edits src/ meanwhile.
    server: { port: 0, host: '127.0.0.1', hmr: false, watch: null },
  });
  await server.listen();
  origin = `http://127.0.0.1:${server.httpServer.address().port}`;
});

after(async () => {
  await closeBrowser();
  await server?.close();
});

/**
 * In the page: helpers that see through open shadow roots. `window.__a11y`.
 * Self-contained, as it is serialized into the page.
 */
function installHelpers() {
  const roots = (root = document) =>
    [...root.querySelectorAll('*')]
      .filter((el) => el.shadowRoot)
      .flatMap((el) => [el.shadowRoot, ...roots(el.shadowRoot)]);
  const all = () => [document, ...roots()].flatMap((root) => [...root.querySelectorAll('*')]);
  const deepActive = () => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el === document.body || el === document.documentElement ? null : el;
  };
  const text = (el) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const nameOf = (el) => {
    const root = el.getRootNode();
    const ids = el.getAttribute('aria-labelledby');
    if (ids)
      return ids
        .split(/\s+/)
        .map((id) => text(root.getElementById(id)))
        .join(' ');
    if (el.getAttribute('aria-label')) return el.getAttribute('aria-label').trim();
    if (el.labels?.length) return [...el.labels].map(text).join(' ');
    return text(el);
  };
  const roleOf = (el) =>
    el.getAttribute('role') ??
    ({ a: 'link', button: 'button', summary: 'button' }[el.localName] ||
      (el.localName === 'input' ? el.type : el.localName));
  /** [r, g, b, a] of a computed colour: rgb(), rgba() or color(srgb ...). */
  const rgba = (color) => {
    const n = (color.match(/[\d.]+/g) ?? []).map(Number);
    if (color.startsWith('color(')) return [n[0] * 255, n[1] * 255, n[2] * 255, n[3] ?? 1];
    return [n[0], n[1], n[2], n[3] ?? 1];
  };
  const sameColor = (a, b) => rgba(a).every((v, i) => Math.abs(v - rgba(b)[i]) < 3);
  const parentOf = (el) => el.assignedSlot ?? el.parentElement ?? el.getRootNode().host;
  /** The first opaque background behind an element, across shadow boundaries. */
  const background = (el) => {
    for (let at = el; at; at = parentOf(at)) {
      const bg = getComputedStyle(at).backgroundColor;
      if (rgba(bg)[3] > 0.5) return bg;
    }
    return getComputedStyle(document.documentElement).backgroundColor || 'rgb(255, 255, 255)';
  };
  /** WCAG contrast ratio of a colour (blended onto the background) against the background. */
  const contrast = (color, bg) => {
    const back = rgba(bg);
    const [r, g, b, a] = rgba(color);
    const front = [r, g, b].map((v, i) => v * a + back[i] * (1 - a));
    const luminance = (rgb) => {
      const [lr, lg, lb] = rgb.map((v) => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
    };
    const [hi, lo] = [luminance(front), luminance(back.slice(0, 3))].sort((x, y) => y - x);
    return Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100;
  };
  /**
   * The focus indicator drawn on an element: an outline with 3:1 contrast
   * against what is behind it (WCAG 1.4.11), or else a box-shadow.
   */
  const ring = (el) => {
    const cs = getComputedStyle(el);
    // An outline drawn outside the element shows against what is behind it.
    const bg = parseFloat(cs.outlineOffset) >= 0 ? background(parentOf(el)) : background(el);
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
    const ratio = outline ? contrast(cs.outlineColor, bg) : 0;
    return {
      visible: outline ? ratio >= 3 : cs.boxShadow !== 'none',
      outline: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`,
      contrast: ratio,
      boxShadow: cs.boxShadow,
      background: bg,
      focusVisible: el.matches(':focus-visible'),
    };
  };
  const describe = (el) =>
    el && {
      host: el.getRootNode().host?.localName ?? 'page',
      role: roleOf(el),
      name: nameOf(el),
      ring: ring(el),
    };
  /**
   * Focus moved: notes the focused element. `first`: it is the first one noted
   * (the cycle is complete); `repeat`: it was focused before.
   */
  const record = () => {
    const el = deepActive();
    const stop = { ...describe(el), first: !!el && el === window.__stops[0] };
    stop.repeat = !!el && window.__stops.includes(el);
    if (el && !stop.repeat) window.__stops.push(el);
    return stop;
  };
  /** Everything a visitor can see that takes focus: Tab stops, and tabs reached by arrows. */
  const interactive = () =>
    all()
      .filter((el) =>
        el.matches(
          'a[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]',
        ),
      )
      .filter((el) => !el.disabled && el.checkVisibility({ visibilityProperty: true }));
  /**
   * What needs sideways scrolling: the page wider than the viewport, or an
   * element in a shadow root wider than its box or sticking out of its host.
   */
  const overflow = () => {
    const found = [];
    const page = document.documentElement;
    if (page.scrollWidth > page.clientWidth) {
      found.push(`the page is ${page.scrollWidth}px wide in ${page.clientWidth}px`);
    }
    const what = (el) =>
      `${el.getRootNode().host.localName} ${el.localName}.${el.className?.baseVal ?? el.className} "${text(el).slice(0, 40)}"`;
    for (const root of roots()) {
      const host = root.host.getBoundingClientRect();
      if (host.width && host.right > page.clientWidth + 1) {
        found.push(`<${root.host.localName}> ends at ${host.right}px in ${page.clientWidth}px`);
      }
      for (const el of root.querySelectorAll('*')) {
        if (!el.checkVisibility()) continue;
        if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
          found.push(`${what(el)} holds ${el.scrollWidth}px in ${el.clientWidth}px`);
        }
        const box = el.getBoundingClientRect();
        if (box.width && (box.left < host.left - 1 || box.right > host.right + 1)) {
          found.push(
            `${what(el)} spans ${box.left}-${box.right}px, its host ${host.left}-${host.right}px`,
          );
        }
      }
    }
    return found;
  };
  window.__a11y = {
    overflow,
    roots,
    all,
    deepActive,
    describe,
    record,
    interactive,
    rgba,
    sameColor,
    background,
  };
}

/** A fresh page on the demo, elements ready; requests off 127.0.0.1 are refused and listed. */
async function openDemo(options = {}) {
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, ...options });
  const outside = [];
  await context.route(
    (url) => !url.href.startsWith(origin),
    (route) => {
      outside.push(route.request().url());
      return route.abort();
    },
  );
  await context.addInitScript(installHelpers);
  const page = await context.newPage();
  const watched = watch(page);
  await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
  await elementsReady(page);
  return Object.assign(page, watched, { outside, close: () => context.close() });
}

/** Fails on console problems and on any request that left 127.0.0.1. */
function assertClean(page) {
  assert.deepEqual(page.outside, [], 'the demo loads nothing from outside 127.0.0.1');
  assert.deepEqual(page.problems, []);
}

const label = (stop) => (stop ? `${stop.host} ${stop.role} "${stop.name}"` : '(outside the page)');

/** The deeply focused element, described. */
const focused = (page) => page.evaluate(() => window.__a11y.describe(window.__a11y.deepActive()));

/** Presses `key` until the focused element matches `{ host?, role?, name? }`. */
async function pressUntil(page, match, key = 'Tab', limit = 120) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    const stop = await focused(page);
    if (stop && matches(stop, match)) return stop;
  }
  throw new Error(`${key} never reached ${JSON.stringify(match, (_, v) => String(v))}`);
}

function matches(stop, { host, role, name }) {
  return (
    (!host || stop.host === host) &&
    (!role || stop.role === role) &&
    (!name || (name instanceof RegExp ? name.test(stop.name) : stop.name === name))
  );
}

/**
 * Presses `key` from where focus is until it comes back to the first element
 * it reached: the whole cycle. Fails on a trap (focus stays put or loops
 * short of the cycle).
 */
async function walk(page, key = 'Tab') {
  await page.evaluate(() => (window.__stops = []));
  const stops = [];
  for (let i = 0; i < 250; i++) {
    await page.keyboard.press(key);
    const stop = await page.evaluate(() => window.__a11y.record());
    if (stop.first && stops.length) return stops;
    if (stop.repeat) {
      assert.fail(`${key} came back to ${label(stop)} before the cycle ended: a keyboard trap`);
    }
    if (!stop.host && stops.length && !stops.at(-1)?.host) {
      assert.fail(`${key} stayed outside the page`);
    }
    stops.push(stop.host ? stop : null);
  }
  assert.fail(`${key} never came back to where it started`);
}

/** In the page: the elements' state, by host. */
const state = (page) =>
  page.evaluate(() => {
    const faq = document.querySelector('clinic-faq').shadowRoot;
    const explainer = document.querySelector('clinic-technique-explainer').shadowRoot;
    const checklist = document.querySelector('clinic-symptom-checklist').shadowRoot;
    return {
      open: [...faq.querySelectorAll('button[aria-expanded="true"]')].map((b) => b.dataset.id),
      openVisible: [...faq.querySelectorAll('button[aria-expanded="true"]')].every((b) =>
        faq.getElementById(b.getAttribute('aria-controls')).checkVisibility(),
      ),
      tab: explainer.querySelector('[role=tab][aria-selected=true]')?.textContent.trim(),
      panel: [...explainer.querySelectorAll('[role=tabpanel]')]
        .filter((p) => p.checkVisibility())
        .map((p) => p.id),
      ticked: [...checklist.querySelectorAll('input:checked')].map((i) => i.dataset.id),
      outcome: checklist.querySelector('[part=outcome]').dataset.level,
      status: checklist.querySelector('[part=status]').textContent.trim(),
    };
  });

/** In the page: clicks the checklist's boxes that match `selector` (ticks or unticks them). */
const tick = (page, selector) =>
  page.evaluate(async (selector) => {
    const checklist = document.querySelector('clinic-symptom-checklist');
    for (const box of checklist.shadowRoot.querySelectorAll(selector)) box.click();
    await checklist.updateComplete;
  }, selector);

describe('axe finds nothing on the demo page', { concurrency: true }, () => {
  const run = (page) =>
    page.evaluate(async (tags) => {
      const result = await window.axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return result.violations.flatMap((v) =>
        v.nodes.map(
          (n) => `${v.id} (${v.impact}) at ${n.target.join(' >> ')}: ${n.failureSummary}`,
        ),
      );
    }, WCAG);

  for (const colorScheme of ['light', 'dark']) {
    it(`in every state, ${colorScheme} colour scheme`, async () => {
      const page = await openDemo({ colorScheme });
      await page.addScriptTag({ path: AXE });
      const found = {};
      found.default = await run(page);

      // Every FAQ answer open (their source links show), the checklist's emergency outcome.
      await page.evaluate(async () => {
        const faq = document.querySelector('clinic-faq');
        for (const id of faq.questionIds) faq.show(id);
        await faq.updateComplete;
      });
      await tick(page, '[data-level=emergency] input:first-of-type');
      assert.equal((await state(page)).outcome, 'emergency');
      found['emergency, FAQ open'] = await run(page);

      // Urgent: a doctor first, with the "book later" link.
      await tick(page, 'input:checked');
      await tick(page, '[data-level=urgent] li:first-child input');
      assert.equal((await state(page)).outcome, 'urgent');
      found.urgent = await run(page);

      // Suggestions with their Read and Book actions, and another technique's tab.
      await tick(page, 'input:checked');
      await tick(page, '[data-level=symptom] input');
      await page.evaluate(async () => {
        const explainer = document.querySelector('clinic-technique-explainer');
        explainer.selected = explainer.shownTechniques.at(-1);
        await explainer.updateComplete;
      });
      assert.equal((await state(page)).outcome, 'suggest');
      found['suggest, last technique'] = await run(page);

      for (const [when, violations] of Object.entries(found)) {
        assert.deepEqual(violations, [], `axe, ${when}, ${colorScheme}`);
      }

      // The check bites, inside shadow roots too: an unlabelled field is found.
      const planted = await page.evaluate(async (tags) => {
        const input = document.createElement('input');
        document.querySelector('clinic-faq').shadowRoot.append(input);
        const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
        input.remove();
        return result.violations.find((v) => v.id === 'label')?.nodes.map((n) => n.target);
      }, WCAG);
      assert.deepEqual(planted, [[['clinic-faq', 'input']]]);
      assertClean(page);
      await page.close();
    });
  }
});

describe('keyboard only', { concurrency: true }, () => {
  /**
   * Walks the whole Tab cycle, and fails on anything focusable it missed or
   * hidden it reached, and on a stop without a visible focus ring.
   */
  async function walkAll(page, when) {
    const stops = await walk(page);
    const { missed, extra, arrowOnly } = await page.evaluate(() => {
      const focusable = window.__a11y.interactive();
      const name = (el) => window.__a11y.describe(el);
      return {
        missed: focusable
          .filter((el) => el.tabIndex >= 0 && !window.__stops.includes(el))
          .map(name),
        extra: window.__stops.filter((el) => !focusable.includes(el)).map(name),
        arrowOnly: focusable.filter((el) => el.tabIndex < 0).map(name),
      };
    });
    assert.deepEqual(missed.map(label), [], `${when}: focusable but never reached by Tab`);
    assert.deepEqual(extra.map(label), [], `${when}: reached by Tab but hidden or disabled`);
    // The other technique tabs are reached with the arrow keys (APG tabs), nothing else.
    assert.ok(arrowOnly.length >= 4);
    for (const stop of arrowOnly) assert.equal(stop.role, 'tab', `${label(stop)} out of Tab order`);
    // A focus ring on every stop, drawn by :focus-visible.
    const unseen = stops.filter((s) => s && !(s.ring.visible && s.ring.focusVisible));
    assert.deepEqual(
      unseen.map((s) => `${label(s)}: ${JSON.stringify(s.ring)}`),
      [],
      `${when}: focus ring not visible`,
    );
    return {
      stops,
      reached: (host, role, name) =>
        stops.filter((stop) => stop && matches(stop, { host, role, name })).map((s) => s.name),
    };
  }

  for (const colorScheme of ['light', 'dark']) {
    it(`Tab reaches every piece in every state, with a visible focus ring and no trap (${colorScheme})`, async () => {
      const page = await openDemo({ colorScheme });
      const checklist = 'clinic-symptom-checklist';
      const explainer = 'clinic-technique-explainer';
      const { stops, reached } = await walkAll(page, 'on load');

      // Each element's pieces, by name.
      const shown = await page.evaluate(() => {
        const root = (tag) => document.querySelector(tag).shadowRoot;
        const text = (els) => [...els].map((el) => el.textContent.replace(/\s+/g, ' ').trim());
        return {
          questions: text(root('clinic-faq').querySelectorAll('button[aria-expanded]')),
          boxes: text(root('clinic-symptom-checklist').querySelectorAll('label')),
          sources: text(root('clinic-symptom-checklist').querySelectorAll('[part=sources] a')),
        };
      });
      assert.ok(shown.questions.length >= 10 && shown.boxes.length >= 25);
      assert.deepEqual(reached('clinic-faq', 'button'), shown.questions);
      assert.deepEqual(reached(checklist, 'checkbox'), shown.boxes);
      assert.deepEqual(reached(checklist, 'button'), ['Clear my answers']);
      assert.deepEqual(reached(checklist, 'link'), shown.sources);
      assert.ok(shown.sources.length >= 2);
      assert.deepEqual(reached(explainer, 'tab'), ['Deep tissue massage'], 'the selected tab only');
      assert.deepEqual(reached(explainer, 'tabpanel'), ['Deep tissue massage']);
      assert.deepEqual(reached(explainer, 'link'), [
        'NCCIH: Massage therapy, what you need to know',
        'Book Deep tissue massage',
      ]);
      assert.deepEqual(reached('page', 'link', /^Book a session$/), ['Book a session']);

      // Shift+Tab goes the same way back.
      const back = await walk(page, 'Shift+Tab');
      assert.deepEqual(
        back.filter(Boolean).map(label),
        stops.filter(Boolean).map(label).reverse(),
        'Shift+Tab visits the same stops in reverse',
      );

      // Every answer open (their source links), the emergency advice (its call links).
      await page.evaluate(async () => {
        const faq = document.querySelector('clinic-faq');
        for (const id of faq.questionIds) faq.show(id);
        await faq.updateComplete;
      });
      await tick(page, '[data-level=emergency] li:first-child input');
      let walked = await walkAll(page, 'emergency, every answer open');
      const faqSources = await page.evaluate(
        () =>
          document.querySelector('clinic-faq').shadowRoot.querySelectorAll('[part=sources] a')
            .length,
      );
      assert.equal(walked.reached('clinic-faq', 'link').length, faqSources);
      assert.ok(faqSources >= 10);
      assert.deepEqual(walked.reached(checklist, 'link', /^Call/), ['Call 999', 'Call 999']);

      // Urgent: the urgent line (under the ticked question, and in the outcome) and the "book
      // once a doctor says so" link.
      await tick(page, 'input:checked');
      await tick(page, '[data-level=urgent] li:first-child input');
      walked = await walkAll(page, 'urgent');
      assert.deepEqual(walked.reached(checklist, 'link', /^(NHS 111|Book a massage)$/), [
        'NHS 111',
        'NHS 111',
        'Book a massage',
      ]);

      // Suggestions: a Read and a Book action for each.
      await tick(page, 'input:checked');
      await tick(page, '[data-level=symptom] input');
      walked = await walkAll(page, 'suggest');
      const reads = walked.reached(checklist, 'button', /^Read about/);
      const books = walked.reached(checklist, 'link', /^Book/);
      assert.ok(reads.length >= 3, reads.join(', '));
      assert.deepEqual(
        books,
        reads.map((name) => name.replace('Read about', 'Book')),
      );
      assertClean(page);
      await page.close();
    });
  }

  it('every piece works from the keyboard: checklist, tabs, FAQ and Book links', async () => {
    const page = await openDemo();
    const followed = [];
    await page.context().route(`${PROVIDER}**`, (route) => {
      followed.push(route.request().url());
      return route.fulfill({ contentType: 'text/html', body: '<title>Booking</title>Booking' });
    });
    const checklist = 'clinic-symptom-checklist';
    const explainer = 'clinic-technique-explainer';
    const names = await page.evaluate(() => {
      const root = document.querySelector('clinic-symptom-checklist').shadowRoot;
      const labels = (level) =>
        [...root.querySelectorAll(`[data-level=${level}] label`)].map((l) => l.textContent.trim());
      return { emergency: labels('emergency'), symptom: labels('symptom') };
    });

    // Space ticks a red flag: the emergency advice, with its call link next in Tab order.
    await pressUntil(page, { host: checklist, role: 'checkbox', name: names.emergency[0] });
    await page.keyboard.press('Space');
    let now = await state(page);
    assert.equal(now.outcome, 'emergency');
    assert.match(now.status, /call 999/);
    const call = await pressUntil(page, { host: checklist }, 'Tab', 1);
    assert.deepEqual([call.role, call.name, call.ring.visible], ['link', 'Call 999', true]);

    // "Clear my answers" with Enter.
    await pressUntil(page, { host: checklist, role: 'button', name: 'Clear my answers' });
    await page.keyboard.press('Enter');
    now = await state(page);
    assert.deepEqual([now.ticked, now.outcome], [[], 'none']);

    // Space on the last symptom (just above): suggestions, each with a Read and a Book action.
    const last = await pressUntil(page, { host: checklist }, 'Shift+Tab', 1);
    assert.equal(last.name, names.symptom.at(-1));
    await page.keyboard.press('Space');
    now = await state(page);
    assert.equal(now.outcome, 'suggest');
    const actions = [];
    for (let stop; stop?.name !== 'Clear my answers';) {
      stop = await pressUntil(page, { host: checklist }, 'Tab', 1);
      actions.push(stop);
    }
    const reads = actions.filter((s) => s.role === 'button' && /^Read about /.test(s.name));
    const books = actions.filter((s) => s.role === 'link' && /^Book /.test(s.name));
    assert.ok(reads.length >= 1 && books.length === reads.length, actions.map(label).join(', '));
    assert.ok(actions.every((s) => s.ring.visible));

    // Enter on "Read about X" opens X in the explainer, focus on its tab.
    const read = await pressUntil(page, { host: checklist, name: reads[0].name }, 'Shift+Tab');
    await page.keyboard.press('Enter');
    const technique = read.name.replace('Read about ', '');
    await page.waitForFunction(() => window.__a11y.deepActive()?.getAttribute('role') === 'tab');
    assert.deepEqual(await focused(page).then((s) => [s.host, s.name]), [explainer, technique]);
    assert.equal((await state(page)).tab, technique);

    // Arrows move between the tabs (APG, automatic activation); Tab goes to the panel, its
    // sources' links, then its Book link.
    await page.keyboard.press('Home');
    const tabNames = await page.evaluate(() =>
      [
        ...document
          .querySelector('clinic-technique-explainer')
          .shadowRoot.querySelectorAll('[role=tab]'),
      ].map((t) => t.textContent.trim()),
    );
    for (const [i, name] of tabNames.entries()) {
      if (i) await page.keyboard.press('ArrowRight');
      const tab = await focused(page);
      now = await state(page);
      assert.deepEqual([tab.role, tab.name, now.tab, now.panel.length], ['tab', name, name, 1]);
      assert.ok(tab.ring.visible);
      const panel = await pressUntil(page, { host: explainer }, 'Tab', 1);
      assert.deepEqual([panel.role, panel.name], ['tabpanel', name]);
      const source = await pressUntil(page, { host: explainer }, 'Tab', 1);
      assert.deepEqual([source.role, source.ring.visible], ['link', true]);
      assert.match(source.name, /^NCCIH/);
      const book = await pressUntil(page, { host: explainer }, 'Tab', 1);
      assert.deepEqual([book.role, book.name, book.ring.visible], ['link', `Book ${name}`, true]);
      for (let back = 0; back < 3; back++) await page.keyboard.press('Shift+Tab');
    }
    await page.keyboard.press('ArrowRight');
    assert.equal((await state(page)).tab, tabNames[0], 'ArrowRight wraps to the first');
    await page.keyboard.press('ArrowLeft');
    assert.equal((await state(page)).tab, tabNames.at(-1), 'ArrowLeft wraps to the last');
    await page.keyboard.press('Home');
    assert.equal((await focused(page)).name, tabNames[0]);

    // FAQ: Enter and Space open and close; arrows, Home and End move between questions.
    const questions = await page.evaluate(() => document.querySelector('clinic-faq').questionIds);
    const first = await pressUntil(page, { host: 'clinic-faq', role: 'button' });
    await page.keyboard.press('Enter');
    now = await state(page);
    assert.deepEqual([now.open, now.openVisible], [[questions[0]], true], first.name);
    await page.keyboard.press('Space');
    assert.deepEqual((await state(page)).open, []);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    assert.deepEqual((await state(page)).open, [questions[1]]);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    assert.deepEqual((await state(page)).open, [questions[1], questions.at(-1)]);
    await page.keyboard.press('Home');
    assert.equal((await focused(page)).name, first.name);
    // The open answer's source links come next in Tab order, after its question.
    const source = await pressUntil(page, { host: 'clinic-faq', role: 'link' }, 'Tab', 4);
    assert.ok(source.ring.visible, label(source));
    assert.deepEqual(page.outside, []);

    // Enter follows a technique's Book link, then the book button's link, to the provider.
    await pressUntil(page, { host: explainer, role: 'link' }, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${PROVIDER}**`, { timeout: 10_000 });
    assert.deepEqual(followed, [`${PROVIDER}book`]);
    await page.goBack();
    await elementsReady(page);
    await pressUntil(page, { host: 'page', role: 'link', name: 'Book a session' });
    await page.keyboard.press('Enter');
    await page.waitForURL(`${PROVIDER}**`, { timeout: 10_000 });
    assert.deepEqual(followed, [`${PROVIDER}book`, `${PROVIDER}book`]);
    assertClean(page);
    await page.close();
  });
});

describe('reflow: nothing needs sideways scrolling', { concurrency: true }, () => {
  for (const width of [320, 375]) {
    it(`at ${width} px, in every state and on the longest content`, async () => {
      const page = await openDemo({ viewport: { width, height: 700 } });
      const found = new Set();
      const check = async (when) => {
        for (const problem of await page.evaluate(() => window.__a11y.overflow())) {
          found.add(`${when}: ${problem}`);
        }
      };
      await check('on load');

      // Every answer open, the emergency outcome, and each technique in turn.
      await page.evaluate(async () => {
        const faq = document.querySelector('clinic-faq');
        for (const id of faq.questionIds) faq.show(id);
        await faq.updateComplete;
      });
      await tick(page, '[data-level=emergency] input');
      assert.equal((await state(page)).outcome, 'emergency');
      const techniques = await page.evaluate(
        () => document.querySelector('clinic-technique-explainer').shownTechniques,
      );
      for (const id of techniques) {
        await page.evaluate(async (id) => {
          const explainer = document.querySelector('clinic-technique-explainer');
          explainer.selected = id;
          await explainer.updateComplete;
        }, id);
        await check(`emergency, every answer open, ${id}`);
      }

      // Urgent, then every suggestion with its Read and Book actions.
      await tick(page, 'input:checked');
      await tick(page, '[data-level=urgent] input');
      assert.equal((await state(page)).outcome, 'urgent');
      await check('urgent');
      await tick(page, 'input:checked');
      await tick(page, '[data-level=symptom] input');
      assert.equal((await state(page)).outcome, 'suggest');
      await check('every symptom ticked');

      assert.deepEqual([...found], []);
      assertClean(page);
      await page.close();
    });
  }
});

describe('forced colours', () => {
  it('focus and state stay visible without author colours', async () => {
    const page = await openDemo();
    await page.emulateMedia({ forcedColors: 'active' });
    assert.ok(await page.evaluate(() => matchMedia('(forced-colors: active)').matches));

    // Focus: an outline that shows against the system background, on every Tab stop.
    const stops = await walk(page);
    const unseen = stops.filter(
      (s) => s && !(s.ring.visible && /solid|auto|double/.test(s.ring.outline)),
    );
    assert.deepEqual(
      unseen.map((s) => `${label(s)}: ${JSON.stringify(s.ring)}`),
      [],
    );

    await mkdir(join(repoRoot, '.cache'), { recursive: true });
    const looks = await page.evaluate(async () => {
      const { rgba, sameColor, background } = window.__a11y;
      const faq = document.querySelector('clinic-faq');
      const explainer = document.querySelector('clinic-technique-explainer');
      const checklist = document.querySelector('clinic-symptom-checklist');
      document.activeElement?.blur();
      // Open the first question, tick a red flag.
      faq.shadowRoot.querySelector('button[aria-expanded]').click();
      checklist.shadowRoot.querySelector('[data-level=emergency] input').click();
      await Promise.all([faq.updateComplete, checklist.updateComplete]);
      // The chevron's turn, once it has turned.
      await Promise.all(faq.shadowRoot.getAnimations().map((a) => a.finished));
      const shows = (el) => {
        const cs = getComputedStyle(el);
        return (
          cs.display !== 'none' && !sameColor(cs.color, background(el)) && rgba(cs.color)[3] > 0
        );
      };
      /** Lines that show against the background: outline, each border, underline. */
      const lines = (el) => {
        const cs = getComputedStyle(el);
        const bg = background(el);
        const line = (style, width, color) =>
          style !== 'none' && parseFloat(width) > 0 && rgba(color)[3] > 0 && !sameColor(color, bg)
            ? `${style} ${parseFloat(width)}px`
            : 'none';
        return {
          outline: line(cs.outlineStyle, cs.outlineWidth, cs.outlineColor),
          ...Object.fromEntries(
            ['Top', 'Right', 'Bottom', 'Left'].map((side) => [
              `border${side}`,
              line(cs[`border${side}Style`], cs[`border${side}Width`], cs[`border${side}Color`]),
            ]),
          ),
          underline: cs.textDecorationLine,
        };
      };
      const [open, closed] = ['true', 'false'].map((v) =>
        faq.shadowRoot.querySelector(`button[aria-expanded="${v}"] .icon`),
      );
      const [selected, other] = ['true', 'false'].map((v) =>
        explainer.shadowRoot.querySelector(`[role=tab][aria-selected="${v}"]`),
      );
      const box = checklist.shadowRoot.querySelector('input:checked');
      const outcome = checklist.shadowRoot.querySelector('[part=outcome]');
      const alert = checklist.shadowRoot.querySelector('[part=alert]');
      return {
        turn: { open: getComputedStyle(open).rotate, closed: getComputedStyle(closed).rotate },
        iconShows: shows(open) && shows(closed),
        tabs: { selected: lines(selected), other: lines(other) },
        box: { checked: box.checked, appearance: getComputedStyle(box).appearance },
        outcome: { level: outcome.dataset.level, ...lines(outcome) },
        alert: lines(alert),
      };
    });

    // An open question's chevron points the other way, and is drawn in a system colour.
    assert.deepEqual(looks.turn, { open: '180deg', closed: 'none' });
    assert.ok(looks.iconShows, 'the chevron shows');
    // The selected tab has a mark that is not colour: an outline, a border or an underline.
    assert.notDeepEqual(looks.tabs.selected, looks.tabs.other, JSON.stringify(looks.tabs));
    // A ticked box is the native, system-drawn checkbox.
    assert.deepEqual(looks.box, { checked: true, appearance: 'auto' });
    // The emergency advice and the call-now box keep a visible border all round.
    for (const [name, box] of Object.entries({ outcome: looks.outcome, alert: looks.alert })) {
      const sides = ['borderTop', 'borderRight', 'borderBottom', 'borderLeft'];
      assert.ok(
        sides.every((side) => /^solid [2-9]/.test(box[side])),
        `${name}: ${JSON.stringify(box)}`,
      );
    }
    assert.equal(looks.outcome.level, 'emergency');

    // To eyeball: the whole page, and each element.
    await page.screenshot({
      path: join(repoRoot, '.cache/a11y-forced-colors.png'),
      fullPage: true,
    });
    for (const tag of ['clinic-faq', 'clinic-technique-explainer', 'clinic-symptom-checklist']) {
      await page.locator(tag).screenshot({ path: join(repoRoot, `.cache/a11y-forced-${tag}.png`) });
    }
    assertClean(page);
    await page.close();
  });
});

describe('reduced motion', { concurrency: true }, () => {
  /** Opens FAQ answers, switches tabs and ticks, with the keyboard; returns the motion seen. */
  async function interact(page) {
    await page.evaluate(() => {
      window.__motion = [];
      for (const root of [document, ...window.__a11y.roots()]) {
        for (const type of ['transitionrun', 'animationstart']) {
          root.addEventListener(
            type,
            (event) => {
              const target = event.composedPath()[0];
              window.__motion.push(
                `${type} ${target.localName}.${target.getAttribute('class')} ${event.propertyName ?? event.animationName} (${target.getAnimations().length} running)`,
              );
            },
            true,
          );
        }
      }
    });
    const running = async (when) => {
      const found = await page.evaluate(async () => {
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return [document, ...window.__a11y.roots()]
          .flatMap((root) => root.getAnimations())
          .map((a) => `${a.constructor.name} ${a.transitionProperty ?? a.animationName ?? ''}`);
      });
      return found.map((a) => `${when}: ${a}`);
    };
    const animations = [];
    await pressUntil(page, { host: 'clinic-symptom-checklist', role: 'checkbox' });
    await page.keyboard.press('Space');
    animations.push(...(await running('ticking')));
    await pressUntil(page, { host: 'clinic-technique-explainer', role: 'tab' });
    await page.keyboard.press('ArrowRight');
    animations.push(...(await running('switching tabs')));
    await pressUntil(page, { host: 'clinic-faq', role: 'button' });
    await page.keyboard.press('Enter');
    animations.push(...(await running('opening an answer')));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    animations.push(...(await running('opening another answer')));
    const durations = await page.evaluate(() =>
      window.__a11y
        .all()
        .map((el) => {
          const cs = getComputedStyle(el);
          const moving = [cs.transitionDuration, cs.animationDuration]
            .join(',')
            .split(',')
            .some((d) => parseFloat(d) > 0);
          return (
            moving &&
            `${el.getRootNode().host?.localName ?? 'page'} ${el.localName}.${el.getAttribute('class')}: transition ${cs.transitionDuration}, animation ${cs.animationDuration}`
          );
        })
        .filter(Boolean),
    );
    const scroll = await page.evaluate(
      () => getComputedStyle(document.documentElement).scrollBehavior,
    );
    return { animations, events: await page.evaluate(() => window.__motion), durations, scroll };
  }

  it('nothing moves when the visitor asks for reduced motion', async () => {
    const page = await openDemo({ reducedMotion: 'reduce' });
    const motion = await interact(page);
    assert.deepEqual(motion, { animations: [], events: [], durations: [], scroll: 'auto' });
    assertClean(page);
    await page.close();
  });

  it('without that preference, the same interactions do animate (the check bites)', async () => {
    const page = await openDemo({ reducedMotion: 'no-preference' });
    const motion = await interact(page);
    assert.ok(
      motion.events.some((e) => /^transitionrun svg\.icon rotate \([1-9]/.test(e)),
      motion.events.join('\n'),
    );
    assert.ok(
      motion.durations.some((d) => d.startsWith('clinic-faq svg.icon')),
      motion.durations.join('\n'),
    );
    assert.equal(motion.scroll, 'smooth');
    assertClean(page);
    await page.close();
  });
});
