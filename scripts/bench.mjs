/**
 * `npm run bench`: what clinic-elements costs a clinic's visitors, next to the
 * floors it is judged against. Not a test: it prints Markdown tables, writes
 * every sample to `.cache/bench.json`, and says where we miss the goals.
 *
 * 1. Bytes (minified, gzip -9, brotli q11) of the CDN bundle, of each
 *    per-element entry with Lit external (its own bytes), of the parts of Lit
 *    we import, and what the CDN bundle spends them on (esbuild metafile).
 * 2. One demo-like page with all four elements on the built-in content, loaded
 *    cold (a new browser context per load) in headless Chromium on a desktop
 *    and a throttled mobile profile, median of RUNS loads, next to three
 *    floors: the same page as plain HTML (no JavaScript), that page plus one
 *    bare Lit element, and the closest Web Awesome components.
 *
 *   node scripts/bench.mjs            build, measure, print
 *   node scripts/bench.mjs --runs 9   more loads per variant and profile
 *   node scripts/bench.mjs --no-build reuse dist/ as it is
 *
 * Web Awesome is installed only for this script, in bench/webawesome/ (its own
 * package.json and lockfile): `npm ci --prefix bench/webawesome` when missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, release } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { closeBrowser, launchBrowser, repoRoot, serve } from '../test/page/harness.mjs';
import { minifyTemplatesEsbuild } from './minify-templates.mjs';
import { brotli, gzip, sizes } from './size.mjs';

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 7;
const cacheDir = join(repoRoot, '.cache');
const workDir = join(cacheDir, 'bench');
const waDir = join(repoRoot, 'bench/webawesome');
const BOOKING = 'https://calendly.com/demo/massage';

/** The per-element entries of package.json `exports`, built alone with Lit external. */
const ENTRIES = ['faq', 'technique-explainer', 'symptom-checklist', 'book-button'];
const LIT_EXTERNAL = [
  'lit',
  'lit/*',
  '@lit/*',
  'lit-html',
  'lit-html/*',
  'lit-element',
  'lit-element/*',
];

const PROFILES = {
  desktop: {
    label: 'Desktop (1280x800, no throttling)',
    context: { viewport: { width: 1280, height: 800 } },
  },
  mobile: {
    label: 'Mobile (375x812 @2x, CPU 4x slower, 150 ms RTT, 1.6 Mbps down, 750 kbps up)',
    context: {
      viewport: { width: 375, height: 812 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    },
    cpuRate: 4,
    // The "slow 4G" of Lighthouse and DevTools: bytes per second, latency in ms.
    network: {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    },
  },
};

// ---------------------------------------------------------------- helpers

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fmtBytes = (n) => n.toLocaleString('en-US');
const fmtKb = (n) => (n / 1000).toFixed(1);
const fmtMs = (n) => Math.round(n).toLocaleString('en-US');
const fmtRatio = (a, b) =>
  b > 0 ? `${(a / b).toFixed(2)}x` : a > 0 ? 'n/a (floor is 0)' : '1.00x';

function table(head, rows, align) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  const rule = head.map((_, i) => ((align?.[i] ?? 'r') === 'l' ? ':--' : '--:'));
  return [line(head), line(rule), ...rows.map(line)].join('\n');
}

function run(command, commandArgs, options = {}) {
  const result = spawnSync(command, commandArgs, { cwd: repoRoot, encoding: 'utf8', ...options });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    throw new Error(`${command} ${commandArgs.join(' ')} failed (exit ${result.status})`);
  }
  return result.stdout;
}

/**
 * One esbuild bundle in memory: minified ESM, as a CDN would serve it, with
 * the templates of src/ minified as the shipped builds have them.
 */
async function bundle(options) {
  const result = await build({
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2021',
    write: false,
    logLevel: 'error',
    legalComments: 'none',
    plugins: [minifyTemplatesEsbuild()],
    ...options,
  });
  const js = result.outputFiles.find((f) => !f.path.endsWith('.css'));
  const css = result.outputFiles.find((f) => f.path.endsWith('.css'));
  return {
    js: js && Buffer.from(js.contents),
    css: css && Buffer.from(css.contents),
    metafile: result.metafile,
  };
}

// ------------------------------------------------------------ 1. bytes

/** Every `import { a, b as c } from 'lit...'` of src/, so the Lit row holds what we use. */
async function litImports() {
  const files = (await readdir(join(repoRoot, 'src'), { recursive: true })).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.d.ts'),
  );
  const names = new Map();
  for (const file of files) {
    const text = await readFile(join(repoRoot, 'src', file), 'utf8');
    for (const [, list, spec] of text.matchAll(
      /import\s+(?!type\b)\{([^}]*)\}\s+from\s+'((?:lit|@lit\/)[^']*)'/g,
    )) {
      const set = names.get(spec) ?? new Set();
      for (const item of list.split(',')) {
        const name = item.trim().split(/\s+as\s+/)[0];
        if (name && !name.startsWith('type ')) set.add(name);
      }
      names.set(spec, set);
    }
  }
  return names;
}

