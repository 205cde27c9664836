/**
 * Size budgets: what a visitor downloads for the CDN bundle (every element,
 * English content, Lit inlined) and for each per-element entry as a site's
 * bundler would ship it (the npm build bundled with Lit, minified). Fails when
 * one grows past its budget in size-budgets.json (brotli bytes). A change that
 * raises a budget must say why in its commit.
 *
 *   node scripts/size.mjs     after `npm run build`; prints the table
 */
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** Brotli at its best setting, as a CDN serves a static file. */
export const brotli = (code) =>
  brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });

export const gzip = (code) => gzipSync(code, { level: 9 });

/** Minified, gzip and brotli bytes of some code. */
export function sizes(code) {
  const bytes = Buffer.from(code);
  return { min: bytes.length, gzip: gzip(bytes).length, brotli: brotli(bytes).length };
}

/** One npm entry bundled the way a site's bundler would: Lit included, minified. */
async function bundled(entry, external = []) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2021',
    write: false,
    external,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

export const ENTRIES = ['faq', 'technique-explainer', 'symptom-checklist', 'book-button'];

/** Every measured file: the CDN bundle, then each entry with and without Lit. */
export async function measureAll() {
  const rows = [{ name: 'cdn', ...sizes(readFileSync('dist/cdn/clinic-elements.js')) }];
  for (const entry of ENTRIES) {
    rows.push({ name: entry, ...sizes(await bundled(`dist/${entry}.js`)) });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const budgets = JSON.parse(readFileSync('size-budgets.json', 'utf8'));
  const rows = await measureAll();
  const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
  let over = 0;
  console.log('| file | minified | gzip | brotli | budget (brotli) |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    const budget = budgets[row.name];
    const fails = budget === undefined || row.brotli > budget;
    if (fails) over += 1;
    console.log(
      `| ${row.name} | ${kb(row.min)} | ${kb(row.gzip)} | ${kb(row.brotli)} | ${
        budget === undefined ? 'none set' : `${kb(budget)}${fails ? ' OVER' : ''}`
      } |`,
    );
  }
  if (over) {
    console.error(`size: ${over} file(s) over budget or without one (size-budgets.json)`);
    process.exit(1);
  }
}
