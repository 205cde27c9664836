/**
 * The npm package as a new user meets it: `npm pack` of this repo (dist/ must
 * be built: `node scripts/test.mjs --page` builds it when stale), checked by
 * publint and Are the Types Wrong, then installed from the tarball into a
 * fresh TypeScript + Vite + React 19 project in a temp folder, where
 * `tsc --noEmit` proves the types, `vite build` must print no warning, and the
 * built pages run in Chromium.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import process from 'node:process';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { closeBrowser, elementsReady, openPage, repoRoot, serve } from './harness.mjs';

/** The per-element entries, and the tags each one registers. */
const ENTRIES = {
  faq: ['clinic-faq'],
  'technique-explainer': ['clinic-technique-explainer'],
  'symptom-checklist': ['clinic-symptom-checklist'],
  'book-button': ['clinic-book-button', 'clinic-booking'],
};
const ALL_TAGS = Object.values(ENTRIES).flat().sort();
const BOOKING = 'https://calendly.com/demo-clinic/massage';

/** What a user needs, and nothing else (tests, stories, sources, configs...). */
const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE(\.md|\.txt)?$/,
  /^custom-elements\.json$/,
  /^dist\/vscode\.html-custom-data\.json$/,
  /^dist\/(shared\/)?[\w.-]+\.js(\.map)?$/,
  /^dist\/cdn\/[\w.-]+\.(js|css)(\.map)?$/,
  /^dist\/types\/[\w./-]+\.d\.ts$/,
];

const pkg = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8'));
const quiet = { NO_COLOR: '1', FORCE_COLOR: '0', npm_config_update_notifier: 'false' };

/** Runs a command to its end; never throws. `output` is stdout and stderr as printed. */
function run(cmd, args, { cwd = repoRoot, env = {} } = {}) {
  return new Promise((done) => {
    const child = spawn(cmd, args, {
      cwd,
      env: { ...process.env, ...quiet, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let output = '';
    child.stdout.on('data', (d) => ((stdout += d), (output += d)));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (err) => done({ code: -1, stdout, output: `${output}${err}` }));
    child.on('close', (code) => done({ code, stdout, output }));
  });
}

/** npm's own noise on this machine ("Unknown user config nodedir"), not ours. */
const withoutNpmNoise = (text) =>
  text
    .split('\n')
    .filter((line) => !/^npm warn Unknown (user|env) config "nodedir"/.test(line))
    .join('\n');

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

let tmp;
let tarball;
let packed; // npm pack --json's report
let unpacked; // the tarball extracted: <tmp>/extract/package
let manifest;
let shipped; // the package.json in the tarball

before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'clinic-elements-package-'));
  // --ignore-scripts: pack the dist/ the suite built, without `prepack` rebuilding it.
  const pack = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp]);
  assert.equal(pack.code, 0, `npm pack failed:\n${pack.output}`);
  [packed] = JSON.parse(pack.stdout);
  tarball = join(tmp, packed.filename);
  await mkdir(join(tmp, 'extract'));
  const untar = await run('tar', ['-xzf', tarball, '-C', join(tmp, 'extract')]);
  assert.equal(untar.code, 0, untar.output);
  unpacked = join(tmp, 'extract', 'package');
  manifest = JSON.parse(await readFile(join(unpacked, 'custom-elements.json'), 'utf8'));
  shipped = JSON.parse(await readFile(join(unpacked, 'package.json'), 'utf8'));
});

