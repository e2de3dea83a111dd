// Mocha reporter: mocha's spec output, then a `N passed, N failed` line, and the same counts in
// test-results/mocha.json for .ci/run to total with the other checks. Each test file's wall time
// (its hooks included) goes to test-results/files.json, slowest first, so CI time can be read.
// Each failure (file, full title, the error's first lines) goes to mocha.json too, so .ci/run can
// name the failed tests again at the end of a long log, next to its summary line.
const fs = require('node:fs');
const path = require('node:path');
const Mocha = require('mocha');

const { EVENT_RUN_END, EVENT_SUITE_BEGIN, EVENT_SUITE_END, EVENT_TEST_FAIL } = Mocha.Runner.constants;

/** The first lines of an error's message: enough to tell a timeout from an assertion. */
function firstLines(err, lines = 3) {
  const text = String(err?.message ?? err ?? '');
  return text.split('\n').slice(0, lines).join('\n');
}

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const started = new Map();
    const files = new Map();
    const failed = [];
    runner.on(EVENT_TEST_FAIL, (test, err) => {
      const file = test.file ?? test.parent?.file;
      failed.push({
        file: file ? path.relative(process.cwd(), file) : undefined,
        title: test.fullTitle(),
        message: firstLines(err),
      });
    });
    runner.on(EVENT_SUITE_BEGIN, (suite) => {
      if (suite.file && suite.parent?.root) started.set(suite, Date.now());
    });
    runner.on(EVENT_SUITE_END, (suite) => {
      const begun = started.get(suite);
      if (begun === undefined) return;
      const file = path.relative(process.cwd(), suite.file);
      files.set(file, (files.get(file) ?? 0) + (Date.now() - begun));
    });
    runner.once(EVENT_RUN_END, () => {
      const { passes, failures, pending } = runner.stats;
      const dir = path.join(process.cwd(), 'test-results');
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(
        path.join(dir, 'mocha.json'),
        JSON.stringify({ passed: passes, failed: failures, pending, failures: failed }, null, 1) + '\n',
      );
      const byTime = [...files].sort((a, b) => b[1] - a[1]).map(([file, ms]) => ({ file, ms }));
      fs.writeFileSync(path.join(dir, 'files.json'), JSON.stringify(byTime, null, 1) + '\n');
      process.stdout.write(`\n${passes} passed, ${failures} failed\n`);
    });
  }
}

module.exports = SummaryReporter;
