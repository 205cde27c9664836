#!/usr/bin/env node
/**
 * Checks the built Storybook (`npm run build-storybook` first) in Chromium.
 *
 * Serves storybook-static/ on 127.0.0.1, opens every story and docs entry of
 * index.json, and fails when:
 * - index.json lists no stories;
 * - an entry does not finish rendering, or Storybook reports an error or a
 *   failed test (the a11y addon with `a11y.test: 'error'`, a play function);
 * - the page logs a console error, throws, or a request fails (a local request
 *   that errors or answers >= 400, or any request off this machine). A story
 *   whose point is a console error opts in with
 *   `parameters: { expectedConsole: [/is not a safe link/] }`: matching errors
 *   are allowed (on its docs page too), and in story mode each pattern must
 *   match one, so the story still shows what it says;
 * - a docs page (an element's autodocs, or an MDX page such as a CMS guide)
 *   does not render, throws, logs a console error, or has a story block that
 *   never finishes rendering;
 * - a story shows no `clinic-*` element, or one that never upgraded (defined,
 *   with a rendered shadow root): a production build that drops the element
 *   modules' registration looks fine otherwise. `<clinic-booking>` renders
 *   nothing by design, so its shadow root may stay empty;
 * - axe-core finds violations in a story's root (or the stories on a docs page);
 * - a component docs page has no args table from custom-elements.json.
 *
 * Prints one line per entry and a summary; exits 1 on any failure.
 * Only dependency: playwright-core, with Debian's Chromium ($CHROME_PATH overrides).
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.js';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const staticDir = resolve(projectRoot, 'storybook-static');
const axePath = resolve(projectRoot, 'node_modules/axe-core/axe.min.js');
const CONCURRENCY = 3;
const ENTRY_TIMEOUT = 20_000;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

/** A static file server for storybook-static/ on a free port of 127.0.0.1. */
async function serve(dir) {
  const server = createServer(async (request, response) => {
    try {
      const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
      let file = resolve(dir, `.${decodeURIComponent(pathname)}`);
      if (file !== dir && !file.startsWith(dir + sep)) throw new Error('outside the root');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((done, fail) => server.once('error', fail).listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/**
 * Runs in the page before Storybook: records the preview channel's events, so
 * the check knows when a story finished (after play and afterEach) or a docs
 * page rendered, and what Storybook reported.
 */
function recordStorybookEvents() {
  const events = [];
  const names = [
    'storyFinished',
    'docsRendered',
    'storyErrored',
    'storyThrewException',
    'storyMissing',
    'playFunctionThrewException',
    'unhandledErrorsWhilePlaying',
  ];
  const summary = (name, payload) => {
    if (name === 'storyFinished') {
      const failed = (payload?.reporters ?? [])
        .filter((report) => report.status === 'failed')
        .map((report) => report.type);
      return { storyId: payload?.storyId, status: payload?.status, failed };
    }
    if (name === 'storyErrored') return { message: `${payload?.title}: ${payload?.description}` };
    if (Array.isArray(payload)) return { message: payload.map((e) => e?.message).join('; ') };
    return { message: payload?.message ?? String(payload ?? '') };
  };
  const watched = new WeakSet();
  let channel;
  Object.defineProperty(window, '__checkEvents', { value: events });
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      if (!value || watched.has(value)) return;
      watched.add(value);
      for (const name of names) {
        value.on(name, (payload) => events.push({ name, ...summary(name, payload) }));
      }
    },
  });
}

/** In the page: whether the entry finished rendering, and any Storybook errors so far. */
function renderState({ kind, expectedStories }) {
  const events = window.__checkEvents ?? [];
  const errors = events
    .filter((e) => !['storyFinished', 'docsRendered'].includes(e.name))
    .map((e) => `${e.name}: ${e.message}`);
  const preview = window.__STORYBOOK_PREVIEW__;
  if (kind === 'story') {
    const finished = events.find((e) => e.name === 'storyFinished');
    return { done: Boolean(finished) || errors.length > 0, errors, finished };
  }
  if (!events.some((e) => e.name === 'docsRendered')) return { done: errors.length > 0, errors };
  // An MDX page says nothing up front about the stories it embeds (<Canvas of>, <Story>):
  // wait for every story block it shows.
  const shown = document.querySelectorAll('#storybook-docs .docs-story').length;
  expectedStories = Math.max(expectedStories, shown);
  const renders = preview?.storyRenders ?? [];
  const terminal = ['finished', 'errored', 'aborted'];
  const settled = renders.filter((render) => terminal.includes(render.phase));
  for (const render of settled) {
    if (render.phase === 'errored') errors.push(`story ${render.story?.id} errored in docs`);
  }
  return {
    done:
      (renders.length >= expectedStories && settled.length === renders.length) || errors.length > 0,
    errors,
    renders: renders.length,
  };
}

/** In the page: `clinic-*` elements under the roots, and whether each upgraded and rendered. */
function inspectElements(selectors) {
  // Elements that are configuration only and render nothing on purpose.
  const rendersNothing = ['clinic-booking'];
  const roots = selectors.flatMap((selector) => Array.from(document.querySelectorAll(selector)));
  const rootHasContent = roots.some(
    (root) => root.childElementCount > 0 || (root.textContent ?? '').trim() !== '',
  );
  const elements = roots.flatMap((root) =>
    Array.from(root.querySelectorAll('*')).filter((el) => el.localName.startsWith('clinic-')),
  );
  const problems = elements
    .map((el) => {
      if (!customElements.get(el.localName)) return `<${el.localName}> is not defined`;
      if (!el.shadowRoot) return `<${el.localName}> has no shadow root`;
      if (el.shadowRoot.childElementCount === 0 && !rendersNothing.includes(el.localName))
        return `<${el.localName}> rendered nothing`;
      return '';
    })
    .filter(Boolean);
  return { rootHasContent, count: elements.length, problems: [...new Set(problems)] };
}

/** In the page: axe-core on the given roots, honouring the story's `a11y` parameters. */
async function runAxe({ selectors, kind }) {
  const story = kind === 'story' ? window.__STORYBOOK_PREVIEW__?.currentRender?.story : undefined;
  const a11y = story?.parameters?.a11y ?? {};
  if (a11y.disable === true || a11y.test === 'off') return { skipped: true, violations: [] };
  const include = selectors.flatMap((selector) => Array.from(document.querySelectorAll(selector)));
  if (include.length === 0) return { skipped: false, roots: 0, violations: [] };
  const off = (id) => ({ id, enabled: false });
  window.axe.configure({
    ...a11y.config,
    rules: [
      // As the Storybook a11y addon: a component shown alone is in no landmark.
      off('region'),
      // A docs page embeds each story under Storybook's own headings; the
      // story's outline is checked on its own page, in story mode.
      ...(kind === 'story' ? [] : [off('heading-order')]),
      ...(a11y.config?.rules ?? []),
    ],
  });
  const result = await window.axe.run(
    { include },
    { ...a11y.options, resultTypes: ['violations'] },
  );
  return {
    skipped: false,
    roots: include.length,
    violations: result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.length,
      target: v.nodes[0]?.target?.join(' >> ') ?? '',
      summary: (v.nodes[0]?.failureSummary ?? v.help).split('\n').slice(0, 2).join(' '),
    })),
  };
}