/** Groups of the CDN bundle's inputs: the first pattern that matches a path wins. */
const GROUPS = [
  [/^src\/content\//, 'Built-in English content (src/content)'],
  [/^src\/i18n\//, 'UI strings and locale resolution (src/i18n)'],
  [/^src\/components\/faq\//, '`<clinic-faq>` (class + styles)'],
  [/^src\/components\/technique-explainer\//, '`<clinic-technique-explainer>` (class + styles)'],
  [/^src\/components\/symptom-checklist\//, '`<clinic-symptom-checklist>` (class + styles)'],
  [/^src\/checklist\//, 'Checklist outcome rules and emergency numbers (src/checklist)'],
  [/^src\/components\/book-button\//, '`<clinic-book-button>` (class + styles)'],
  [/^src\/components\/booking\//, '`<clinic-booking>`'],
  [/^src\/booking\/providers/, 'Booking provider adapters (src/booking/providers.ts)'],
  [/^src\/booking\//, 'Booking page config and click handling (src/booking, rest)'],
  [/^src\/internal\//, 'Internal helpers (src/internal)'],
  [/node_modules\/(lit|lit-html|lit-element|@lit)\//, 'Lit'],
  [/./, 'Other (entries, esbuild helpers)'],
];

async function measureBytes() {
  const cdn = await readFile(join(repoRoot, 'dist/cdn/clinic-elements.js'));
  const rows = [
    {
      name: 'CDN bundle, total (dist/cdn/clinic-elements.js: all elements, content, Lit)',
      ...sizes(cdn),
    },
  ];

  const imports = await litImports();
  let litEntry = '';
  let i = 0;
  for (const [spec, set] of imports) {
    litEntry += `export { ${[...set].map((n) => `${n} as m${i++}`).join(', ')} } from '${spec}';\n`;
  }
  const lit = await bundle({ stdin: { contents: litEntry, resolveDir: repoRoot } });
  rows.push({
    name: `Lit: what src/ imports (${[...imports.keys()].join(', ')})`,
    ...sizes(lit.js),
  });

  for (const entry of ENTRIES) {
    const out = await bundle({
      entryPoints: [join(repoRoot, `src/${entry}.ts`)],
      external: LIT_EXTERNAL,
    });
    rows.push({ name: `clinic-elements/${entry}, Lit external`, ...sizes(out.js) });
  }
  const all = await bundle({
    entryPoints: [join(repoRoot, 'src/index.ts')],
    external: LIT_EXTERNAL,
  });
  rows.push({
    name: 'All elements, shared code once (src/index.ts), Lit external',
    ...sizes(all.js),
  });

  // What the CDN bundle spends its bytes on: the same entry rebuilt by esbuild
  // with a metafile (Vite's build of it differs by a few percent).
  const meta = await bundle({ entryPoints: [join(repoRoot, 'src/cdn.ts')], metafile: true });
  const [output] = Object.values(meta.metafile.outputs);
  const groups = new Map(GROUPS.map(([, label]) => [label, 0]));
  const files = [];
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    const [, label] = GROUPS.find(([re]) => re.test(path));
    groups.set(label, groups.get(label) + bytesInOutput);
    files.push({ path, bytes: bytesInOutput });
  }
  files.sort((a, b) => b.bytes - a.bytes);
  const breakdown = {
    total: output.bytes,
    groups: [...groups]
      .filter(([, bytes]) => bytes > 0)
      .map(([label, bytes]) => ({ label, bytes }))
      .sort((a, b) => b.bytes - a.bytes),
    files,
  };
  return { rows, breakdown, cdn };
}

// ------------------------------------------------------------ 2. pages

/** The content pack as data, to write the Web Awesome page with the same text. */
async function contentPack() {
  const out = await bundle({
    entryPoints: [join(repoRoot, 'src/content/sciatica.en.ts')],
    minify: false,
    platform: 'neutral',
  });
  const file = join(workDir, 'content.mjs');
  await writeFile(file, out.js);
  const mod = await import(pathToFileURL(file).href);
  return mod.sciaticaEn;
}

const escapeHtml = (s) =>
  String(s).replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c],
  );

/**
 * The page every variant shares: the demo page's CSS inlined and the same
 * text, with the elements high up so that the text below them is in the first
 * viewport, where moving it counts as layout shift. `slots` holds each
 * variant's markup for the elements.
 */
function page({ head, book, faq, explainer, checklist, booking }, css) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Massage for sciatica | Harbour Lane Massage &amp; Physio</title>
    <link rel="icon" href="data:," />
    <style>${css}</style>
    ${head}
  </head>
  <body>
${body({ book, faq, explainer, checklist, booking })}
  </body>
</html>
`;
}

function body({ book, faq, explainer, checklist, booking }) {
  return `    <header class="site-header">
      <div class="site-header__inner">
        <a class="brand" href="/"><span class="brand__name">Harbour Lane</span>
          <span class="brand__tag">Massage &amp; Physio</span></a>
      </div>
    </header>
    ${booking}
    <main id="main">
      <div class="content">
        <section aria-labelledby="title">
          <h1 id="title">Massage for sciatica</h1>
          <p>Skilled, gentle massage may ease sciatica and help you move more freely, alongside the
            exercises your doctor or physio recommends.</p>
          <p class="book__actions">${book}</p>
          <p class="below">Sessions run from 30 to 120 minutes. Tell us about your sciatica when you
            book, and bring a list of any medicines you take.</p>
        </section>
        <section aria-labelledby="questions-title">
          <h2 id="questions-title">Questions patients ask</h2>
          ${faq}
          <p class="below">Still unsure? Call us on 020 7946 0321 and a therapist will call you
            back the same day.</p>
        </section>
        <section aria-labelledby="which-massage-title">
          <h2 id="which-massage-title">Which massage is right for me?</h2>
          ${explainer}
          <p class="below">Each technique feels different. Tell us at any time if the pressure is
            too much.</p>
        </section>
        <section aria-labelledby="check-symptoms-title">
          <h2 id="check-symptoms-title">Check your symptoms</h2>
          ${checklist}
          <p class="below">This check is general information, not a diagnosis. If you are worried,
            see a doctor.</p>
        </section>
        <section aria-labelledby="how-often-title">
          <h2 id="how-often-title">How often to come</h2>
          <p>During a flare-up, most people start with one visit a week for the first few weeks.
            As things calm down, you can space sessions out to every two weeks, then once a month.</p>
        </section>
      </div>
    </main>
    <footer class="site-footer">
      <div class="site-footer__inner">
        <p class="site-footer__name">Harbour Lane Massage &amp; Physio</p>
        <p class="site-footer__note">Content is general information, not medical advice.</p>
      </div>
    </footer>`;
}

/**
 * Our page: the CDN bundle with one plain script tag in the head, and
 * <clinic-booking> above the elements, as README "From a CDN" shows.
 */
const oursSlots = {
  head: '<script src="/clinic-elements.js"></script>',
  book: '<clinic-book-button></clinic-book-button>',
  faq: '<clinic-faq></clinic-faq>',
  explainer: '<clinic-technique-explainer></clinic-technique-explainer>',
  checklist: '<clinic-symptom-checklist region="uk"></clinic-symptom-checklist>',
  booking: `<clinic-booking href="${BOOKING}"></clinic-booking>`,
};

/**
 * The same with `type="module"`, which README "From a CDN" also allows: the
 * page paints first and the elements grow when the script arrives. Measured
 * beside the recommended page, not in the ratios.
 */
const oursModuleSlots = {
  ...oursSlots,
  head: '<script type="module" src="/clinic-elements.js"></script>',
};

/** The closest Web Awesome equivalents, on the same built-in text. */
function webAwesomeSlots(pack) {
  const blocks = (answer) =>
    answer
      .map((b) =>
        typeof b === 'string'
          ? `<p>${escapeHtml(b)}</p>`
          : `<ul>${b.map((li) => `<li>${escapeHtml(li)}</li>`).join('')}</ul>`,
      )
      .join('');
  const technique = (t) =>
    `<h3>${escapeHtml(t.name)}</h3><p>${escapeHtml(t.summary)}</p>` +
    ['what', 'helps', 'feels', 'suits', 'after'].map((k) => `<p>${escapeHtml(t[k])}</p>`).join('') +
    `<ul>${t.cautions.map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ul>`;
  return {
    head: '<link rel="stylesheet" href="/wa.css" />\n    <script type="module" src="/wa.js"></script>',
    book: `<wa-button variant="brand" href="${BOOKING}">Book now</wa-button>`,
    faq: pack.faq
      .map(
        (q) => `<wa-details summary="${escapeHtml(q.question)}">${blocks(q.answer)}</wa-details>`,
      )
      .join('\n'),
    explainer: `<wa-tab-group>${pack.techniques
      .map((t) => `<wa-tab panel="${t.id}">${escapeHtml(t.name)}</wa-tab>`)
      .join('')}${pack.techniques
      .map(
        (t, n) =>
          `<wa-tab-panel name="${t.id}"${n ? '' : ' active'}>${technique(t)}</wa-tab-panel>`,
      )
      .join('')}</wa-tab-group>`,
    checklist: `<fieldset><legend>Tick anything you have now</legend>${pack.symptoms
      .map(
        (s) =>
          `<wa-checkbox name="symptom" value="${s.id}"${s.hint ? ` hint="${escapeHtml(s.hint)}"` : ''}>${escapeHtml(s.label)}</wa-checkbox>`,
      )
      .join('\n')}</fieldset>`,
    booking: `<wa-dialog label="Book a session"><p>You are leaving for our booking page at Calendly.</p><wa-button href="${BOOKING}">Continue</wa-button></wa-dialog>`,
  };
}

/**
 * Web Awesome's components, cherry-picked and bundled by esbuild into one
 * minified file, with its required theme CSS as one minified stylesheet. This
 * is the route its installation docs give for npm ("import the components you
 * want to use ... cherry picked to ensure you're getting the smallest possible
 * bundle"); its CDN autoloader instead fetches every component and chunk as a
 * separate module (dozens of requests), which would measure its loading
 * strategy on slow 4G more than its code. One file is also how our CDN bundle
 * ships, so both pay one request for their JavaScript.
 */
async function webAwesomeBundle() {
  if (!existsSync(join(waDir, 'node_modules/@awesome.me/webawesome'))) {
    console.log('Installing Web Awesome for the bench: npm ci --prefix bench/webawesome');
    run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: waDir });
  }
  const { version } = JSON.parse(
    await readFile(join(waDir, 'node_modules/@awesome.me/webawesome/package.json'), 'utf8'),
  );
  const components = ['details', 'checkbox', 'button', 'dialog', 'tab-group', 'tab', 'tab-panel'];
  const js = await bundle({
    stdin: {
      contents: components
        .map((c) => `import '@awesome.me/webawesome/dist/components/${c}/${c}.js';`)
        .join('\n'),
      resolveDir: waDir,
    },
  });
  const css = await bundle({
    entryPoints: [
      join(waDir, 'node_modules/@awesome.me/webawesome/dist/styles/themes/default.css'),
    ],
    format: undefined,
    target: undefined,
    outfile: join(workDir, 'wa.css'),
  });
  return { version, components, js: js.js, css: css.css };
}

/** The floor of one Lit element: a paragraph, bundled with its Lit, minified, one file. */
async function bareLitBundle() {
  const out = await bundle({
    stdin: {
      contents: `import { LitElement, html } from 'lit';
class BenchHello extends LitElement {
  render() { return html\`<p>Rendered by one bare Lit element.</p>\`; }
}
customElements.define('bench-hello', BenchHello);`,
      resolveDir: repoRoot,
    },
  });
  return out.js;
}

/**
 * The floor of carrying the built-in text in JavaScript: Lit and the whole
 * English content pack in one plain script in the head (as ours, which holds
 * the first paint for CLS 0), and one Lit element that renders each slot's
 * part of the text in the plainest markup, with no styles and no behaviour.
 * What any element that brings its own content costs at the least.
 */
async function contentFloorBundle() {
  const out = await bundle({
    format: 'iife',
    stdin: {
      contents: `import { LitElement, html } from 'lit';
import { sciaticaEn as pack } from './src/content/sciatica.en.ts';
const list = (items) => html\`<ul>\${items.map((item) => html\`<li>\${item}</li>\`)}</ul>\`;
const blocks = (answer) =>
  answer.map((b) => (typeof b === 'string' ? html\`<p>\${b}</p>\` : list(b)));
const technique = (t) => html\`<h3>\${t.name}</h3><p>\${t.summary}</p><p>\${t.what}</p>
  <p>\${t.helps}</p><p>\${t.feels}</p><p>\${t.suits}</p><p>\${t.after}</p>\${list(t.cautions)}\`;
const symptom = (s) => html\`<label><input type="checkbox" name="symptom" value=\${s.id} />
  \${s.label}</label>\${s.hint ? html\`<p>\${s.hint}</p>\` : ''}\`;
const parts = {
  book: () => html\`<a href="${BOOKING}">Book now</a>\`,
  faq: () =>
    pack.faq.map((q) => html\`<details><summary>\${q.question}</summary>\${blocks(q.answer)}</details>\`),
  explainer: () => pack.techniques.map(technique),
  checklist: () => html\`<fieldset><legend>Tick anything you have now</legend>
    \${pack.symptoms.map(symptom)}</fieldset>\`,
};
class BenchContent extends LitElement {
  static properties = { show: {} };
  render() {
    return parts[this.show]?.() ?? '';
  }
}
customElements.define('bench-content', BenchContent);`,
      resolveDir: repoRoot,
    },
  });
  return out.js;
}

/** The content floor's page: the same page, each element replaced by the plain one. */
const contentFloorSlots = {
  head: '<script src="/bench-content.js"></script>',
  book: '<bench-content show="book"></bench-content>',
  faq: '<bench-content show="faq"></bench-content>',
  explainer: '<bench-content show="explainer"></bench-content>',
  checklist: '<bench-content show="checklist"></bench-content>',
  booking: '',
};

/**
 * Our page as it looks once rendered, with no JavaScript: every shadow root
 * serialized as declarative shadow DOM (`<template shadowrootmode>`), its
 * adopted stylesheets written into a `<style>` inside it. The browser builds
 * the same shadow trees from the HTML alone, so the plain page shows the same
 * text with the same styles (scoped exactly as before, no selector rewriting).
 */
async function serializeRendered(browser, url) {
  const context = await browser.newContext(PROFILES.desktop.context);
  const page = await context.newPage();
  await page.addInitScript(measureInPage, 'clinic-');
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.render !== null);
  const html = await page.evaluate(() => {
    const roots = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (!el.shadowRoot) continue;
        roots.push(el.shadowRoot);
        walk(el.shadowRoot);
      }
    };
    walk(document);
    for (const root of roots) {
      const css = root.adoptedStyleSheets
        .map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n'))
        .join('\n');
      if (css) {
        const style = document.createElement('style');
        style.textContent = css;
        root.prepend(style);
      }
    }
    for (const script of document.body.querySelectorAll('script')) script.remove();
    return document.body.getHTML({ shadowRoots: roots }).replace(/<!--[^]*?-->/g, '');
  });
  await context.close();
  return html;
}

// ------------------------------------------------------------ 3. loads

/**
 * Runs in the page before any of its own scripts (addInitScript). "Rendered"
 * is the start of the first animation frame after: the document is parsed,
 * every element whose tag starts with `prefix` (in the document and, as they
 * appear, in shadow roots) is defined, and each one's Lit `updateComplete` has
 * resolved. Times are performance.now(): ms since navigation start. With no
 * prefix (the plain page), rendered is the first frame after parsing.
 */
function measureInPage(prefix) {
  const bench = { fcp: null, ready: null, render: null, longtasks: [], shifts: [] };
  window.__bench = bench;
  const observe = (type, callback) =>
    new PerformanceObserver((list) => list.getEntries().forEach(callback)).observe({
      type,
      buffered: true,
    });
  observe('paint', (e) => {
    if (e.name === 'first-contentful-paint') bench.fcp = e.startTime;
  });
  observe('longtask', (e) => bench.longtasks.push({ start: e.startTime, duration: e.duration }));
  // Every shift counts: nothing here is user input, but Chromium's mobile
  // emulation (isMobile) marks shifts in its first half second as
  // hadRecentInput, which would hide exactly the ones we look for.
  observe('layout-shift', (e) => bench.shifts.push({ time: e.startTime, value: e.value }));
  const find = (root, found = []) => {
    for (const el of root.querySelectorAll('*')) {
      if (prefix && el.localName.startsWith(prefix)) found.push(el);
      if (el.shadowRoot) find(el.shadowRoot, found);
    }
    return found;
  };
  (async () => {
    if (document.readyState === 'loading') {
      await new Promise((r) => document.addEventListener('DOMContentLoaded', r, { once: true }));
    }
    for (let seen = -1; ;) {
      const els = find(document);
      if (els.length === seen) break;
      seen = els.length;
      const tags = new Set(els.map((el) => el.localName));
      await Promise.all([...tags].map((tag) => customElements.whenDefined(tag)));
      await Promise.all(els.map((el) => el.updateComplete));
    }
    bench.ready = performance.now();
    requestAnimationFrame(() => {
      bench.render = performance.now();
    });
  })();
}

/**
 * Blocking time of long tasks: the part past 50 ms of each, between `after`
 * (FCP for TBT, 0 for all of it) and rendered.
 */
function blockingTime({ render, longtasks }, after) {
  let total = 0;
  for (const { start, duration } of longtasks) {
    const from = Math.max(start + 50, after);
    const to = Math.min(start + duration, render);
    if (to > from) total += to - from;
  }
  return total;
}

async function load(browser, url, profile, prefix) {
  const context = await browser.newContext(profile.context);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`failed: ${req.url()}`));
  try {
    return await measureLoad(context, page, url, profile, prefix, problems);
  } finally {
    await context.close();
  }
}

async function measureLoad(context, page, url, profile, prefix, problems) {
  await page.addInitScript(measureInPage, prefix);
  if (profile.network || profile.cpuRate) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (profile.network) await cdp.send('Network.emulateNetworkConditions', profile.network);
    if (profile.cpuRate) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuRate });
    }
  }
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForFunction(() => window.__bench.render !== null, null, { timeout: 60_000 });
  // Layout shifts are reported after the frame that made them: give late ones time.
  await page.waitForTimeout(500);
  const raw = await page.evaluate(() => ({
    ...window.__bench,
    resources: performance.getEntriesByType('resource').map((r) => ({
      name: r.name,
      type: r.initiatorType,
      transfer: r.transferSize,
      encoded: r.encodedBodySize,
      decoded: r.decodedBodySize,
      end: r.responseEnd,
    })),
    document: (({ transferSize, encodedBodySize }) => ({ transferSize, encodedBodySize }))(
      performance.getEntriesByType('navigation')[0],
    ),
  }));
  const scripts = raw.resources.filter((r) => /\.m?js(\?|$)/.test(r.name) || r.type === 'script');
  const local = raw.resources.filter((r) => !r.name.startsWith('data:'));
  return {
    render: raw.render,
    fcp: raw.fcp,
    tbt: blockingTime(raw, raw.fcp ?? 0),
    blocking: blockingTime(raw, 0),
    cls: raw.shifts.reduce((sum, s) => sum + s.value, 0),
    jsArrived: scripts.reduce((last, r) => Math.max(last, r.end), 0),
    jsTransfer: scripts.reduce((sum, r) => sum + r.transfer, 0),
    jsEncoded: scripts.reduce((sum, r) => sum + r.encoded, 0),
    allTransfer: local.reduce((sum, r) => sum + r.transfer, raw.document.transferSize),
    requests: local.length + 1,
    longtasks: raw.longtasks.length,
    problems,
  };
}

