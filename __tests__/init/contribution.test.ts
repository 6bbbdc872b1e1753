/**
 * `jobs-readme init --contribution`: the issue forms (valid by GitHub's issue-form syntax, their
 * input ids the canonical listing fields), the contribution workflow and the scheduled link check
 * (valid by GitHub's workflow schema, passing only inputs the action has), an empty listings file
 * where there is none, and nothing overwritten without --force.
 */
import { describe, expect, it } from '@jest/globals'
import actionValidator, { type ValidationState } from '@action-validator/core'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { CANONICAL_FIELDS } from '../../src/config/config.js'
import { parseContribution } from '../../src/contribute/settings.js'
import { issueLabeled } from '../github-double/webhook-events.js'
import { read, runCli, scratchDir, writeFiles } from '../helpers/cli.js'
import { issueFormErrors } from './contribution-issue-form-schema.js'

const FORMS = ['new-role.yml', 'edit-role.yml', 'close-role.yml'].map(
  name => `.github/ISSUE_TEMPLATE/${name}`
)
const WORKFLOWS = ['jobs-readme-contribute.yml', 'jobs-readme-check-links.yml'].map(
  name => `.github/workflows/${name}`
)
const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> }

interface Form {
  labels?: string[]
  body: Array<{
    type: string
    id?: string
    attributes: Record<string, unknown>
    validations?: { required?: boolean }
  }>
}
interface Workflow {
  on: Record<string, unknown>
  permissions: Record<string, string>
  jobs: Record<
    string,
    { if?: string; steps: Array<{ uses?: string; with?: Record<string, unknown> }> }
  >
}

function schemaErrors(state: ValidationState): string[] {
  return state.errors.map(
    error => `${'path' in error ? error.path : ''} ${error.title} ${error.detail ?? ''}`
  )
}

function scaffold(args: string[] = [], files: Record<string, string> = {}) {
  const dir = scratchDir()
  writeFiles(dir, files)
  const run = runCli(['init', '--contribution', ...args], { cwd: dir })
  return { dir, run, file: (path: string) => read(join(dir, path)) }
}

