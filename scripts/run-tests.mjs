// `npm test`: unit tests, then a fresh build, then the browser tests against that build, and
// one closing line `N passed, N failed` that counts every test run (CI reads it).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const RESULTS = 'test-results';
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status ?? 1;
}

/** Runs one vitest project; returns its counts from the JSON report. */
function vitestProject(project) {
  const report = `${RESULTS}/${project}.json`;
  const status = run('npx', [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    const failed = json.numFailedTests + (status !== 0 && json.numFailedTests === 0 ? 1 : 0);
    return {
      passed: json.numPassedTests,
      failed,
      skipped: json.numPendingTests + json.numTodoTests,
    };
  } catch {
    // No report: the run itself failed (a syntax error, a crash); count it as one failure.
    return { passed: 0, failed: 1, skipped: 0 };
  }
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const add = (counts) => {
  for (const key of Object.keys(totals)) totals[key] += counts[key];
};

add(vitestProject('unit'));
if (run('npx', ['wxt', 'build']) !== 0) {
  console.error('The build failed: browser tests not run.');
  add({ passed: 0, failed: 1, skipped: 0 });
} else {
  add(vitestProject('browser'));
}

const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed === 0 ? 0 : 1);