/** A route that serves `body` compressed as the browser asks (brotli, else gzip), like a CDN. */
function compressed(body, type, log) {
  const buf = Buffer.from(body);
  const br = brotli(buf);
  const gz = gzip(buf);
  return (req, res) => {
    const accept = String(req.headers['accept-encoding'] ?? '');
    const [encoding, data] = /\bbr\b/.test(accept)
      ? ['br', br]
      : /\bgzip\b/.test(accept)
        ? ['gzip', gz]
        : [undefined, buf];
    log.add(`${accept || '(none)'} -> ${encoding ?? 'identity'}`);
    res.writeHead(200, {
      'content-type': type,
      'content-length': data.length,
      'cache-control': 'no-store',
      vary: 'accept-encoding',
      ...(encoding && { 'content-encoding': encoding }),
    });
    res.end(data);
  };
}

// ------------------------------------------------------------ main

const started = Date.now();
const loadBefore = loadavg()[0];
await mkdir(workDir, { recursive: true });

if (!args.includes('--no-build')) {
  console.log('Building: npm run build');
  run('npm', ['run', 'build']);
}

const bytes = await measureBytes();
const [pack, wa, bareLit, contentFloor, pageCss] = await Promise.all([
  contentPack(),
  webAwesomeBundle().catch((err) => {
    console.warn(`Web Awesome left out: ${err.message}`);
    return null;
  }),
  bareLitBundle(),
  contentFloorBundle(),
  readFile(join(repoRoot, 'demo/demo.css'), 'utf8'),
]);
bytes.rows.push({
  name: 'Floor: one bare Lit element, Lit included (one file)',
  ...sizes(bareLit),
});
bytes.rows.push({
  name: 'Floor: Lit + the English content, rendered plainly by one element (one file)',
  ...sizes(contentFloor),
});
if (wa) {
  bytes.rows.push(
    {
      name: `Floor: Web Awesome ${wa.version} JS (${wa.components.join(', ')}; one file)`,
      ...sizes(wa.js),
    },
    { name: `Floor: Web Awesome ${wa.version} theme CSS (themes/default.css)`, ...sizes(wa.css) },
  );
}

