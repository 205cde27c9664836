import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { minifyTemplatesPlugin } from './scripts/minify-templates.mjs';

/** Public entries: `clinic-elements` and one per element. */
const entries = {
  index: resolve(import.meta.dirname, 'src/index.ts'),
  faq: resolve(import.meta.dirname, 'src/faq.ts'),
  'technique-explainer': resolve(import.meta.dirname, 'src/technique-explainer.ts'),
  'symptom-checklist': resolve(import.meta.dirname, 'src/symptom-checklist.ts'),
  'book-button': resolve(import.meta.dirname, 'src/book-button.ts'),
};

/**
 * `clinic-elements/react`, types only: the hand-written JSX types
 * (src/react.d.ts, which tsc does not copy) and an empty module, so that
 * `import 'clinic-elements/react'` resolves in a bundler too.
 */
const reactTypes: Plugin = {
  name: 'clinic-react-types',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'types/react.d.ts',
      source: readFileSync(resolve(import.meta.dirname, 'src/react.d.ts'), 'utf8'),
    });
    this.emitFile({
      type: 'asset',
      fileName: 'react.js',
      source: '// JSX types for React 19 only: see types/react.d.ts.\nexport {};\n',
    });
  },
};

/** The package's version, written in where the code says `__CLINIC_VERSION__` (src/internal/define.ts). */
const { version } = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8'));
const define = { __CLINIC_VERSION__: JSON.stringify(version) };

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    // `npm start`: the demo clinic page (index.html) on the built-in content.
    return { server: { host: '127.0.0.1', port: 5173 }, preview: { port: 4173 } };
  }
  if (mode === 'cdn') {
    // One self-registering file for a plain <script> (or type="module"), Lit
    // inlined and minified. The JS minifier keeps the text of css`` and html``
    // templates as written: scripts/minify-templates.mjs strips their
    // whitespace and comments.
    return {
      define,
      plugins: [minifyTemplatesPlugin()],
      // src/static/clinic-elements.css, the optional pre-upgrade styles, is
      // copied next to the script as it is.
      publicDir: resolve(import.meta.dirname, 'src/static'),
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: true,
        target: 'es2021',
        minify: true,
        modulePreload: false,
        rolldownOptions: {
          input: resolve(import.meta.dirname, 'src/cdn.ts'),
          // An IIFE, so that the plain script the README recommends adds no
          // global names (minified `$` would replace jQuery's); it is valid
          // module code too, so `type="module"` works.
          output: {
            entryFileNames: 'clinic-elements.js',
            format: 'iife',
            // Chromium's explicit compile hint: almost every function runs as
            // the page loads, so compile them all while the file downloads,
            // off the main thread, rather than one by one as each first runs.
            postBanner: '//# allFunctionsCalledOnLoad',
          },
        },
      },
    };
  }
  // ESM per element, Lit external, for bundlers: readable code, but templates minified.
  return {
    define,
    plugins: [minifyTemplatesPlugin(), reactTypes],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2021',
      minify: false,
      sourcemap: true,
      lib: { entry: entries, formats: ['es'] },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//],
        output: { entryFileNames: '[name].js', chunkFileNames: 'shared/[name]-[hash].js' },
      },
    },
  };
});
