import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter } from '@web/test-runner';
import { chromiumLaunchOptions } from './scripts/chromium.js';
import { countReporter } from './scripts/count-reporter.js';

/**
 * `executeServerCommand('set-time-zone', { timeZone })`: the page's time zone, as a visitor's
 * browser has it (Chrome DevTools Protocol); `timeZone: 'Etc/UTC'` puts it back.
 */
function timeZonePlugin() {
  // One DevTools session per page, kept open: an override ends with its session.
  const sessions = new WeakMap();
  return {
    name: 'set-time-zone',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-time-zone') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.context().newCDPSession(page));
      await sessions
        .get(page)
        .send('Emulation.setTimezoneOverride', { timezoneId: payload.timeZone });
      return true;
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 2,
  testsFinishTimeout: 180000,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    timeZonePlugin(),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: chromiumLaunchOptions,
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), countReporter()],
};
