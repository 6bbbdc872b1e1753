import { describe, expect, it } from '@jest/globals'
import actionValidator, { type ValidationState } from '@action-validator/core'
import { readdirSync, readFileSync } from 'node:fs'
import { parse, stringify } from 'yaml'

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