describe('jobs-readme init --contribution', () => {
  it('writes the three forms, the two workflows and an empty listings file', () => {
    const { dir, run } = scaffold()
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    for (const path of [...FORMS, ...WORKFLOWS, 'listings.json']) {
      expect(existsSync(join(dir, path))).toBe(true)
      expect(run.stdout).toContain(`Wrote ${path}`)
    }
    expect(read(join(dir, 'listings.json'))).toBe('[]\n')
  })

  it.each(FORMS)('writes %s as a valid GitHub issue form', path => {
    const { file } = scaffold()
    expect(issueFormErrors(parse(file(path)))).toEqual([])
  })

  it('names every form input by a canonical listing field (or the close reason)', () => {
    const { file } = scaffold()
    for (const path of FORMS) {
      const form = parse(file(path)) as Form
      const ids = form.body
        .filter(element => element.type !== 'markdown')
        .map(element => element.id)
      for (const id of ids) expect([...CANONICAL_FIELDS, 'reason']).toContain(id)
      const url = form.body.find(element => element.id === 'url')
      expect(url?.validations?.required).toBe(true)
    }
    const fresh = parse(file(FORMS[0]!)) as Form
    const required = fresh.body
      .filter(element => element.validations?.required)
      .map(element => element.id)
    expect(required).toEqual(['company', 'title', 'url', 'posted_at'])
  })

  it('labels each form by what it asks, and says to create every label the flow needs', () => {
    const { file, run } = scaffold()
    expect(FORMS.map(path => (parse(file(path)) as Form).labels)).toEqual([
      ['new-listing'],
      ['edit-listing'],
      ['close-listing']
    ])
    expect(run.stdout).toContain(
      'create the labels "approved", "new-listing", "edit-listing" and "close-listing" (Issues → Labels)'
    )
  })

  it('labels the forms by the contribution-kinds given, as contribution mode reads them', () => {
    const kinds = '{"job: add": new, "job: fix": edit, "job: gone": close}'
    const { file, run } = scaffold(['--contribution-kinds', kinds])
    expect(run.status).toBe(0)
    const labels = FORMS.map(path => (parse(file(path)) as Form).labels)
    expect(labels).toEqual([['job: add'], ['job: fix'], ['job: gone']])
    // The kind the workflow's contribution mode reads from each form's label: the form's own.
    const given = Object.values((parse(file(WORKFLOWS[0]!)) as Workflow).jobs)[0]!.steps[0]!.with!
    const read = parseContribution({ kinds: String(given['contribution-kinds']) }).kinds
    expect(labels.map(label => read[label?.[0] ?? ''])).toEqual(['new', 'edit', 'close'])
    expect(run.stdout).toContain(
      'create the labels "approved", "job: add", "job: fix" and "job: gone" (Issues → Labels)'
    )
    expect(run.stdout).not.toContain('new-listing')
  })

  it("takes the boards file's contribution label and kinds; a new form may carry no label", () => {
    const boards =
      'listings: jobs.json\ncontribution:\n  label: ok\n  kinds: { fix: edit, gone: close }\nboards:\n  - readme: README.md\n'
    const { file, run } = scaffold(['--config', 'jobs-readme.yml'], { 'jobs-readme.yml': boards })
    expect(run.status).toBe(0)
    expect(FORMS.map(path => (parse(file(path)) as Form).labels)).toEqual([
      undefined,
      ['fix'],
      ['gone']
    ])
    const job = Object.values((parse(file(WORKFLOWS[0]!)) as Workflow).jobs)[0]!
    expect(job.if).toContain("github.event.label.name == 'ok'")
    expect(job.steps[0]!.with).toEqual({ config: 'jobs-readme.yml' })
    expect(run.stdout).toContain('create the labels "ok", "fix" and "gone"')
  })

  it('refuses contribution-kinds that leave an edit or a close unlabelled, writing nothing', () => {
    const { dir, run } = scaffold(['--contribution-kinds', '{add: new, fix: edit}'])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('Input "contribution-kinds": names no label for close')
    expect(existsSync(join(dir, '.github'))).toBe(false)
  })

  it("offers the boards file's categories as a multiple-choice dropdown, as the maintainer wrote them", () => {
    const boards =
      'boards:\n  - category: backend\n    readme: backend/README.md\n  - category: Data Science\n    readme: data/README.md\n' +
      '  - category: data-science\n    readme: data2/README.md\n'
    const { run, file } = scaffold(['--config', 'jobs-readme.yml'], { 'jobs-readme.yml': boards })
    expect(run.status).toBe(0)
    const categories = (parse(file(FORMS[0]!)) as Form).body.find(
      element => element.id === 'categories'
    )
    expect(categories).toMatchObject({
      type: 'dropdown',
      attributes: { multiple: true, options: ['backend', 'Data Science'] }
    })
  })

  it('asks for the location a place a line where the records hold their locations as a list', () => {
    const listings = `${JSON.stringify([
      { company: 'Acme', title: 'Dev', url: 'https://acme.example/1', locations: ['NYC', 'SF'] },
      { company: 'Beta', title: 'Dev', url: 'https://beta.example/2', locations: ['Remote'] }
    ])}\n`
    const boards =
      'listings: listings.json\nfields:\n  location: locations\nboards:\n  - readme: README.md\n'
    for (const args of [
      ['--fields', 'location=locations'],
      ['--config', 'jobs-readme.yml']
    ]) {
      const { run, file } = scaffold(args, { 'listings.json': listings, 'jobs-readme.yml': boards })
      expect(run.status).toBe(0)
      for (const path of FORMS.slice(0, 2)) {
        const location = (parse(file(path)) as Form).body.find(element => element.id === 'location')
        expect(location?.type).toBe('textarea')
        expect(location?.attributes.description).toMatch(/^One place a line\./)
      }
    }
    // Text locations: one line.
    const { file } = scaffold([], {
      'listings.json': `${JSON.stringify([{ company: 'A', title: 'D', url: 'https://a.example/1', location: 'NYC' }])}\n`
    })
    const location = (parse(file(FORMS[0]!)) as Form).body.find(
      element => element.id === 'location'
    )
    expect(location?.type).toBe('input')
  })

  it('offers the --category as the maintainer wrote it', () => {
    const { run, file } = scaffold(['--category', 'Software Engineering'])
    expect(run.status).toBe(0)
    for (const path of FORMS.slice(0, 2)) {
      const categories = (parse(file(path)) as Form).body.find(
        element => element.id === 'categories'
      )
      expect(categories?.attributes.options).toEqual(['Software Engineering'])
    }
  })

  it('takes the listings the boards file names, and the workflows run with them', () => {
    const boards = 'listings: data.json\nboards:\n  - readme: README.md\n    category: backend\n'
    const readme = '# Jobs\n\n<!-- jobs:openings:start -->\n<!-- jobs:openings:end -->\n'
    const { dir, run, file } = scaffold(['--config', 'jobs-readme.yml'], {
      'jobs-readme.yml': boards,
      'README.md': readme
    })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(file('data.json')).toBe('[]\n')
    expect(existsSync(join(dir, 'listings.json'))).toBe(false)
    for (const path of WORKFLOWS) {
      const step = Object.values((parse(file(path)) as Workflow).jobs)[0]!.steps[0]!
      expect(step.with).not.toHaveProperty('listings')
      expect(step.with).toMatchObject({ config: 'jobs-readme.yml' })
    }
    // What the workflow gives the action, given the CLI: the boards file's listings are read.
    const inputs = Object.values((parse(file(WORKFLOWS[0]!)) as Workflow).jobs)[0]!.steps[0]!.with!
    const flags = Object.entries(inputs).flatMap(([name, value]) => [`--${name}`, String(value)])
    const listing = { company: 'Acme', title: 'Backend Engineer', url: 'https://acme.example/1' }
    writeFiles(dir, { 'data.json': JSON.stringify([{ ...listing, posted_at: '2026-01-05' }]) })
    const update = runCli([...flags, '--now', '2026-01-06'], { cwd: dir })
    expect(update.stderr).toBe('')
    expect(update.status).toBe(0)
    expect(read(join(dir, 'README.md'))).toContain('Acme')
  })

  it.each(WORKFLOWS)(
    'writes %s as a valid GitHub workflow passing only inputs the action has',
    path => {
      const { file } = scaffold(['--listings', 'data/jobs.json', '--category', 'backend'], {})
      const text = file(path)
      expect(schemaErrors(actionValidator.validateWorkflow(text))).toEqual([])
      const workflow = parse(text) as Workflow
      const steps = Object.values(workflow.jobs).flatMap(job => job.steps)
      expect(steps.map(step => step.uses)).toEqual(['jobs-readme/jobs-readme@v1'])
      const given = Object.keys(steps[0]!.with ?? {})
      expect(given.filter(name => !(name in action.inputs))).toEqual([])
      expect(steps[0]!.with).toMatchObject({ listings: 'data/jobs.json', category: 'backend' })
    }
  )

  it('runs contributions on a label or a comment, approved by the "approved" label', () => {
    const { file } = scaffold()
    const workflow = parse(file(WORKFLOWS[0]!)) as Workflow
    expect(workflow.on).toEqual({
      issues: { types: ['labeled'] },
      issue_comment: { types: ['created'] }
    })
    expect(workflow.permissions).toEqual({ contents: 'write', issues: 'write' })
    const job = Object.values(workflow.jobs)[0]!
    expect(job.if).toBe(
      "(github.event_name == 'issues' && github.event.label.name == 'approved') || " +
        "(github.event_name == 'issue_comment' && !github.event.issue.pull_request && " +
        "startsWith(github.event.comment.body, '/approve') && " +
        'contains(fromJSON(\'["OWNER", "MEMBER", "COLLABORATOR"]\'), github.event.comment.author_association))'
    )
    expect(job.steps[0]!.with).toEqual({ listings: 'listings.json' })
  })

  it("writes a ' of the approving label as GitHub expressions do, '', in a workflow that validates", () => {
    const { file } = scaffold(['--contribution-label', "ok'd"])
    const text = file(WORKFLOWS[0]!)
    expect(schemaErrors(actionValidator.validateWorkflow(text))).toEqual([])
    const job = Object.values((parse(text) as Workflow).jobs)[0]!
    // Every string of the expression, read as GitHub reads one: quoted, '' for each '.
    const strings = job
      .if!.match(/'(?:[^']|'')*'/g)!
      .map(quoted => quoted.slice(1, -1).replaceAll("''", "'"))
    expect(strings).toContain("ok'd")
    // Outside its strings, the expression holds no quote: none ended a string early.
    expect(job.if!.replace(/'(?:[^']|'')*'/g, '')).not.toContain("'")
    expect(job.if).toContain("github.event.label.name == 'ok''d'")
    expect(job.steps[0]!.with).toMatchObject({ 'contribution-label': "ok'd" })
  })

  it('checks links on a schedule and by hand, one run at a time with the board updates', () => {
    const { file } = scaffold()
    const workflow = parse(file(WORKFLOWS[1]!)) as Workflow & { concurrency: { group: string } }
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch'])
    expect(workflow.permissions).toEqual({ contents: 'write' })
    expect(workflow.concurrency.group).toBe('job-board')
    expect(Object.values(workflow.jobs)[0]!.steps[0]!.with).toMatchObject({ mode: 'check-links' })
  })

  it('overwrites nothing without --force, and writes nothing at all then', () => {
    const mine = '# my own form\n'
    const { dir, run } = scaffold([], { 'listings.json': '[{"id": 1}]\n' })
    expect(run.status).toBe(0)
    writeFiles(dir, { [FORMS[1]!]: mine })
    expect(existsSync(join(dir, FORMS[0]!))).toBe(true)

    const again = runCli(['init', '--contribution'], { cwd: dir })
    expect(again.status).toBe(3)
    expect(again.stderr).toContain(`${FORMS[0]}, ${FORMS[1]}, ${FORMS[2]}`)
    expect(again.stderr).toContain('--force overwrites')
    expect(read(join(dir, FORMS[1]!))).toBe(mine)

    const forced = runCli(['init', '--contribution', '--force'], { cwd: dir })
    expect(forced.status).toBe(0)
    expect(read(join(dir, FORMS[1]!))).not.toBe(mine)
    expect(read(join(dir, 'listings.json'))).toBe('[{"id": 1}]\n')
  })

  it('keeps a listings file that exists', () => {
    const { dir } = scaffold([], { 'listings.json': '[{"id": 1}]\n' })
    expect(read(join(dir, 'listings.json'))).toBe('[{"id": 1}]\n')
  })

  it('refuses a boards file that does not exist, writing nothing', () => {
    const { dir, run } = scaffold(['--config', 'boards.yml'])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(
      'Boards file "boards.yml" (the "config" input), the file: was not found'
    )
    expect(run.stdout).toBe('')
    expect(existsSync(join(dir, '.github'))).toBe(false)
    expect(existsSync(join(dir, 'listings.json'))).toBe(false)
  })

  it.each(['listings.yaml', 'listings.yml', 'listings.csv', 'jobs.json'])(
    'starts a missing %s empty in its format, and the first contribution goes into it',
    listings => {
      const readme = '# Jobs\n\n<!-- jobs:openings:start -->\n<!-- jobs:openings:end -->\n'
      const { dir, run, file } = scaffold(['--listings', listings, '--category', 'backend'], {
        'README.md': readme
      })
      expect(run.status).toBe(0)
      expect(run.stdout).toContain(`Wrote ${listings}`)
      if (listings.endsWith('.csv'))
        expect(file(listings).split('\n')[0]!.split(',')).toEqual(
          expect.arrayContaining(['company', 'title', 'url', 'posted_at', 'categories', 'active'])
        )
      else expect(parse(file(listings))).toEqual([])
      // A reader files the "New role" form; the maintainer approves it.
      const form = parse(file(FORMS[0]!)) as Form
      const answers: Record<string, string> = {
        company: 'Quokka Labs',
        title: 'Backend Engineer',
        url: 'https://quokka.example/jobs/1',
        posted_at: '2026-01-05',
        categories: 'backend'
      }
      const body = form.body
        .filter(element => element.id !== undefined)
        .map(
          element =>
            `### ${String(element.attributes.label)}\n\n${answers[element.id!] ?? '_No response_'}`
        )
        .join('\n\n')
      const issue = {
        number: 7,
        title: 'New role: Quokka',
        body,
        labels: [...form.labels!, 'approved']
      }
      writeFiles(dir, {
        'event.json': JSON.stringify(issueLabeled({ issue, label: 'approved' }).payload)
      })
      const flags = ['--listings', listings, '--category', 'backend', '--now', '2026-01-06']
      const added = runCli(['contribute', '--event', 'event.json', ...flags], { cwd: dir })
      expect(added.stderr).toBe('')
      expect(added.status).toBe(0)
      expect(file(listings)).toContain('Quokka Labs')
      expect(read(join(dir, 'README.md'))).toContain('Quokka Labs')
    }
  )

  it('refuses to start a JSONL listings file, which cannot be empty, writing nothing', () => {
    const { dir, run } = scaffold(['--listings', 'listings.jsonl'])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(
      'Input "listings": "listings.jsonl" does not exist, and init cannot start it empty'
    )
    expect(run.stderr).toContain('"listings.json"')
    expect(existsSync(join(dir, '.github'))).toBe(false)
    expect(existsSync(join(dir, 'listings.jsonl'))).toBe(false)
  })

  it('names the listings file itself when contribution mode finds it empty', () => {
    const { dir } = scaffold([], { 'listings.jsonl': '' })
    const body =
      '### Company\n\nAcme\n\n### Job title\n\nDev\n\n### Posting URL\n\nhttps://acme.example/1\n'
    const issue = { number: 7, title: 'New role', body, labels: ['new-listing', 'approved'] }
    writeFiles(dir, {
      'event.json': JSON.stringify(issueLabeled({ issue, label: 'approved' }).payload)
    })
    const run = runCli(['contribute', '--event', 'event.json', '--listings', 'listings.jsonl'], {
      cwd: dir
    })
    expect(run.status).toBe(3)
    expect(run.stderr).toContain('Listings "listings.jsonl" is empty')
  })

  it("refuses listings from a URL: contributions need the repository's own file", () => {
    const { dir, run } = scaffold(['--listings', 'https://feed.example/jobs.json'])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('Input "listings": must be the repository\'s own listings file')
    expect(existsSync(join(dir, '.github'))).toBe(false)
  })
})

describe('the issue-form schema', () => {
  it('rejects what GitHub rejects: a duplicate id, a bad id, a form of markdown only, "None"', () => {
    const field = (id: string) => ({ type: 'input', id, attributes: { label: id } })
    const form = (body: unknown[]) => ({ name: 'x', description: 'y', body })
    expect(issueFormErrors(form([field('a'), field('a')]))).not.toEqual([])
    expect(issueFormErrors(form([field('a b')]))).not.toEqual([])
    expect(issueFormErrors(form([{ type: 'markdown', attributes: { value: 'hi' } }]))).not.toEqual(
      []
    )
    expect(
      issueFormErrors(
        form([{ type: 'dropdown', id: 'd', attributes: { label: 'd', options: ['None'] } }])
      )
    ).not.toEqual([])
    expect(issueFormErrors({ description: 'y', body: [field('a')] })).not.toEqual([])
    expect(issueFormErrors(form([field('a')]))).toEqual([])
  })
})