const encodings = new Set();
const HTML = 'text/html; charset=utf-8';
const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';
const routes = {
  '/clinic-elements.js': compressed(bytes.cdn, JS, encodings),
  '/bench-lit.js': compressed(bareLit, JS, encodings),
  '/bench-content.js': compressed(contentFloor, JS, encodings),
  // The floor of holding the first paint: a script the head waits for, which does nothing.
  '/empty.js': compressed('/* holds the first paint, does nothing */\n', JS, encodings),
  ...(wa && {
    '/wa.js': compressed(wa.js, JS, encodings),
    '/wa.css': compressed(wa.css, CSS, encodings),
  }),
};
const site = await serve(routes, { root: workDir });
const browser = await launchBrowser();

// Every page and bundle is also written to .cache/bench/, to look at.
const files = {
  'ours.html': page(oursSlots, pageCss),
  'ours-module.html': page(oursModuleSlots, pageCss),
  'bench-lit.js': bareLit,
  'content.html': page(contentFloorSlots, pageCss),
  'bench-content.js': contentFloor,
  ...(wa && { 'wa.html': page(webAwesomeSlots(pack), pageCss), 'wa.js': wa.js, 'wa.css': wa.css }),
};
const servePage = (name) => {
  routes[`/${name}`] = compressed(files[name], HTML, encodings);
};
servePage('ours.html');