/**
 * In the page: the `expectedConsole` patterns of the story (or of every story
 * on the docs page), as RegExp sources and flags; strings match literally.
 */
function expectedConsole({ kind }) {
  const preview = window.__STORYBOOK_PREVIEW__;
  const stories =
    kind === 'story'
      ? [preview?.currentRender?.story]
      : (preview?.storyRenders ?? []).map((render) => render.story);
  return stories
    .flatMap((story) => story?.parameters?.expectedConsole ?? [])
    .map((pattern) =>
      pattern instanceof RegExp
        ? { source: pattern.source, flags: pattern.flags }
        : { source: String(pattern).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), flags: '' },
    );
}

/** In the page: the args table of a component docs page, as its category names. */
function inspectArgsTable() {
  const table = document.querySelector('#storybook-docs .docblock-argstable');
  if (!table) return { found: false, categories: [] };
  // A category row: a first cell with a toggle button and the category name.
  const categories = Array.from(table.querySelectorAll('tbody tr'))
    .map((tr) => tr.querySelector('td:first-child > button + span')?.textContent?.trim())
    .filter(Boolean);
  const empty = /No inputs found/i.test(table.textContent ?? '');
  return { found: true, categories, empty };
}

async function checkEntry(context, origin, entry, expectedStories) {
  const kind = entry.type === 'docs' ? 'docs' : 'story';
  const url = `${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${kind}`;
  const failures = [];
  const notes = [];
  const consoleErrors = [];
  let expected = [];
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text().split('\n')[0]);
  });
  page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    if (request.url().startsWith(origin)) {
      failures.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
    }
  });
  page.on('response', (response) => {
    if (response.url().startsWith(origin) && response.status() >= 400) {
      failures.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  // Nothing leaves this machine: a story that fetches from the network fails.
  await page.route(
    (requestUrl) => !requestUrl.href.startsWith(origin) && /^https?:/.test(requestUrl.protocol),
    (route) => {
      failures.push(`external request: ${route.request().url()}`);
      return route.abort();
    },
  );
  await page.addInitScript(recordStorybookEvents);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: ENTRY_TIMEOUT });
    const deadline = Date.now() + ENTRY_TIMEOUT;
    let state = await page.evaluate(renderState, { kind, expectedStories });
    while (!state.done && Date.now() < deadline) {
      await page.waitForTimeout(50);
      state = await page.evaluate(renderState, { kind, expectedStories });
    }
    if (!state.done) {
      failures.push(
        kind === 'story'
          ? 'story did not finish rendering'
          : `docs did not finish rendering (${state.renders ?? 0}/${expectedStories} stories)`,
      );
    }
    failures.push(...state.errors);

    expected = (await page.evaluate(expectedConsole, { kind })).map(
      ({ source, flags }) => new RegExp(source, flags),
    );

    if (state.finished?.status === 'error') {
      const failed = state.finished.failed.length ? state.finished.failed.join(', ') : 'unknown';
      failures.push(`Storybook reported a failed story (${failed})`);
    }

    const roots = kind === 'story' ? ['#storybook-root'] : ['#storybook-docs'];
    const elements = await page.evaluate(inspectElements, roots);
    if (!elements.rootHasContent) failures.push(`${roots[0]} is empty`);
    if (kind === 'story' && elements.count === 0) failures.push('no clinic-* element in the story');
    failures.push(...elements.problems);

    // In a docs page, axe checks the rendered stories, not Storybook's own docs chrome.
    const axeRoots =
      kind === 'story'
        ? ['#storybook-root']
        : entry.tags?.includes('autodocs')
          ? ['#storybook-docs .docs-story > div:first-child']
          : ['#storybook-docs .sbdocs-content'];
    await page.addScriptTag({ path: axePath });
    const axe = await page.evaluate(runAxe, { selectors: axeRoots, kind });
    if (!axe.skipped && axe.roots === 0)
      failures.push(`axe found nothing to check at ${axeRoots[0]}`);
    for (const v of axe.violations) {
      failures.push(
        `axe ${v.id} (${v.impact}, ${v.nodes} node${v.nodes === 1 ? '' : 's'}) at ${v.target}: ${v.summary}`,
      );
    }

    if (kind === 'docs' && entry.tags?.includes('autodocs')) {
      const table = await page.evaluate(inspectArgsTable);
      if (!table.found) failures.push('no args table: is the component in custom-elements.json?');
      else if (table.empty || table.categories.length === 0)
        failures.push(
          'args table lists no attributes, events, parts…: custom-elements.json did not feed it',
        );
      else notes.push(`args table: ${table.categories.join(', ')}`);
    }
    notes.unshift(
      kind === 'story'
        ? `${elements.count} element${elements.count === 1 ? '' : 's'}${axe.skipped ? ', axe off' : ''}`
        : `${state.renders ?? 0} stories, ${elements.count} elements`,
    );
  } catch (error) {
    failures.push(`check crashed: ${error.message.split('\n')[0]}`);
  } finally {
    await page.close();
  }
  // Console errors are judged last, so that errors logged during the checks count too.
  for (const message of consoleErrors) {
    if (!expected.some((pattern) => pattern.test(message))) {
      failures.push(`console error: ${message}`);
    }
  }
  if (kind === 'story') {
    for (const pattern of expected) {
      if (!consoleErrors.some((message) => pattern.test(message)))
        failures.push(`expected console error ${pattern} was not logged`);
    }
  }
  if (expected.length) notes.push(`expected console errors: ${expected.join(', ')}`);
  return { entry, kind, failures: [...new Set(failures)], notes };
}

