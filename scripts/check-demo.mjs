/**
 * Loads the demo clinic page (what `npm start` serves) in headless Chromium at
 * a phone and a desktop size, and fails when a visitor would notice something
 * wrong: a console error, an element that did not upgrade, sideways scrolling,
 * or layout shift while the elements load.
 *
 *   node scripts/check-demo.mjs                 check
 *   node scripts/check-demo.mjs --screenshots   also write .cache/demo-*.png
 */
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.js';
import { createServer } from 'vite';

const screenshots = process.argv.includes('--screenshots');
const viewports = [
  { name: 'phone', width: 375, height: 812 },
  { name: 'narrow', width: 320, height: 640 },
  { name: 'desktop', width: 1280, height: 800 },
];

const server = await createServer({
  configFile: 'vite.config.ts',
  logLevel: 'error',
  server: { port: 0, host: '127.0.0.1' },
});
await server.listen();
const { port } = server.httpServer.address();
const url = `http://127.0.0.1:${port}/`;

const browser = await chromium.launch(chromiumLaunchOptions);

const failures = [];
try {
  for (const scheme of ['light', 'dark']) {
    for (const viewport of viewports) {
      const label = `${viewport.name} ${viewport.width}px ${scheme}`;
      const page = await browser.newPage({ viewport, colorScheme: scheme });
      const problems = [];
      page.on('console', (msg) => {
        const devModeNotice = msg.text().startsWith('Lit is in dev mode');
        if ((msg.type() === 'error' || msg.type() === 'warning') && !devModeNotice) {
          problems.push(msg.text());
        }
      });
      page.on('response', (res) => {
        if (res.status() >= 400) problems.push(`${res.status()} for ${res.url()}`);
      });
      page.on('pageerror', (err) => problems.push(err.message));
      page.on('request', (req) => {
        if (!req.url().startsWith(url)) problems.push(`request left the page: ${req.url()}`);
      });
      await page.addInitScript(() => {
        window.__cls = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (!entry.hadRecentInput) window.__cls += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(url, { waitUntil: 'networkidle' });
      await page.waitForFunction(
        () =>
          customElements.get('clinic-faq') &&
          customElements.get('clinic-technique-explainer') &&
          customElements.get('clinic-symptom-checklist'),
      );
      const report = await page.evaluate(async () => {
        const faq = document.querySelector('clinic-faq');
        const explainer = document.querySelector('clinic-technique-explainer');
        const checklist = document.querySelector('clinic-symptom-checklist');
        await faq.updateComplete;
        await explainer.updateComplete;
        await checklist.updateComplete;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return {
          questions: faq.shadowRoot.querySelectorAll('button[aria-expanded]').length,
          techniques: explainer.shadowRoot.querySelectorAll('[role="tab"]').length,
          bookLinks: explainer.shadowRoot.querySelectorAll('[part="book"]').length,
          symptoms: checklist.shadowRoot.querySelectorAll('input[type="checkbox"]').length,
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          cls: window.__cls,
        };
      });
      if (report.questions < 10) problems.push(`FAQ shows ${report.questions} questions`);
      if (report.techniques < 5) problems.push(`explainer shows ${report.techniques} techniques`);
      if (report.bookLinks < 5) problems.push(`explainer shows ${report.bookLinks} Book links`);
      if (report.symptoms < 25) problems.push(`checklist shows ${report.symptoms} questions`);
      if (report.overflow > 0) problems.push(`page scrolls sideways by ${report.overflow}px`);
      if (report.cls > 0) problems.push(`layout shift ${report.cls.toFixed(4)}`);
      if (screenshots) {
        await mkdir('.cache', { recursive: true });
        await page.screenshot({
          path: `.cache/demo-${viewport.name}-${scheme}.png`,
          fullPage: true,
        });
      }
      console.log(`${problems.length ? 'FAIL' : 'ok  '} demo page, ${label}, CLS ${report.cls}`);
      for (const p of problems) console.log(`     ${p}`);
      if (problems.length) failures.push(label);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

if (failures.length) {
  console.error(`demo page: ${failures.length} failing view(s)`);
  process.exit(1);
}
