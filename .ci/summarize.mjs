// Sums the JSON reports vitest wrote for each suite into the last line of the CI log.
// A suite that wrote no report (it crashed, or never ran) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const [extraFailedArg = '0', ...suites] = process.argv.slice(2);
const extraChecks = 2;
let passed = 0;
let failed = Number(extraFailedArg);
passed += extraChecks - failed;

for (const suite of suites) {
  const file = `.tmp/test-results/${suite.replace(/[^a-z0-9-]/gi, '-')}.json`;
  if (!existsSync(file)) {
    console.log(`${suite}: no report (did not run)`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  console.log(`${suite}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
  passed += report.numPassedTests;
  // A skipped test proves nothing; CI treats it as a failure.
  failed += report.numFailedTests + skipped;
  if (report.numTotalTests === 0) failed += 1;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