// The plain floor is our page as rendered, frozen into HTML.
const plain = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Massage for sciatica | Harbour Lane Massage &amp; Physio</title>
    <link rel="icon" href="data:," />
    <style>${pageCss}</style>
    <!--bench:head-->
  </head>
  <body>${await serializeRendered(browser, site.url('/ours.html'))}<!--bench:end--></body>
</html>
`;
files['plain.html'] = plain;
files['blocking.html'] = plain.replace('<!--bench:head-->', '<script src="/empty.js"></script>');
files['lit.html'] = plain
  .replace('<!--bench:head-->', '<script type="module" src="/bench-lit.js"></script>')
  .replace('<!--bench:end-->', '<bench-hello></bench-hello>');
for (const name of [
  'ours-module.html',
  'plain.html',
  'blocking.html',
  'lit.html',
  'content.html',
  'wa.html',
]) {
  if (files[name]) servePage(name);
}
for (const [name, text] of Object.entries(files)) await writeFile(join(workDir, name), text);

const VARIANTS = [
  {
    id: 'ours',
    label: 'clinic-elements (CDN bundle, one plain script in the head)',
    path: '/ours.html',
    prefix: 'clinic-',
  },
  {
    id: 'oursModule',
    label: 'clinic-elements, the same script as type="module" (paints first)',
    path: '/ours-module.html',
    prefix: 'clinic-',
  },
  { id: 'plain', label: 'Floor: plain HTML, no JS', path: '/plain.html', prefix: null },
  {
    id: 'blocking',
    label: 'Floor: plain HTML + an empty script in the head (the cost of holding the first paint)',
    path: '/blocking.html',
    prefix: null,
  },
  {
    id: 'lit',
    label: 'Floor: plain HTML + one bare Lit element',
    path: '/lit.html',
    prefix: 'bench-',
  },
  {
    id: 'content',
    label:
      'Floor: Lit + the built-in content in one script in the head, rendered plainly (no styles, no behaviour)',
    path: '/content.html',
    prefix: 'bench-',
  },
  ...(wa
    ? [{ id: 'wa', label: `Floor: Web Awesome ${wa.version}`, path: '/wa.html', prefix: 'wa-' }]
    : []),
];

const samples = {};
const problems = new Set();
for (const [profileId, profile] of Object.entries(PROFILES)) {
  samples[profileId] = Object.fromEntries(VARIANTS.map((v) => [v.id, []]));
  // Round-robin, after one discarded warm-up load of each, so drift hits all alike.
  for (let round = 0; round <= RUNS; round++) {
    for (const variant of VARIANTS) {
      try {
        const result = await load(browser, site.url(variant.path), profile, variant.prefix);
        result.problems.forEach((p) => problems.add(`${variant.id}: ${p}`));
        if (round > 0) samples[profileId][variant.id].push(result);
      } catch (err) {
        // A load that never renders (a timeout) is reported, not measured.
        problems.add(`${profileId} ${variant.id}, round ${round}: ${err.message.split('\n')[0]}`);
      }
    }
    process.stdout.write(`\r${profile.label}: ${round}/${RUNS} rounds`);
  }
  process.stdout.write('\n');
}
const chromiumVersion = browser.version();
await closeBrowser();
await site.close();

// ------------------------------------------------------------ report

const METRICS = [
  'render',
  'fcp',
  'tbt',
  'blocking',
  'cls',
  'jsArrived',
  'jsTransfer',
  'jsEncoded',
  'allTransfer',
  'requests',
];
const medians = {};
for (const [profileId, byVariant] of Object.entries(samples)) {
  medians[profileId] = {};
  for (const [variantId, list] of Object.entries(byVariant)) {
    const range = (m) => [Math.min(...list.map((s) => s[m])), Math.max(...list.map((s) => s[m]))];
    medians[profileId][variantId] = {
      ...Object.fromEntries(METRICS.map((m) => [m, median(list.map((s) => s[m]))])),
      renderRange: range('render'),
      clsRange: range('cls'),
    };
  }
}

const env = {
  date: new Date().toISOString(),
  chromium: chromiumVersion,
  cpu: `${cpus()[0]?.model.trim()} x ${cpus().length}`,
  os: `${process.platform} ${release()}`,
  node: process.version,
  runs: RUNS,
  // The machine's load (1-minute average) before and after: timings are only
  // comparable across runs on an otherwise idle machine.
  load: [loadBefore, loadavg()[0]].map((n) => Number(n.toFixed(1))),
  encodings: [...encodings],
};

const out = [];
out.push(
  `Chromium ${env.chromium} (headless), ${env.cpu}, ${env.os}, Node ${env.node}; ` +
    `median of ${RUNS} cold loads per variant and profile; load average ${env.load.join(' -> ')}.`,
);
if (Math.max(...env.load) > cpus().length) {
  out.push(
    `\n**The machine was busy** (load average above its ${cpus().length} CPUs): timings and their` +
      ' ratios swing between runs; byte counts do not. Rerun on an idle machine, or with `--runs 15`.',
  );
}
out.push(
  '\n### Bytes\n',
  table(
    ['Entry', 'Minified (B)', 'gzip -9 (B)', 'brotli q11 (B)'],
    bytes.rows.map((r) => [r.name, fmtBytes(r.min), fmtBytes(r.gzip), fmtBytes(r.brotli)]),
    ['l'],
  ),
);
for (const [profileId, profile] of Object.entries(PROFILES)) {
  out.push(
    `\n### ${profile.label}\n`,
    table(
      [
        'Page',
        'Rendered (ms) [min-max]',
        'FCP (ms)',
        'TBT (ms)',
        'Blocking to render (ms)',
        'CLS [min-max]',
        'JS arrived (ms)',
        'JS transferred (kB)',
        'All transferred (kB)',
        'Requests',
      ],
      VARIANTS.map((v) => {
        const m = medians[profileId][v.id];
        return [
          v.label,
          `${fmtMs(m.render)} [${m.renderRange.map(fmtMs).join('-')}]`,
          fmtMs(m.fcp),
          fmtMs(m.tbt),
          fmtMs(m.blocking),
          `${m.cls.toFixed(3)} [${m.clsRange.map((c) => c.toFixed(3)).join('-')}]`,
          m.jsArrived ? fmtMs(m.jsArrived) : '-',
          fmtKb(m.jsTransfer),
          fmtKb(m.allTransfer),
          String(m.requests),
        ];
      }),
      ['l'],
    ),
  );
}
const ratioRows = [];
for (const [profileId] of Object.entries(PROFILES)) {
  const ours = medians[profileId].ours;
  for (const v of VARIANTS.filter((x) => !x.id.startsWith('ours'))) {
    const floor = medians[profileId][v.id];
    ratioRows.push([
      `${profileId}: ours vs ${v.label.replace('Floor: ', '')}`,
      fmtRatio(ours.render, floor.render),
      fmtRatio(ours.tbt, floor.tbt),
      fmtRatio(ours.jsTransfer, floor.jsTransfer),
    ]);
  }
}
out.push(
  '\n### Ratios (ours / floor; 1.00x = as cheap as the floor)\n',
  table(['Comparison', 'Rendered', 'TBT', 'JS transferred'], ratioRows, ['l']),
);
out.push(
  `\n### What the CDN bundle's ${fmtBytes(bytes.breakdown.total)} minified bytes are (esbuild rebuild of src/cdn.ts)\n`,
  table(
    ['Part', 'Minified (B)', 'Share'],
    bytes.breakdown.groups.map((g) => [
      g.label,
      fmtBytes(g.bytes),
      `${((100 * g.bytes) / bytes.breakdown.total).toFixed(1)}%`,
    ]),
    ['l'],
  ),
);

