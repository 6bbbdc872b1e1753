/** The CLI's exit codes, one per kind of outcome; --help and the README list them. */
export const EXIT = {
  /** The run wrote its files, or everything was already up to date. */
  done: 0,
  /** --check: a run would change something. */
  changes: 1,
  /** A flag or an input value is wrong; nothing was written. */
  usage: 2,
  /** The run failed: a missing or broken file or feed, a guard, a write that failed. */
  failed: 3
} as const

export const EXIT_HELP = [
  `  ${EXIT.done}  done, or already up to date`,
  `  ${EXIT.changes}  --check: a run would change something`,
  `  ${EXIT.usage}  bad usage: an unknown flag or a wrong value`,
  `  ${EXIT.failed}  the run failed (a missing or broken file or feed, a guard, a failed write)`
]
