// Ends a web-test-runner run with one plain line, "browser: N passed, N failed", so that CI logs
// state the count in the form every runner reader understands.
export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const visit = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else failed++;
        }
        for (const child of suite.suites) visit(child);
      };
      for (const session of sessions) {
        if (session.testResults) visit(session.testResults);
        // A file that failed to load has no results: count it as a failure.
        else if (!session.passed) failed++;
      }
      // Printed after the default reporter's own summary.
      setTimeout(() => console.log(`\nbrowser: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`));
    },
  };
}
