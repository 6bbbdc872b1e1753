import { describe, expect, it } from '@jest/globals'
import actionValidator, { type ValidationState } from '@action-validator/core'
import { execFileSync, spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse, stringify } from 'yaml'
import { scratchDir } from '../helpers/scratch.js'

// The example workflows users copy, and the action.yml they run, checked against GitHub's
// workflow and action schemas (SchemaStore's, as bundled by @action-validator/core) and against
// each other: a workflow may only pass inputs the action has, and must pass the required ones.

const ACTION_REF = /^jobs-readme\/jobs-readme@v\d+$/

const root = new URL('../../', import.meta.url)
const read = (path: string) => readFileSync(new URL(path, root), 'utf8')
const examples = readdirSync(new URL('examples/workflows/', root))
  .filter(name => name.endsWith('.yml'))
  .map(name => ({ name, text: read(`examples/workflows/${name}`) }))

interface Step {
  uses?: string
  with?: Record<string, unknown>
}
interface Workflow {
  on: Record<string, unknown>
  permissions?: Record<string, string>
  concurrency?: { group: string }
  jobs: Record<string, { steps: Step[]; permissions?: Record<string, string> }>
}
interface Action {
  inputs: Record<string, { required?: boolean; default?: string }>
  outputs: Record<string, unknown>
  runs: { using: string; main: string }
}

const action = parse(read('action.yml')) as Action
const workflow = (text: string) => parse(text) as Workflow
const example = (name: string) => workflow(examples.find(file => file.name === name)!.text)
const actionSteps = (flow: Workflow) =>
  Object.values(flow.jobs)
    .flatMap(job => job.steps)
    .filter(step => step.uses?.startsWith('jobs-readme/'))

/** Schema errors as readable lines, so a failure says where the workflow is wrong. */
function schemaErrors(state: ValidationState): string[] {
  return state.errors.map(error => `${'path' in error ? error.path : ''} ${error.title} ${error.detail ?? ''}`)
}

it('has the five example workflows', () => {
  expect(examples.map(file => file.name).sort()).toEqual([
    'categories-matrix.yml',
    'listings-from-url.yml',
    'matrix-per-repository.yml',
    'pull-request.yml',
    'scheduled-board.yml'
  ])
})

describe.each(examples)('examples/workflows/$name', ({ text }) => {
  const flow = workflow(text)

  it('is a valid GitHub workflow', () => {
    expect(schemaErrors(actionValidator.validateWorkflow(text))).toEqual([])
  })

  it('uses the action by its published name and major version', () => {
    const steps = actionSteps(flow)
    expect(steps.length).toBeGreaterThan(0)
    for (const step of steps) expect(step.uses).toMatch(ACTION_REF)
  })

  it('passes only inputs the action has, and every required one', () => {
    const required = Object.keys(action.inputs).filter(name => action.inputs[name]!.required)
    for (const step of actionSteps(flow)) {
      const given = Object.keys(step.with ?? {})
      expect(given.filter(name => !(name in action.inputs))).toEqual([])
      expect(required.filter(name => !given.includes(name))).toEqual([])
    }
  })

  it('runs on a schedule and by hand, one run at a time, allowed to write where it commits', () => {
    expect(Object.keys(flow.on).sort()).toEqual(['schedule', 'workflow_dispatch'])
    expect(flow.concurrency?.group).toBeTruthy()
    // A step that commits to another repository brings a token for it; otherwise the
    // workflow's own token commits, and needs contents: write.
    const elsewhere = actionSteps(flow).every(step => step.with?.repository && step.with?.token)
    expect(flow.permissions?.contents).toBe(elsewhere ? 'read' : 'write')
  })
})