after(async () => {
  await closeBrowser();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('npm package: the tarball', () => {
  it('holds only what users need, and reports its size', (t) => {
    const files = packed.files.map((f) => f.path).sort();
    const unexpected = files.filter((f) => !ALLOWED.some((re) => re.test(f)));
    assert.deepEqual(unexpected, [], 'files a user does not need are packed');
    // Belt and braces, should ALLOWED ever grow too wide.
    const dev =
      /^(src|test|stories|\.storybook|scripts|demo|storybook-static)\/|\.(test|stories)\.|(?<!\.d)\.ts$/;
    assert.deepEqual(
      files.filter((f) => dev.test(f)),
      [],
    );
    for (const needed of [
      'package.json',
      'README.md',
      'custom-elements.json',
      'dist/vscode.html-custom-data.json',
      'dist/index.js',
      'dist/types/index.d.ts',
      'dist/cdn/clinic-elements.js',
      ...Object.keys(ENTRIES).flatMap((e) => [`dist/${e}.js`, `dist/types/${e}.d.ts`]),
      'dist/react.js',
      'dist/types/react.d.ts',
    ]) {
      assert.ok(files.includes(needed), `${needed} is missing from the tarball`);
    }
    t.diagnostic(
      `${packed.filename}: ${kB(packed.size)} packed, ${kB(packed.unpackedSize)} unpacked, ${packed.entryCount} files`,
    );
  });

  it('ships no dead chunks, and source maps that carry their sources', async () => {
    const files = packed.files.map((f) => f.path);
    const js = files.filter((f) => f.startsWith('dist/') && f.endsWith('.js'));
    // Every JS file is reached from an export: no chunk left over from an older build.
    const targets = Object.values(shipped.exports).flatMap((v) =>
      typeof v === 'string' ? [v] : Object.values(v),
    );
    const queue = targets.filter((f) => f.endsWith('.js')).map((f) => posix.normalize(f));
    const reached = new Set();
    while (queue.length) {
      const file = queue.shift();
      if (reached.has(file)) continue;
      reached.add(file);
      const code = await readFile(join(unpacked, file), 'utf8');
      for (const [, spec] of code.matchAll(
        /\b(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g,
      )) {
        queue.push(posix.join(posix.dirname(file), spec));
      }
    }
    assert.deepEqual(
      js.filter((f) => !reached.has(f)),
      [],
      'JS files no export reaches',
    );
    for (const map of files.filter((f) => f.endsWith('.js.map'))) {
      assert.ok(files.includes(map.slice(0, -4)), `${map} without its file`);
      const { sources, sourcesContent = [] } = JSON.parse(
        await readFile(join(unpacked, map), 'utf8'),
      );
      assert.equal(sourcesContent.filter((s) => typeof s === 'string').length, sources.length);
    }
  });

  it('declares side effects (elements register on import), is ESM only, types every module', () => {
    // "sideEffects": false would let a bundler drop `import 'clinic-elements/faq'`.
    assert.notEqual(shipped.sideEffects, false);
    assert.equal(shipped.type, 'module');
    for (const [subpath, target] of Object.entries(shipped.exports)) {
      if (typeof target === 'string') {
        assert.doesNotMatch(target, /\.m?js$/, `${subpath} needs types`);
      } else {
        assert.deepEqual(Object.keys(target), ['types', 'default'], subpath);
      }
    }
  });

  it('passes publint --strict: no errors, no warnings', async (t) => {
    const { publint } = await import('publint');
    const { formatMessage } = await import('publint/utils');
    const tarballData = await readFile(tarball);
    const { messages, pkg: linted } = await publint({
      pack: {
        tarball: tarballData.buffer.slice(
          tarballData.byteOffset,
          tarballData.byteOffset + tarballData.byteLength,
        ),
      },
      strict: true,
    });
    const text = (m) => `${m.type}: ${formatMessage(m, linted, { color: false })}`;
    for (const m of messages.filter((m) => m.type === 'suggestion')) t.diagnostic(text(m));
    assert.deepEqual(messages.filter((m) => m.type !== 'suggestion').map(text), []);
  });

  it('passes Are the Types Wrong (esm-only profile)', async () => {
    // The package is ESM only ("type": "module", `exports` with `types` and
    // `default`, no `require`), so the `esm-only` profile: it checks Node 16+
    // ESM and bundler resolution, and leaves out `node10` (ignores `exports`,
    // so no subpath could resolve) and `require` from CommonJS, which an
    // ESM-only package cannot serve on Node 20 by design.
    const attw = await run('node_modules/.bin/attw', [
      tarball,
      '--profile',
      'esm-only',
      // A stylesheet: there are no types to find, and none are wanted.
      '--exclude-entrypoints',
      './clinic-elements.css',
      '--format',
      'ascii',
      '--no-color',
      '--no-emoji',
    ]);
    assert.equal(attw.code, 0, `attw found problems:\n${withoutNpmNoise(attw.output)}`);
  });
});

describe('npm package: in a new TypeScript + Vite + React 19 project', () => {
  let app;
  let site;

  before(async () => {
    app = join(tmp, 'app');
    await writeProject(app);
    const install = await run(
      'npm',
      [
        'install',
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        tarball,
        `typescript@${pkg.devDependencies.typescript}`,
        `vite@${pkg.devDependencies.vite}`,
        'react@19.3.1',
        'react-dom@19.3.1',
        '@types/react@19.3.0',
        '@types/react-dom@19.3.0',
        '@vitejs/plugin-react@6.3.0',
      ],
      { cwd: app },
    );
    assert.equal(install.code, 0, `npm install failed:\n${install.output}`);
    await writeFile(join(app, 'src', 'manifest-checks.tsx'), manifestChecks(manifest));
    // The README's snippets are type-checked as written.
    const readme = await readFile(join(unpacked, 'README.md'), 'utf8');
    await writeFile(join(app, 'src', 'readme-npm.ts'), snippets(readme, '### From npm', 'ts'));
    await writeFile(join(app, 'src', 'readme-react.tsx'), snippets(readme, '### React 19', 'tsx'));
  });

  after(async () => {
    await site?.close();
  });

  it('type-checks (tsc --noEmit, strict): elements, events and JSX are typed', async () => {
    const tsc = await run('node_modules/.bin/tsc', ['--noEmit', '-p', '.'], { cwd: app });
    assert.equal(tsc.code, 0, `tsc --noEmit failed:\n${tsc.output}`);
  });

  it('builds with vite, with no warnings', async (t) => {
    const build = await run('node_modules/.bin/vite', ['build'], { cwd: app });
    assert.equal(build.code, 0, `vite build failed:\n${build.output}`);
    const warnings = build.output.split('\n').filter((line) => /warn|\(!\)|deprecat/i.test(line));
    assert.deepEqual(warnings, [], `vite build warned:\n${build.output}`);
    for (const entry of Object.keys(ENTRIES)) {
      const html = await readFile(join(app, 'dist', `${entry}.html`), 'utf8');
      const scripts = [...html.matchAll(/src="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
      let bytes = 0;
      for (const s of scripts) bytes += gzipSync(await readFile(join(app, 'dist', s))).length;
      t.diagnostic(`clinic-elements/${entry} in a Vite app, Lit included: ${kB(bytes)} gzip`);
    }
  });

  it('each per-element import registers its own elements only', async () => {
    site ??= await serveApp(app);
    for (const [entry, tags] of Object.entries(ENTRIES)) {
      const page = await openPage(site.url(`/${entry}.html`));
      try {
        await elementsReady(page);
        const defined = await page.evaluate(
          (all) => all.filter((tag) => customElements.get(tag)),
          ALL_TAGS,
        );
        assert.deepEqual(defined, [...tags].sort(), `clinic-elements/${entry}`);
        assert.deepEqual(page.problems, [], `console of ${entry}.html`);
      } finally {
        await page.close();
      }
    }
  });

  it('the plain TypeScript page upgrades every element, with no console errors', async () => {
    site ??= await serveApp(app);
    const page = await openPage(site.url('/index.html'));
    try {
      await elementsReady(page);
      const rendered = await page.evaluate(
        (tags) =>
          tags.map((tag) => {
            const el = document.querySelector(tag);
            return [tag, !!customElements.get(tag), el?.shadowRoot?.childElementCount ?? 0];
          }),
        ALL_TAGS,
      );
      for (const [tag, defined, children] of rendered) {
        assert.ok(defined, `${tag} is not defined`);
        if (tag !== 'clinic-booking') assert.ok(children > 0, `${tag} rendered nothing`);
      }
      // The FAQ's `items`, set from typed code in main.ts.
      await assertText(page.locator('clinic-faq'), 'Is there parking?');
      assert.deepEqual(page.problems, []);
      // A production build: Lit's production code, not its dev build.
      assert.ok(!page.messages.some((m) => /dev mode/i.test(m.text)));
    } finally {
      await page.close();
    }
  });

  it('React 19: properties, attributes and our events, with no console errors', async () => {
    site ??= await serveApp(app);
    const page = await openPage(site.url('/react.html'));
    try {
      await page.locator('#app').waitFor();
      await elementsReady(page);
      // `items` passed as an array property; the clinic's question is shown.
      const faq = page.locator('clinic-faq');
      await assertText(faq, 'Is there parking?');
      assert.equal(await faq.evaluate((el) => el.exclusive), true);
      assert.equal(
        await page.locator('clinic-symptom-checklist').evaluate((el) => el.region),
        'uk',
      );
      // onclinic-faq-toggle
      await faq.getByRole('button', { name: 'Is there parking?' }).click();
      await assertText(page.locator('#toggled'), 'parking open');
      // onclinic-book-click: the handler ran and took over (no navigation).
      const url = page.url();
      const left = [];
      page.on('request', (req) => req.isNavigationRequest() && left.push(req.url()));
      await page.locator('clinic-book-button').getByRole('link').click();
      await assertText(page.locator('#booked'), 'calendly from clinic-book-button');
      await page.waitForTimeout(200);
      assert.deepEqual(left, []);
      assert.equal(page.url(), url);
      assert.deepEqual(page.problems, []);
    } finally {
      await page.close();
    }
  });
});

/** The code blocks in `lang` of one README section, as one file. */
function snippets(readme, heading, lang) {
  const start = readme.indexOf(`\n${heading}\n`);
  assert.ok(start >= 0, `README.md has no "${heading}" section`);
  const end = readme.slice(start + heading.length + 2).search(/\n#{2,3} /);
  const section = readme.slice(start, end < 0 ? undefined : start + heading.length + 2 + end);
  const blocks = [...section.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, 'g'))];
  assert.ok(blocks.length, `README.md's "${heading}" has no \`\`\`${lang} block`);
  return blocks.map((m) => m[1]).join('\n');
}

/** The built app, as a static host serves it (with a favicon, which Chromium asks for). */
function serveApp(app) {
  return serve({ '/favicon.ico': { status: 204 } }, { root: join(app, 'dist') });
}

async function assertText(locator, text) {
  await locator.filter({ hasText: text }).first().waitFor({ timeout: 5000 });
}

/** The consumer project, as a user would write it after `npm create vite` (react-ts). */
async function writeProject(dir) {
  const files = {
    'package.json': JSON.stringify(
      { name: 'clinic-site', private: true, version: '0.0.0', type: 'module' },
      null,
      2,
    ),
    'tsconfig.json': JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          module: 'ESNext',
          moduleResolution: 'bundler',
          moduleDetection: 'force',
          types: ['vite/client'],
          jsx: 'react-jsx',
          strict: true,
          noEmit: true,
          noUnusedLocals: true,
          noUnusedParameters: true,
          noFallthroughCasesInSwitch: true,
          noUncheckedSideEffectImports: true,
          verbatimModuleSyntax: true,
          allowImportingTsExtensions: true,
          erasableSyntaxOnly: true,
          // Our own .d.ts files are checked too, not only used.
          skipLibCheck: false,
        },
        include: ['src'],
      },
      null,
      2,
    ),
    'vite.config.ts': `import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const pages = ${JSON.stringify(['index', 'react', ...Object.keys(ENTRIES)])};

export default defineConfig({
  plugins: [react()],
  build: {
    rolldownOptions: {
      input: Object.fromEntries(pages.map((p) => [p, resolve(import.meta.dirname, \`\${p}.html\`)])),
    },
  },
});
`,
    'index.html': page(
      'A clinic',
      `<clinic-booking href="https://calendly.com/demo-clinic/massage"></clinic-booking>
    <clinic-faq exclusive></clinic-faq>
    <clinic-technique-explainer></clinic-technique-explainer>
    <clinic-symptom-checklist region="uk"></clinic-symptom-checklist>
    <clinic-book-button>Book a massage</clinic-book-button>
    <p id="log"></p>`,
      '/src/main.ts',
    ),
    'react.html': page('A clinic in React', '<div id="root"></div>', '/src/react-main.tsx'),
    'src/main.ts': `import { registerTranslation, type FaqItem } from 'clinic-elements';
import 'clinic-elements/faq';
import 'clinic-elements/technique-explainer';
import 'clinic-elements/symptom-checklist';
import 'clinic-elements/book-button';

const questions: FaqItem[] = [
  { id: 'parking', question: 'Is there parking?', answer: 'Yes, behind the clinic.' },
];
const faq = document.querySelector('clinic-faq');
if (faq) faq.items = questions;

const log = document.querySelector<HTMLParagraphElement>('#log');
document.addEventListener('clinic-book-click', (event) => {
  if (log) log.textContent = \`\${event.detail.provider} from \${event.detail.source}\`;
});
document.addEventListener('clinic-symptoms-change', (event) => {
  if (log) log.textContent = event.detail.outcome;
});
void registerTranslation;
`,
    'src/react-main.tsx': `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
`,
    // README.md's "React 19" snippet, with results the test can see.
    'src/App.tsx': `import { useState } from 'react';
import 'clinic-elements';
import 'clinic-elements/react'; // JSX types for our tags; adds nothing to the bundle
import type { FaqItem } from 'clinic-elements';

const questions: FaqItem[] = [
  { id: 'parking', question: 'Is there parking?', answer: 'Yes, behind the clinic.' },
];

export function App() {
  const [toggled, setToggled] = useState('');
  const [booked, setBooked] = useState('');
  return (
    <main id="app">
      <clinic-faq
        exclusive
        items={questions}
        onclinic-faq-toggle={(e) => setToggled(\`\${e.detail.id} \${e.detail.open ? 'open' : 'closed'}\`)}
      />
      <clinic-technique-explainer onclinic-technique-select={(e) => console.log(e.detail.id)} />
      <clinic-symptom-checklist
        region="uk"
        onclinic-symptoms-change={(e) => console.log(e.detail.outcome)}
      />
      {/* The page's booking, set as a property as React 19 does: every Book link uses it. */}
      <clinic-booking href="https://calendly.com/demo-clinic/massage" />
      <clinic-book-button
        onclinic-book-click={(e) => {
          e.preventDefault(); // we take over: no navigation
          setBooked(\`\${e.detail.provider} from \${e.detail.source}\`);
        }}
      >
        Book a massage
      </clinic-book-button>
      <p id="toggled">{toggled}</p>
      <p id="booked">{booked}</p>
    </main>
  );
}
`,
    // Types a user relies on, checked so that \`any\` or \`Element\` would fail.
    'src/type-checks.tsx': `import type {
  BookClickDetail,
  ClinicBookButton,
  ClinicBooking,
  ClinicFaq,
  FaqItem,
  FaqToggleDetail,
} from 'clinic-elements';
import { ClinicFaq as FaqClass } from 'clinic-elements/faq';
import { ClinicTechniqueExplainer } from 'clinic-elements/technique-explainer';
import { ClinicSymptomChecklist } from 'clinic-elements/symptom-checklist';
import { ClinicBookButton as BookButtonClass, ClinicBooking as BookingClass } from 'clinic-elements/book-button';
import 'clinic-elements/react';

type Equal<X, Y> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

const faq = document.querySelector('clinic-faq');
const button = document.createElement('clinic-book-button');
export type ElementTypes = [
  Expect<Equal<typeof faq, ClinicFaq | null>>,
  Expect<Equal<typeof button, ClinicBookButton>>,
  Expect<Equal<HTMLElementTagNameMap['clinic-booking'], ClinicBooking>>,
  Expect<Equal<FaqClass, ClinicFaq>>,
  Expect<Equal<BookButtonClass, ClinicBookButton>>,
  Expect<Equal<HTMLElementTagNameMap['clinic-technique-explainer'], ClinicTechniqueExplainer>>,
  Expect<Equal<HTMLElementTagNameMap['clinic-symptom-checklist'], ClinicSymptomChecklist>>,
  Expect<Equal<HTMLElementTagNameMap['clinic-booking'], BookingClass>>,
  Expect<Equal<NonNullable<typeof faq>['items'], FaqItem[] | undefined>>,
];

button.addEventListener('clinic-book-click', (e) => {
  const typed: Expect<Equal<typeof e, CustomEvent<BookClickDetail>>> = true;
  const provider: string = e.detail.provider;
  void [typed, provider];
});
faq?.addEventListener('clinic-faq-toggle', (e) => {
  const typed: Expect<Equal<typeof e, CustomEvent<FaqToggleDetail>>> = true;
  const open: boolean = e.detail.open;
  void [typed, open];
});

export function Wrong() {
  return (
    <>
      {/* @ts-expect-error items are FaqItem objects */}
      <clinic-faq items={[1]} />
      {/* @ts-expect-error not a property of the FAQ */}
      <clinic-faq nope />
      {/* @ts-expect-error a getter, not settable */}
      <clinic-faq questionIds={[]} />
      {/* @ts-expect-error a method, not a prop */}
      <clinic-faq show={() => {}} />
      {/* @ts-expect-error heading levels are numbers */}
      <clinic-faq headingLevel="3" />
      <clinic-book-button
        // @ts-expect-error the detail has no such field
        onclinic-book-click={(e) => e.detail.nope}
      />
      <clinic-faq
        // @ts-expect-error the FAQ fires no book event: \`e\` is untyped
        onclinic-book-click={(e) => e}
      />
    </>
  );
}
`,
  };
  for (const entry of Object.keys(ENTRIES)) {
    const markup = ENTRIES[entry]
      .map((tag) => `<${tag}${tag === 'clinic-booking' ? ` href="${BOOKING}"` : ''}></${tag}>`)
      .join('\n    ');
    files[`${entry}.html`] = page(entry, markup, `/src/entry-${entry}.ts`);
    files[`src/entry-${entry}.ts`] = `import 'clinic-elements/${entry}';\n`;
  }
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), text);
  }
}

