/**
 * Scratch folders for a test file: each is removed when the file's tests are done, so a run of
 * the suite leaves nothing behind in the system's temp folder.
 */
import { afterAll } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const made: string[] = []

// Registered when a test file first imports this module (each file has its own module
// registry), so it runs after that file's last test.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A new empty folder in the temp folder, its name starting with `prefix`. */
export function scratchDir(prefix = 'jobs-readme-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}