async function main() {
  const started = Date.now();
  let index;
  try {
    index = JSON.parse(await readFile(join(staticDir, 'index.json'), 'utf8'));
  } catch (error) {
    console.error(
      `FAIL cannot read storybook-static/index.json (run npm run build-storybook): ${error.message}`,
    );
    return 1;
  }
  const entries = Object.values(index.entries ?? {});
  const stories = entries.filter((entry) => entry.type === 'story');
  const docs = entries.filter((entry) => entry.type === 'docs');
  if (stories.length === 0) {
    console.error('FAIL index.json lists no stories');
    return 1;
  }
  /** Stories an autodocs page renders: those of its CSF file, less those tagged `!autodocs`. */
  const storiesOf = (entry) =>
    entry.tags?.includes('autodocs')
      ? stories.filter(
          (story) => story.importPath === entry.importPath && story.tags?.includes('autodocs'),
        ).length
      : 0;

  const { server, origin } = await serve(staticDir);
  const browser = await chromium.launch(chromiumLaunchOptions);
  const results = [];
  try {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const queue = [...stories, ...docs];
    const worker = async () => {
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        const result = await checkEntry(context, origin, entry, storiesOf(entry));
        results.push(result);
        const label = `${result.kind.padEnd(5)} ${entry.id}`;
        if (result.failures.length === 0) {
          console.log(`ok   ${label} (${result.notes.join('; ')})`);
        } else {
          console.log(`FAIL ${label}`);
          for (const failure of result.failures) console.log(`       - ${failure}`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  } finally {
    await browser.close();
    server.close();
  }
  const failed = results.filter((result) => result.failures.length > 0);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `${results.length} checked (${stories.length} stories, ${docs.length} docs): ` +
      `${results.length - failed.length} ok, ${failed.length} failed in ${seconds}s`,
  );
  return failed.length > 0 ? 1 : 0;
}

process.exitCode = await main().catch((error) => {
  console.error(`FAIL ${error.stack ?? error}`);
  return 1;
});
