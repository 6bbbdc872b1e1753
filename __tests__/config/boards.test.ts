import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parseBoards } from '../../src/config/boards.js'
import { parseSettings, type RawInputs } from '../../src/config/config.js'
import { BOARD_OPTIONS } from '../../src/config/inputs.js'
import { SELECTION_OPTIONS } from '../../src/config/selection.js'
import { oneBoard as parseConfig } from '../helpers/settings.js'
import { countLabel, DEFAULT_LABELS } from '../../src/config/labels.js'
import { BoardError } from '../../src/errors.js'

const INPUT_DEFAULTS: RawInputs = { listings: 'data/listings.json' }
const FILE = '.github/boards.yml'
const fixedClock = () => new Date('2025-10-22T20:30:00Z')

async function boards(yaml: string, inputs: RawInputs = {}) {
  return parseBoards(yaml, { ...INPUT_DEFAULTS, ...inputs }, FILE)
}

async function boardsError(yaml: string, inputs: RawInputs = {}): Promise<BoardError> {
  try {
    await boards(yaml, inputs)
  } catch (error) {
    expect(error).toBeInstanceOf(BoardError)
    expect((error as BoardError).code).toBe('bad-input')
    return error as BoardError
  }
  throw new Error('expected the boards file to be refused')
}

const TWO_BOARDS = `
boards:
  - category: backend
    readme: boards/backend/README.md
    archive-path: boards/backend/archive/{date}.md
    archive-days: 7
    feed-path: [boards/backend/feed.json, boards/backend/feed.xml]
  - category: Frontend
    readme: boards/frontend/README.md
    max-rows: 30
    utm: false
    labels:
      company: Empresa
      on-site: Presencial
`