describe('what each example shows', () => {
  it('reads the feed key from a secret, never from the workflow text', () => {
    const [step] = actionSteps(example('listings-from-url.yml'))
    expect(step!.with!.listings).toMatch(/^https:\/\//)
    expect(step!.with!['listings-header']).toMatch(/^Authorization: Bearer \$\{\{ secrets\.\w+ \}\}$/)
  })

  it('commits to each category repository through the API with a token for it', () => {
    const flow = example('matrix-per-repository.yml')
    const [step] = actionSteps(flow)
    expect(step!.with!.repository).toContain('${{ matrix.repository }}')
    expect(step!.with!.token).toBe('${{ steps.token.outputs.token }}')
    expect(JSON.stringify(flow)).not.toContain('actions/checkout')
  })

  it('builds one README per category from a matrix', () => {
    const flow = example('categories-matrix.yml')
    const [step] = actionSteps(flow)
    expect(step!.with!.category).toBe('${{ matrix.category }}')
    expect(step!.with!.readme).toContain('${{ matrix.category }}')
  })

  it('opens a pull request with the permission to do so', () => {
    const flow = example('pull-request.yml')
    expect(actionSteps(flow)[0]!.with!['pull-request']).toBe(true)
    expect(flow.permissions?.['pull-requests']).toBe('write')
  })
})

describe('the schema check', () => {
  it('rejects a workflow GitHub would reject', () => {
    const broken = 'on: push\njobs:\n  update:\n    steps:\n      - uses: jobs-readme/jobs-readme@v1\n'
    expect(schemaErrors(actionValidator.validateWorkflow(broken))).not.toEqual([])
  })

  it('rejects a misspelt permission level', () => {
    const text = examples.find(file => file.name === 'scheduled-board.yml')!.text
    const misspelt = text.replace('contents: write', 'contents: wirte')
    expect(misspelt).not.toBe(text)
    expect(schemaErrors(actionValidator.validateWorkflow(misspelt))).not.toEqual([])
  })
})

describe('action.yml', () => {
  it('runs the bundled JavaScript on a Node version GitHub offers', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('is a valid action definition', () => {
    // The validator's bundled schema predates node24 (supported by GitHub runners since 2025)
    // and only allows node12-node20; runs.using is checked by the test above instead.
    const checkable = { ...action, runs: { ...action.runs, using: 'node20' } }
    expect(schemaErrors(actionValidator.validateAction(stringify(checkable)))).toEqual([])
  })

  it('gives every input a description, and a default only to optional ones', () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      expect([name, (input as { description?: string }).description]).toEqual([name, expect.any(String)])
      if (input.required) expect([name, input.default]).toEqual([name, undefined])
    }
  })
})

// This repository's own workflows: CI, the check that dist/ is a fresh build, CodeQL, and the
// release that makes the tags the README's `uses:` lines name.

interface OwnStep extends Step {
  id?: string
  run?: string
  env?: Record<string, string>
}
interface OwnWorkflow {
  on: Record<string, unknown>
  jobs: Record<
    string,
    { uses?: string; needs?: string; permissions?: Record<string, string>; steps?: OwnStep[] }
  >
}

const own = readdirSync(new URL('.github/workflows/', root))
  .filter(name => name.endsWith('.yml'))
  .map(name => ({ name, text: read(`.github/workflows/${name}`) }))
const ownWorkflow = (name: string) =>
  parse(own.find(file => file.name === name)!.text) as OwnWorkflow
const ownSteps = (flow: OwnWorkflow) => Object.values(flow.jobs).flatMap(job => job.steps ?? [])

it('has the CI, CodeQL and release workflows', () => {
  expect(own.map(file => file.name).sort()).toEqual(['ci.yml', 'codeql.yml', 'release.yml'])
})

describe.each(own)('.github/workflows/$name', ({ text }) => {
  it('is a valid GitHub workflow', () => {
    expect(schemaErrors(actionValidator.validateWorkflow(text))).toEqual([])
  })

  it('uses other actions by major version, and reads the repository by default', () => {
    const flow = parse(text) as OwnWorkflow & { permissions?: Record<string, string> }
    for (const step of ownSteps(flow).filter(step => step.uses))
      expect(step.uses).toMatch(/^[\w-]+\/[\w/-]+@v\d+$/)
    expect(flow.permissions).toEqual({ contents: 'read' })
  })
})

