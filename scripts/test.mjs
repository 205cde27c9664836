/**
 * `npm test`: the component tests (web-test-runner, in Chromium), then the
 * page-level tests (node:test + playwright-core against pages served on
 * 127.0.0.1: the CDN script, the npm package, CMS pastes). Analyzes first when
 * custom-elements.json is missing or older than src/, and builds before the
 * page-level tests when dist/ is. Its last line is the total:
 * "N passed, N failed, N skipped".
 *
 *   node scripts/test.mjs              everything
 *   node scripts/test.mjs --page       page-level tests only
 *   node scripts/test.mjs --unit       component tests only
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const only = process.argv.find((a) => a === '--page' || a === '--unit');
const cache = '.cache/test-counts';
rmSync(cache, { recursive: true, force: true });
mkdirSync(cache, { recursive: true });

const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

const newest = (dir) =>
  readdirSync(dir, { recursive: true })
    .map((f) => statSync(join(dir, f)).mtimeMs)
    .reduce((a, b) => Math.max(a, b), 0);

/** True when `file` is missing or older than `time`. */
const olderThan = (file, time) => {
  try {
    return statSync(file).mtimeMs < time;
  } catch {
    return true;
  }
};

let status = 0;
if (only !== '--page') {
  // test/manifest.test.ts checks the manifest and the editor data against the
  // elements: made again here when older than the source (a build makes them too).
  const source = Math.max(
    newest('src'),
    ...['README.md', 'scripts/vscode-data.mjs'].map((f) => statSync(f).mtimeMs),
  );
  if (
    ['custom-elements.json', 'dist/vscode.html-custom-data.json'].some((f) => olderThan(f, source))
  ) {
    console.log('\n== analyze (custom-elements.json is missing or older than src/)');
    status |= run('npm', ['run', '--silent', 'analyze']);
  }
  status |= run('npx', ['web-test-runner'], { COUNT_FILE: `${cache}/unit.json` });
}
if (only !== '--unit') {
  // What the build reads: a change to any of it makes dist/ stale.
  const inputs = Math.max(
    newest('src'),
    ...[
      'package.json',
      'vite.config.ts',
      'tsconfig.build.json',
      'scripts/vscode-data.mjs',
      'scripts/minify-templates.mjs',
    ].map((f) => statSync(f).mtimeMs),
  );
  if (olderThan('dist/cdn/clinic-elements.js', inputs)) {
    console.log('\n== build (dist/ is missing or older than what it is built from)');
    status |= run('npm', ['run', '--silent', 'build']);
  }
  const files = readdirSync('test/page')
    .filter((f) => f.endsWith('.test.mjs'))
    .map((f) => `test/page/${f}`);
  status |= run('node', [
    '--test',
    '--test-concurrency=1',
    '--test-timeout=180000',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/node-count-reporter.mjs',
    `--test-reporter-destination=${cache}/page.json`,
    ...files,
  ]);
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of readdirSync(cache)) {
  const counts = JSON.parse(readFileSync(join(cache, file), 'utf8'));
  passed += counts.passed;
  failed += counts.failed;
  skipped += counts.skipped;
}
// A runner that crashed before counting still fails the run.
if (status && !failed) failed += 1;
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed ? 1 : 0);
