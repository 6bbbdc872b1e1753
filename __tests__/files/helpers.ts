/** Boards on real disks for the file-writing tests: a README with hand-written text, and the CLI run as a child. */
import { spawn, type ChildProcess } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { CLI, REFERENCE, scratchDir } from '../helpers/cli.js'

export const NOW = '2025-10-22T20:30:00Z'
export const LISTINGS = join(REFERENCE, 'listings.json')
export const TEMPLATE = readFileSync(join(REFERENCE, 'README.template.md'), 'utf8')

/** The reference README followed by `count` hand-written paragraphs (about 80 bytes each). */
export function handWrittenReadme(count: number): string {
  const paragraphs = Array.from(
    { length: count },
    (_, index) => `Paragraph ${index}: a maintainer's own words, which no run may lose.\n\n`
  )
  return TEMPLATE + paragraphs.join('')
}

/** The CLI's flags for the reference board, with the listings read from the fixtures. */
export function boardArgs(...more: string[]): string[] {
  return ['--listings', LISTINGS, '--category', 'backend', '--now', NOW, ...more]
}

export interface Finished {
  status: number | null
  signal: NodeJS.Signals | null
  stderr: string
}

/** Starts the built CLI in `cwd`; `finished` settles when it exits. */
export function startCli(
  args: string[],
  cwd: string
): { child: ChildProcess; finished: Promise<Finished> } {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd,
    env: { ...process.env, NODE_OPTIONS: '' },
    stdio: ['ignore', 'ignore', 'pipe']
  })
  let stderr = ''
  child.stderr?.on('data', chunk => (stderr += String(chunk)))
  const finished = new Promise<Finished>(done =>
    child.on('close', (status, signal) => done({ status, signal, stderr }))
  )
  return { child, finished }
}

/** A scratch folder holding only these files. */
export function folderWith(files: Record<string, string>, dir = scratchDir()): string {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}

/** What a folder holds, besides the files named. */
export function strayFiles(dir: string, ...known: string[]): string[] {
  return readdirSync(dir).filter(name => !known.includes(name))
}
