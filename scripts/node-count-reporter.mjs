/** node:test reporter: writes `{ passed, failed, skipped }` of the leaf tests as JSON. */
export default async function* countReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    // Suites report too; count tests only (a failing hook fails its suite).
    const isSuite = event.data.details?.type === 'suite';
    if (event.data.skip || event.data.todo) counts.skipped += 1;
    else if (event.type === 'test:fail') {
      if (!isSuite || event.data.details?.error?.failureType !== 'subtestsFailed')
        counts.failed += 1;
    } else if (!isSuite) counts.passed += 1;
  }
  yield JSON.stringify(counts);
}
