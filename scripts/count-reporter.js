import { writeFileSync } from 'node:fs';

/**
 * Prints "N passed, N failed, N skipped" alone on the last line, so CI can
 * read the counts (web-test-runner's own summary shares its line with other text).
 */
export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const test of suite?.tests ?? []) {
          if (test.skipped) skipped += 1;
          else if (test.passed) passed += 1;
          else failed += 1;
        }
        for (const child of suite?.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        walk(session.testResults);
        // A file that failed to load has no results but must still count.
        if (
          !session.passed &&
          !session.testResults?.tests?.length &&
          !session.testResults?.suites?.length
        )
          failed += 1;
      }
      // scripts/test.mjs adds these to the page-level tests' counts; run
      // alone, the line is printed after web-test-runner's own summary.
      if (process.env.COUNT_FILE) {
        writeFileSync(process.env.COUNT_FILE, JSON.stringify({ passed, failed, skipped }));
        return;
      }
      process.on('exit', () => {
        process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
      });
    },
  };
}