describe('parseBoards', () => {
  it('gives one Config per board, in the order of the file', async () => {
    const [backend, frontend] = await boards(TWO_BOARDS)
    expect(backend).toMatchObject({
      category: 'backend',
      readme: 'boards/backend/README.md',
      archivePath: 'boards/backend/archive/{date}.md',
      archiveDays: 7,
      feedPaths: ['boards/backend/feed.json', 'boards/backend/feed.xml'],
      utm: { campaign: 'github-backend-jobs' }
    })
    expect(frontend).toMatchObject({
      category: 'frontend',
      readme: 'boards/frontend/README.md',
      maxRows: 30,
      utm: undefined
    })
    expect(frontend!.labels).toEqual({
      ...DEFAULT_LABELS,
      company: 'Empresa',
      onSite: 'Presencial'
    })
  })

  it('starts each board from the inputs, which the board overrides', async () => {
    const inputs = {
      'max-rows': '10',
      timezone: 'Europe/Berlin',
      'commit-message': 'Update boards'
    }
    const [backend, frontend] = await boards(TWO_BOARDS, inputs)
    expect([backend!.maxRows, frontend!.maxRows]).toEqual([10, 30])
    expect([backend!.timezone, frontend!.timezone]).toEqual(['Europe/Berlin', 'Europe/Berlin'])
  })

  it('lays a board’s labels over the labels input key by key, the board’s winning', async () => {
    const yaml = [
      'boards:',
      '  - readme: a.md',
      '  - readme: b.md',
      '    labels: { position: Stelle, on_site: Präsenz, jobs: Stellen }',
      ''
    ].join('\n')
    const inputs = { labels: '{company: Firma, on-site: Vor Ort, jobs: empleos, jobs-one: empleo}' }
    const [plain, own] = await boards(yaml, inputs)
    expect(plain!.labels).toMatchObject({
      company: 'Firma',
      position: 'Position',
      onSite: 'Vor Ort'
    })
    expect(own!.labels).toMatchObject({ company: 'Firma', position: 'Stelle', onSite: 'Präsenz' })
    // The board words its jobs, not their 1: its own word, never the input's Spanish one.
    expect(countLabel(own!.labels, 'jobs', 1)).toBe('Stellen')
    expect(countLabel(plain!.labels, 'jobs', 1)).toBe('empleo')
    // A labels file as the input, and as the board's, are laid over each other as mappings are.
    const files: Record<string, string> = {
      'boards.yml': 'boards:\n  - { readme: a.md, labels: de.yml }\n',
      'es.yml': 'company: Empresa\nlocation: Ubicación\n',
      'de.yml': 'location: Ort\n'
    }
    const settings = parseSettings({
      listings: 'jobs.json',
      config: 'boards.yml',
      labels: 'es.yml'
    })
    const [board] = (await settings.resolve(async path => files[path])).boards
    expect(board!.labels).toMatchObject({ company: 'Empresa', location: 'Ort' })
  })

  it('keeps run-wide inputs out of the boards: one listings source, one commit, one clock', async () => {
    let tick = 0
    const clock = () => new Date(Date.UTC(2025, 9, 22, 20, 30, tick++))
    const settings = parseSettings(
      { ...INPUT_DEFAULTS, config: FILE, 'commit-message': 'Update boards' },
      clock
    )
    const { boards: read } = await settings.resolve(async path =>
      path === FILE ? TWO_BOARDS : undefined
    )
    expect(read.map(board => board.readme)).toEqual([
      'boards/backend/README.md',
      'boards/frontend/README.md'
    ])
    expect(settings.run).toMatchObject({
      listings: 'data/listings.json',
      commitMessage: 'Update boards',
      boardsFile: FILE,
      now: new Date(Date.UTC(2025, 9, 22, 20, 30, 0))
    })
    for (const board of read) expect(board).not.toHaveProperty('listings')
  })

  it('does not inherit an option a board does not set from another board', async () => {
    const [, frontend] = await boards(TWO_BOARDS)
    expect(frontend).toMatchObject({
      archivePath: undefined,
      archiveDays: undefined,
      feedPaths: []
    })
  })

  it('takes an empty option as unset', async () => {
    const [board] = await boards('boards:\n  - readme: README.md\n    category:\n    max-rows: 5\n')
    expect(board).toMatchObject({ category: undefined, maxRows: 5 })
  })

  it('names the board and the input when a value is wrong', async () => {
    const yaml =
      'boards:\n  - readme: a.md\n  - readme: b.md\n    category: data\n    max-rows: many\n'
    expect((await boardsError(yaml)).message).toBe(
      'Boards file ".github/boards.yml" (the "config" input), board 2 (data): Input "max-rows": must be a whole number of at least 0, not "many"'
    )
  })

  it('refuses a board’s label given under two spellings, naming the board and both', async () => {
    const yaml =
      'boards:\n  - readme: a.md\n    labels:\n      on_site: Vor Ort\n      onSite: Präsenz\n'
    expect((await boardsError(yaml)).message).toBe(
      'Boards file ".github/boards.yml" (the "config" input), board 1: Input "labels": "on_site" and "onSite" are two spellings of one label, on-site: give it once'
    )
  })

  it('says in one line where the YAML breaks, without the excerpt under it', async () => {
    const yaml = 'listings: a.json\nboards:\n  - readme: README.md\nlistings: b.json\n'
    expect((await boardsError(yaml)).message).toBe(
      'Boards file ".github/boards.yml" (the "config" input), the YAML: Map keys must be unique at line 4, column 1'
    )
  })

  it('refuses an option a board cannot set, naming the board and the key', async () => {
    const error = await boardsError(
      'boards:\n  - readme: a.md\n    category: data\n    max_rows: 5\n'
    )
    expect(error.message).toContain(
      'board 1 (data): "max_rows" is not a board option; use one of category, keywords,'
    )
  })

  it.each(['branch', 'commit-message', 'token', 'now'])(
    'keeps %s the same for every board, an input',
    async key => {
      const error = await boardsError(`boards:\n  - readme: a.md\n    ${key}: x\n`)
      expect(error.message).toContain(
        `board 1: "${key}" is the same for every board; set it as an input of the action instead`
      )
    }
  )

  it.each(['listings', 'fields', 'strict', 'listings-format', 'max-cell-length', 'closed-urls'])(
    'keeps %s the same for every board, at the top of the boards file, which takes it',
    async key => {
      const error = await boardsError(`boards:\n  - readme: a.md\n    ${key}: x\n`)
      expect(error.message).toContain(
        `board 1: "${key}" is the same for every board; set it at the top of the boards file (beside "boards:"), or as an input of the action`
      )
    }
  )

  it('needs a readme in each board', async () => {
    expect((await boardsError('boards:\n  - category: data\n')).message).toContain(
      'board 1 (data): needs a "readme": the file this board updates'
    )
  })

  it('refuses two boards that write the same file', async () => {
    const yaml = `
boards:
  - category: backend
    readme: boards/backend/README.md
    feed-path: feed.json
  - category: frontend
    readme: boards/frontend/README.md
    feed-path: feed.json,frontend.xml
`
    expect((await boardsError(yaml)).message).toContain(
      'board 2 (frontend): writes "feed.json", as board 1 (backend) does; give each board its own files'
    )
    expect(
      (await boardsError('boards:\n  - readme: README.md\n  - readme: README.md\n')).message
    ).toContain('board 2: writes "README.md", as board 1 does')
  })

  it.each([
    ['not YAML', 'boards: [', 'the YAML:'],
    [
      'a list at the top',
      '- readme: a.md',
      'the top level: must be a mapping with a "boards" list'
    ],
    [
      'another top-level key',
      'boards:\n  - readme: a.md\nboard:\n  - readme: b.md',
      'the top level: "board" is not a setting'
    ],
    ['no boards list', 'board: []', 'the top level: must be a mapping with a "boards" list'],
    ['boards that are not a list', 'boards: backend', '"boards": must be a list of boards'],
    ['no boards', 'boards: []', '"boards": must list at least one board'],
    [
      'a board that is not a mapping',
      'boards:\n  - README.md',
      'board 1: must be a mapping of options'
    ],
    [
      'a nested value',
      'boards:\n  - readme: a.md\n    keywords: [[api]]',
      'board 1: "keywords" must be text, a number'
    ]
  ])('refuses %s with a message saying where', async (_, yaml, message) => {
    expect((await boardsError(yaml)).message).toContain(message)
  })

  it('reads a merge key (<<: *name), so boards share options', async () => {
    const [backend, frontend] = await boards(`
boards:
  - &backend { category: backend, readme: backend/README.md, max-rows: 25, timezone: Europe/Berlin }
  - { <<: *backend, category: frontend, readme: frontend/README.md, max-rows: 10 }
`)
    expect([backend!.maxRows, frontend!.maxRows, frontend!.timezone]).toEqual([
      25,
      10,
      'Europe/Berlin'
    ])
  })

  it('refuses a merge key that names no mapping, and a tag it does not know, at their lines', async () => {
    expect((await boardsError('boards:\n  - <<: 5\n    readme: a.md\n')).message).toContain(
      'a merge key (<<) takes an anchored mapping (<<: *name) or a list of them at line 2, column 5'
    )
    expect(
      (await boardsError('boards:\n  - readme: a.md\n    category: !foo backend\n')).message
    ).toContain(
      'Unresolved tag: !foo: YAML here knows no such tag; remove it, or quote the value if the tag is part of its text at line 3, column 15'
    )
  })

  it('lists in the README every option a board may set, and no other', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    const sentence = readme.split('A board may set ')[1]!.split('what it leaves out')[0]!
    const named = [...sentence.matchAll(/`([a-z-]+)`/g)].map(match => match[1])
    expect(new Set(named)).toEqual(new Set([...BOARD_OPTIONS, ...SELECTION_OPTIONS]))
  })

  it('lets a board set exactly the inputs of board scope', async () => {
    expect(BOARD_OPTIONS).toContain('category')
    expect(BOARD_OPTIONS).not.toContain('listings')
    expect(BOARD_OPTIONS).not.toContain('now')
    for (const option of BOARD_OPTIONS) {
      const value = option === 'labels' ? '{ company: Firma }' : option === 'utm' ? 'false' : '5'
      const yaml = `boards:\n  - readme: README.md\n    ${option}: ${JSON.stringify(value)}\n`
      const refusal = await boards(yaml).then(
        () => '',
        (error: Error) => error.message
      )
      expect(refusal).not.toMatch(/not a board option|same for every board/)
    }
  })
})