const cdnRow = bytes.rows[0];
const contentFloorRow = bytes.rows.find((r) =>
  r.name.startsWith('Floor: Lit + the English content'),
);
const mobile = medians.mobile;
const goals = [
  [
    'All four elements + English content under 12 kB brotli',
    cdnRow.brotli < 12_000,
    `${fmtKb(cdnRow.brotli)} kB brotli (${(cdnRow.brotli / 12_000).toFixed(1)}x the budget); ` +
      `Lit + the content alone: ${fmtKb(contentFloorRow.brotli)} kB`,
  ],
  [
    'CLS 0 on mobile, one script tag',
    mobile.ours.cls === 0,
    `median CLS ${mobile.ours.cls.toFixed(3)}`,
  ],
  [
    'Rendered under 1.2x the bare-Lit page on mobile',
    mobile.ours.render < 1.2 * mobile.lit.render,
    `${fmtRatio(mobile.ours.render, mobile.lit.render)} (${fmtMs(mobile.ours.render)} ms vs ${fmtMs(mobile.lit.render)} ms); ` +
      `Lit + the content alone: ${fmtRatio(mobile.content.render, mobile.lit.render)}`,
  ],
];
out.push(
  '\n### Goals\n',
  table(
    ['Goal', 'Met', 'Measured'],
    goals.map(([goal, met, measured]) => [goal, met ? 'yes' : '**no**', measured]),
    ['l', 'l', 'l'],
  ),
);
if (problems.size)
  out.push('\nProblems seen during loads:\n', ...[...problems].map((p) => `- ${p}`));

console.log(`\n${out.join('\n')}\n`);
console.log(`Served encodings: ${env.encodings.join('; ')}`);

await writeFile(
  join(cacheDir, 'bench.json'),
  `${JSON.stringify(
    {
      env,
      bytes: { rows: bytes.rows, breakdown: bytes.breakdown },
      medians,
      samples,
      goals,
      problems: [...problems],
    },
    null,
    2,
  )}\n`,
);
console.log(`Wrote .cache/bench.json in ${Math.round((Date.now() - started) / 1000)} s.`);