describe('CI', () => {
  const flow = ownWorkflow('ci.yml')
  const runs = ownSteps(flow).map(step => step.run ?? '')

  it("runs .ci/run, which installs cmark-gfm and chromium, then npm ci and the README's npm test", () => {
    expect(runs).toContain('bash .ci/run')
    const script = read('.ci/run')
    expect(script).toMatch(/need_apt\+=\(cmark-gfm\)/)
    expect(script).toMatch(/need_apt\+=\(chromium\)/)
    expect(script.indexOf('npm ci')).toBeLessThan(script.indexOf('\nnpm test'))
    expect(read('README.md')).toMatch(/^npm test\s+# builds dist\/ and runs the whole test suite$/m)
  })

  it('fails when dist/ is not what a fresh build makes', () => {
    const { dist } = flow.jobs
    const steps = (dist?.steps ?? []).map(step => step.run ?? '')
    expect(steps.indexOf('npm ci --no-audit --no-fund')).toBeLessThan(steps.indexOf('npm run build'))
    expect(steps.join('\n')).toContain('git status --porcelain -- dist action.yml')
  })

  it('runs on pushes, pull requests, and for the release', () => {
    expect(Object.keys(flow.on)).toEqual(
      expect.arrayContaining(['push', 'pull_request', 'workflow_call'])
    )
  })
})

describe('CodeQL', () => {
  it('analyses the TypeScript and may report what it finds', () => {
    const flow = ownWorkflow('codeql.yml')
    const uses = ownSteps(flow).map(step => step.uses)
    expect(uses).toEqual(expect.arrayContaining(['github/codeql-action/init@v4', 'github/codeql-action/analyze@v4']))
    const init = ownSteps(flow).find(step => step.uses?.startsWith('github/codeql-action/init'))
    expect(init?.with?.languages).toBe('javascript-typescript')
    expect(flow.jobs.analyze?.permissions?.['security-events']).toBe('write')
  })
})

describe('the release', () => {
  const flow = ownWorkflow('release.yml')
  const tagStep = ownSteps(flow).find(step => step.id === 'tag')!

  /** A clone with `origin` (a bare repository) whose package.json says `version`. */
  function clone(version: string) {
    const dir = scratchDir('jobs-readme-release-')
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], {
        cwd: join(dir, 'work'),
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe']
      }).trim()
    execFileSync('git', ['init', '-q', '--bare', 'origin.git'], { cwd: dir })
    execFileSync('git', ['init', '-q', '-b', 'main', 'work'], { cwd: dir })
    git('remote', 'add', 'origin', '../origin.git')
    const commit = (next: string) => {
      writeFileSync(join(dir, 'work', 'package.json'), JSON.stringify({ version: next }))
      git('add', '.')
      git('commit', '-qm', next)
      git('push', '-q', 'origin', 'main')
      return git('rev-parse', 'HEAD')
    }
    return { dir, git, commit, first: commit(version) }
  }

  /** Runs the workflow's tagging step in `dir/work`, as the runner would (bash -e). */
  function release(dir: string, version: string) {
    const output = join(dir, 'output')
    writeFileSync(output, '')
    const run = spawnSync('bash', ['-e', '-c', tagStep.run!], {
      cwd: join(dir, 'work'),
      encoding: 'utf8',
      env: { ...process.env, VERSION: version, GITHUB_OUTPUT: output }
    })
    return { status: run.status, stdout: run.stdout, output: readFileSync(output, 'utf8') }
  }
  const remoteTag = (dir: string, tag: string) =>
    execFileSync('git', ['--git-dir', join(dir, 'origin.git'), 'rev-parse', `refs/tags/${tag}^{commit}`], {
      encoding: 'utf8'
    }).trim()

  it('runs CI first, and may push tags', () => {
    expect(flow.jobs.ci?.uses).toBe('./.github/workflows/ci.yml')
    expect(flow.jobs.release?.needs).toBe('ci')
    expect(flow.jobs.release?.permissions).toEqual({ contents: 'write' })
    expect(tagStep.env?.VERSION).toBe('${{ inputs.version }}')
  })

  it("makes the tag that the README's and the examples' uses: lines name, and moves it", () => {
    const texts = [read('README.md'), ...examples.map(file => file.text)]
    const refs = new Set(texts.flatMap(text => [...text.matchAll(/jobs-readme\/jobs-readme@(v\d+)\b/g)].map(m => m[1])))
    expect([...refs]).toEqual(['v1'])

    const repo = clone('1.0.0')
    const first = release(repo.dir, '1.0.0')
    expect(first.status).toBe(0)
    expect(first.output).toBe('tag=v1.0.0\nmajor=v1\n')
    expect(remoteTag(repo.dir, 'v1.0.0')).toBe(repo.first)
    expect(remoteTag(repo.dir, 'v1')).toBe(repo.first)

    const second = repo.commit('1.0.1')
    expect(release(repo.dir, '1.0.1').status).toBe(0)
    expect(remoteTag(repo.dir, 'v1')).toBe(second)
    expect(remoteTag(repo.dir, 'v1.0.0')).toBe(repo.first)
  })

  it.each([
    ['1.0', 'must be MAJOR.MINOR.PATCH'],
    ['1.2.0', 'package.json says 1.0.0']
  ])('refuses version %s and pushes nothing', (version, message) => {
    const repo = clone('1.0.0')
    const run = release(repo.dir, version)
    expect(run.status).toBe(1)
    expect(run.stdout).toContain(message)
    expect(repo.git('ls-remote', '--tags', 'origin')).toBe('')
  })

  it('refuses to release a version twice', () => {
    const repo = clone('1.0.0')
    expect(release(repo.dir, '1.0.0').status).toBe(0)
    const again = release(repo.dir, '1.0.0')
    expect(again.status).toBe(1)
    expect(again.stdout).toContain('v1.0.0 is already released')
  })
})
