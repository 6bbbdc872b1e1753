// Preloaded into every measured process (`node --require bench/usage-reporter.cjs ...`): at exit it
// writes the process's resource usage as JSON to file descriptor 3, which the harness opens as
// a pipe. Peak memory is the kernel's high-water mark of the resident set (getrusage ru_maxrss,
// what `/usr/bin/time -f %M` shows): exact, free while the process runs, and portable wherever
// Node runs, unlike polling /proc/PID/status, which misses a peak reached between two polls.
// CommonJS, because preloading it costs under a millisecond; an ESM preload (--import) costs ~4 ms.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeSync } = require('node:fs')

process.on('exit', () => {
  const usage = process.resourceUsage()
  try {
    writeSync(
      3,
      JSON.stringify({
        maxRSS: usage.maxRSS,
        userCPUTime: usage.userCPUTime,
        systemCPUTime: usage.systemCPUTime
      })
    )
  } catch {
    // Not started by the harness: there is no descriptor 3 to report to.
  }
})
