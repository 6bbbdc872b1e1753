/**
 * Runs the built action (dist/index.js) the way the runner does: a child process under Node 24
 * with the runner's environment (GITHUB_*, RUNNER_TEMP, INPUT_*), against the GitHub double.
 * Returns everything a user could see: exit code, log, outputs, job summary.
 */
import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { INPUTS } from '../../src/config/inputs.js'
import type { GitHubDouble } from '../github-double/server.js'

export const ACTION = resolve('dist/index.js')
/** Node 24 from the npm package node@24: the runtime `runs.using: node24` gives the action. */
export const NODE_24 = resolve('node_modules/.bin/node')
export const TOKEN = 'ghs_e2eSecretToken0123456789abcdefABCDEF'

export interface ActionRun {
  exitCode: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  workspace: string
}

export interface RunOptions {
  /** Input name -> value, as the workflow's `with:` gives them. */
  inputs: Record<string, string>
  /** Files to put in GITHUB_WORKSPACE first (a checkout), for `commit: false`; paths may hold folders. */
  workspaceFiles?: Record<string, string>
  /** Runner variables to set differently, e.g. another GITHUB_REPOSITORY. */
  env?: Record<string, string>
}

export async function runAction(github: GitHubDouble, options: RunOptions): Promise<ActionRun> {
  const home = await mkdtemp(join(tmpdir(), 'action-run-'))
  const workspace = join(home, 'workspace')
  const paths = {
    output: join(home, 'github_output'),
    summary: join(home, 'step_summary'),
    temp: join(home, 'runner_temp')
  }
  await Promise.all([
    writeFile(paths.output, ''),
    writeFile(paths.summary, ''),
    mkdir(workspace),
    mkdir(paths.temp)
  ])
  for (const [name, text] of Object.entries(options.workspaceFiles ?? {})) {
    await mkdir(dirname(join(workspace, name)), { recursive: true })
    await writeFile(join(workspace, name), text)
  }

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: home,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: github.hosted.nameWithOwner,
    GITHUB_API_URL: github.apiUrl,
    GITHUB_GRAPHQL_URL: github.graphqlUrl,
    GITHUB_SERVER_URL: github.serverUrl,
    GITHUB_OUTPUT: paths.output,
    GITHUB_STEP_SUMMARY: paths.summary,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: paths.temp,
    ...options.env,
    ...runnerInputs(options.inputs)
  }
  const { exitCode, stdout, stderr } = await spawnNode(env, workspace)
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(paths.output, 'utf8')),
    summary: await readFile(paths.summary, 'utf8'),
    workspace
  }
}

/** Cleans up what runAction left in the temporary folder (the workspace's parent). */
export function removeRun(run: ActionRun): Promise<void> {
  return rm(resolve(run.workspace, '..'), { recursive: true, force: true })
}

/**
 * The runner sets INPUT_<NAME> (upper case, hyphens kept) for every input: the workflow's value,
 * else action.yml's default. `${{ github.token }}` is the runner's to evaluate: tests pass a token.
 */
function runnerInputs(given: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {}
  for (const input of INPUTS)
    if (input.default !== undefined && !input.default.includes('${{'))
      env[`INPUT_${input.name.toUpperCase()}`] = input.default
  for (const [name, value] of Object.entries(given)) env[`INPUT_${name.toUpperCase()}`] = value
  return env
}

function spawnNode(
  env: Record<string, string>,
  cwd: string
): Promise<{ exitCode: number | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(NODE_24, [ACTION], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    child.on('error', reject)
    child.on('close', exitCode => resolvePromise({ exitCode, stdout, stderr }))
  })
}

/** GITHUB_OUTPUT holds `name<<DELIMITER`, the value's lines, then `DELIMITER`. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[index] ?? '')
    if (!match) continue
    const [, name = '', delimiter] = match
    const value: string[] = []
    while (++index < lines.length && lines[index] !== delimiter) value.push(lines[index] ?? '')
    outputs[name] = value.join('\n')
  }
  return outputs
}