function page(title, body, script) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <script type="module" src="${script}"></script>
  </head>
  <body>
    ${body}
  </body>
</html>
`;
}

/**
 * Type checks written from custom-elements.json, so that a new property or
 * event the manifest lists must be typed too: the element class in
 * HTMLElementTagNameMap, each `clinic-*` event's detail in
 * GlobalEventHandlersEventMap and as a React `on<event>` prop, and each
 * public property as a React prop of its class's type.
 */
function manifestChecks(cem) {
  const imports = new Set();
  const checks = [];
  for (const d of cem.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName)) {
    imports.add(d.name);
    const tag = JSON.stringify(d.tagName);
    checks.push(`Expect<Equal<HTMLElementTagNameMap[${tag}], ${d.name}>>`);
    for (const event of d.events ?? []) {
      if (!event.name.startsWith('clinic-')) continue;
      const type = event.type?.text ?? '';
      const detail = /^CustomEvent<(\w+)>$/.exec(type)?.[1];
      assert.ok(detail, `${d.tagName} ${event.name}: manifest type "${type}"`);
      imports.add(detail);
      const name = JSON.stringify(event.name);
      checks.push(
        `Expect<Equal<GlobalEventHandlersEventMap[${name}], CustomEvent<${detail}>>>`,
        `Expect<Equal<Handler<${tag}, ${JSON.stringify(`on${event.name}`)}>, CustomEvent<${detail}>>>`,
      );
    }
    for (const m of d.members ?? []) {
      if (m.kind !== 'field' || m.static || (m.privacy && m.privacy !== 'public')) continue;
      const key = JSON.stringify(m.name);
      checks.push(
        m.readonly
          ? `Expect<Equal<${key} extends keyof Own<${tag}> ? true : false, false>>`
          : `Expect<Equal<NonNullable<Props<${tag}>[${key}]>, NonNullable<${d.name}[${key}]>>>`,
      );
    }
  }
  return `// Generated by test/page/package.test.mjs from custom-elements.json.
import type { HTMLAttributes, JSX } from 'react';
import type { ${[...imports].sort().join(', ')} } from 'clinic-elements';
import 'clinic-elements/react';

type Equal<X, Y> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? true : false;
type Expect<T extends true> = T;
type Tags = keyof JSX.IntrinsicElements;
type Props<T extends Tags> = JSX.IntrinsicElements[T];
type Own<T extends Tags> = Omit<Props<T>, keyof HTMLAttributes<HTMLElement>>;
type Handler<T extends Tags, K extends keyof Props<T>> =
  Props<T>[K] extends ((event: infer E) => unknown) | undefined ? E : never;

export type ManifestChecks = [
  ${checks.join(',\n  ')},
];
`;
}
