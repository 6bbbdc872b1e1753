// Ends the run with one plain line, "N passed, N failed, N skipped", that any CI can read.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = results
    const failedSuites = results.numRuntimeErrorTestSuites
    const failed = numFailedTests + failedSuites
    process.stdout.write(
      `\njest: ${numPassedTests} passed, ${failed} failed, ${numPendingTests + numTodoTests} skipped\n`
    )
  }
}
module.exports = SummaryReporter