describe('the top of a boards file: the run options', () => {
  const FILE_WITH_RUN = `
listings: .github/scripts/listings.json
fields: { company: company_name, posted_at: date_posted }
strict: true
contribution:
  label: accepted
  kinds: { new_role: new, close_role: close }
boards:
  - readme: README.md
`
  const read = (inputs: RawInputs) =>
    parseSettings({ config: FILE, ...inputs }, fixedClock).resolve(async path =>
      path === FILE ? FILE_WITH_RUN : undefined
    )

  it('gives the listings, their mapping and the contribution settings when no input does', async () => {
    const { run, boards } = await read({})
    expect(run).toMatchObject({
      listings: '.github/scripts/listings.json',
      fields: { company: 'company_name', posted_at: 'date_posted' },
      strict: true,
      contribution: {
        approveLabel: 'accepted',
        kinds: { new_role: 'new', close_role: 'close' }
      }
    })
    expect(boards.map(board => board.readme)).toEqual(['README.md'])
  })

  it('gives listings-max-pages, and the default of 100 pages without it', async () => {
    const { run } = await parseSettings({ config: FILE }, fixedClock).resolve(async () =>
      FILE_WITH_RUN.replace('strict: true', 'listings-max-pages: 7')
    )
    expect(run.listingsMaxPages).toBe(7)
    expect((await read({})).run.listingsMaxPages).toBe(100)
  })

  it('reads a fields mapping whose source names hold a comma, as written', async () => {
    const text = FILE_WITH_RUN.replace(
      'fields: { company: company_name, posted_at: date_posted }',
      'fields: { company: "Company, Inc.", location: "Location (City, State)" }'
    )
    const { run } = await parseSettings({ config: FILE }, fixedClock).resolve(async () => text)
    expect(run.fields).toEqual({ company: 'Company, Inc.', location: 'Location (City, State)' })
    await expect(
      parseSettings({ config: FILE, fields: 'company=Company' }, fixedClock).resolve(
        async () => text
      )
    ).rejects.toThrow(
      '"fields": is {"company":"Company, Inc.","location":"Location (City, State)"} here and "company=Company" as the input fields; set it in one place'
    )
  })

  it('takes an input left at its default (as the action passes it) as unset', async () => {
    const { run } = await read({ strict: 'false', 'contribution-label': 'approved' })
    expect(run.strict).toBe(true)
    expect(run.contribution.approveLabel).toBe('accepted')
  })

  it('refuses an input that says something else than the file, naming both', async () => {
    await expect(read({ listings: 'other.json' })).rejects.toThrow(
      '"listings": is ".github/scripts/listings.json" here and "other.json" as the input listings; set it in one place'
    )
    await expect(read({ 'contribution-label': 'ok' })).rejects.toThrow(
      '"contribution.label": is "accepted" here and "ok" as the input contribution-label'
    )
  })

  it('takes the same listings path written another way as the same', async () => {
    for (const listings of [
      './.github/scripts/listings.json',
      '.github/scripts/../scripts/listings.json'
    ])
      expect((await read({ listings })).run.listings).toBe('.github/scripts/listings.json')
  })

  it('still needs the listings from one of the two', async () => {
    const settings = parseSettings({ config: FILE }, fixedClock)
    await expect(settings.resolve(async () => 'boards:\n  - readme: README.md\n')).rejects.toThrow(
      `Input "listings": is required: give it as an input (--listings) or at the top of ${FILE}`
    )
  })

  it('says where a top-level key belongs', async () => {
    const top = async (line: string) =>
      (await boardsError(`${line}\nboards:\n  - readme: README.md\n`)).message
    expect(await top('max-rows: 5')).toContain('"max-rows" is a board option; set it on each board')
    expect(await top('token: x')).toContain('"token" can only be an input of the action')
    expect(await top('listing: x')).toContain('"listing" is not a setting')
    expect(await top('contribution: { approve: x }')).toContain(
      '"approve" is not a contribution setting; use label, refused-label, kinds, fields'
    )
  })
})

describe('parseConfig: archive, feed and boards inputs', () => {
  const config = (inputs: RawInputs) => parseConfig({ ...INPUT_DEFAULTS, ...inputs }, fixedClock)

  it('writes no archive, deletes nothing and writes no feed by default', async () => {
    expect(config({})).toMatchObject({
      archivePath: undefined,
      archiveDays: undefined,
      feedPaths: [],
      boardsFile: undefined
    })
  })

  it('reads the archive path, the days to keep, the feed paths and the boards file', async () => {
    expect(
      config({
        'archive-path': 'archive/{date}.md',
        'archive-days': '7',
        'feed-path': 'feed.json, feeds/jobs.xml',
        config: 'boards.yml'
      })
    ).toMatchObject({
      archivePath: 'archive/{date}.md',
      archiveDays: 7,
      feedPaths: ['feed.json', 'feeds/jobs.xml'],
      boardsFile: 'boards.yml'
    })
  })

  it.each(['0', '-1', 'week'])('refuses archive-days %s', days => {
    expect(() => config({ 'archive-days': days })).toThrow(
      'Input "archive-days": must be a whole number of at least 1'
    )
  })
})
