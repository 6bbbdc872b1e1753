/** Runs the built CLI (dist/cli.js) as a user would, in a scratch directory. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll } from '@jest/globals'
import { scratchDir } from './scratch.js'

export { scratchDir }

export const CLI = resolve('dist/cli.js')
export const REFERENCE = resolve('__tests__/fixtures/reference')

export interface CliRun {
  status: number | null
  stdout: string
  stderr: string
}

export function runCli(
  args: string[],
  options: { cwd?: string; node?: string; env?: Record<string, string> } = {}
): CliRun {
  const run = spawnSync(options.node ?? process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '', ...options.env }
  })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

/**
 * The CLI in a child process, without blocking this one (a server of the test answers it, or
 * jest's timeout can stop a run that hangs: it is killed after the file's tests). `node`: the
 * Node.js that runs it, by default this one.
 */
export function runCliAsync(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
  node: string = process.execPath
): Promise<CliRun> {
  return new Promise((done, failed) => {
    const child = spawn(node, [CLI, ...args], {
      cwd,
      env: { ...process.env, NODE_OPTIONS: '', ...env }
    })
    running.push(child)
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    child.on('error', failed)
    child.on('close', status => done({ status, stdout, stderr }))
  })
}

const running: ChildProcess[] = []
afterAll(() => {
  for (const child of running.splice(0)) child.kill()
})

/** Copies reference files into a scratch directory; returns the directory. */
export function withReferenceFiles(...names: string[]): string {
  const dir = scratchDir()
  for (const name of names) copyFileSync(join(REFERENCE, name), join(dir, name))
  return dir
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
}

export function read(path: string): string {
  return readFileSync(path, 'utf8')
}
