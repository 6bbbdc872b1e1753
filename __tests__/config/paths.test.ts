/**
 * Every path the settings name (readme, archive-path, feed-path, config, and the same options in
 * a boards file) stays inside the repository, is written with "/", and is compared normalized.
 */
import { describe, expect, it } from '@jest/globals'
import { parseBoards } from '../../src/config/boards.js'
import { parseInitSettings as parseInitConfig, type RawInputs } from '../../src/config/config.js'
import { oneBoard as parseConfig } from '../helpers/settings.js'
import { BoardError } from '../../src/errors.js'

const config = (inputs: RawInputs) => parseConfig({ listings: 'jobs.json', ...inputs })

function refusal(parse: () => unknown): string {
  try {
    parse()
  } catch (error) {
    expect(error).toBeInstanceOf(BoardError)
    expect((error as BoardError).code).toBe('bad-input')
    return (error as BoardError).message
  }
  throw new Error('expected the path to be refused')
}

describe('paths in the inputs', () => {
  it.each([
    ['readme', '../outside/README.md', 'without ".."'],
    ['readme', 'docs/../../README.md', 'without ".."'],
    ['readme', '/home/me/outside/README.md', 'such as "README.md"'],
    ['readme', 'docs//README.md', 'without "//"'],
    ['archive-path', '/tmp/{date}.md', 'such as "{date}.md"'],
    ['feed-path', 'feed.json,../feed.xml', 'without ".."'],
    ['config', '../boards.yml', 'without ".."']
  ])('refuses %s "%s", which leads outside the repository', (input, path, problem) => {
    const message = refusal(() => config({ [input]: path }))
    expect(message).toContain(`Input "${input}"`)
    expect(message).toContain('must be a path inside the repository')
    expect(message).toContain(problem)
  })

  it('refuses backslashes, showing the path to write instead', () => {
    expect(refusal(() => config({ 'archive-path': 'archive\\{date}.md' }))).toBe(
      'Input "archive-path": "archive\\{date}.md" must be a path inside the repository, written with "/": write "archive/{date}.md"'
    )
  })

  it('refuses a Windows drive path, showing the path to write instead', () => {
    expect(refusal(() => config({ 'feed-path': 'C:\\feed.json' }))).toBe(
      'Input "feed-path": "C:\\feed.json" must be a path inside the repository, not a Windows drive path; write it relative to the repository\'s root with "/", such as "feed.json"'
    )
    expect(refusal(() => config({ readme: 'D:/boards/README.md' }))).toContain(
      'such as "README.md"'
    )
  })

  it.each([
    ['feed.json feed.xml', '"feed.json,feed.xml"'],
    ['feeds/jobs.json; feeds/jobs.xml', '"feeds/jobs.json,feeds/jobs.xml"'],
    ['feed.json;feed.xml, other.json', '"feed.json,feed.xml"']
  ])(
    'refuses feed-path "%s", two feeds joined by a space or ";", saying to use commas',
    (path, commas) => {
      expect(refusal(() => config({ 'feed-path': path }))).toContain(
        `names 2 feeds in one path: separate feed paths with commas, as in ${commas}`
      )
      expect(config({ 'feed-path': 'my feeds/jobs.json,jobs.xml' }).feedPaths).toEqual([
        'my feeds/jobs.json',
        'jobs.xml'
      ])
    }
  )

  it('refuses a feed path named twice, however it is spelled', () => {
    expect(refusal(() => config({ 'feed-path': 'feed.json,./feed.json' }))).toBe(
      'Input "feed-path": names "feed.json" twice ("feed.json" and "./feed.json"): the feed would be written twice. Name each feed once'
    )
  })

  it.each([
    ['archive-path', '.git/{date}.md'],
    ['feed-path', '.git/config'],
    ['readme', 'docs/.GIT/README.md']
  ])('refuses %s "%s", a path into git\'s own folder', (input, path) => {
    expect(refusal(() => config({ [input]: path }))).toContain(
      'must be a path inside the repository, outside its ".git" folder'
    )
    expect(config({ 'feed-path': '.github/feed.json,.gitkeep/feed.xml' }).feedPaths).toEqual([
      '.github/feed.json',
      '.gitkeep/feed.xml'
    ])
  })

  it('refuses a line break in a path', () => {
    expect(refusal(() => config({ readme: 'READ\rME.md' }))).toContain('without control characters')
  })

  it('normalizes "./" away, so every stage sees one spelling', () => {
    const parsed = config({
      readme: './README.md',
      'archive-path': './archive/./{date}.md',
      'feed-path': './feeds/feed.json',
      config: './.github/boards.yml'
    })
    expect(parsed).toMatchObject({
      readme: 'README.md',
      archivePath: 'archive/{date}.md',
      feedPaths: ['feeds/feed.json'],
      boardsFile: '.github/boards.yml'
    })
  })

  it('checks the README of init the same way', () => {
    expect(refusal(() => parseInitConfig({ readme: '../README.md' }))).toContain('without ".."')
    expect(parseInitConfig({ readme: './docs/README.md' }).readme).toBe('docs/README.md')
  })
})

describe('paths in a boards file', () => {
  const parse = (yaml: string) => parseBoards(yaml, { listings: 'jobs.json' }, 'boards.yml')

  async function boardsRefusal(promise: Promise<unknown>): Promise<string> {
    const error = await promise.then(
      () => undefined,
      (thrown: unknown) => thrown
    )
    expect(error).toBeInstanceOf(BoardError)
    return (error as BoardError).message
  }

  it('refuses a board whose readme leads outside', async () => {
    expect(await boardsRefusal(parse('boards:\n  - readme: ../other/README.md\n'))).toBe(
      'Boards file "boards.yml" (the "config" input), board 1: Input "readme": "../other/README.md" must be a path inside the repository, without ".." (relative to its root)'
    )
  })

  it('finds two spellings of one README a duplicate', async () => {
    expect(
      await boardsRefusal(parse('boards:\n  - readme: README.md\n  - readme: ./README.md\n'))
    ).toContain('board 2: writes "README.md", as board 1 does; give each board its own files')
  })

  it('finds two spellings of one feed a duplicate', async () => {
    const yaml = `boards:
  - readme: a.md
    feed-path: feeds/./jobs.json
  - readme: b.md
    feed-path: ./feeds/jobs.json
`
    expect(await boardsRefusal(parse(yaml))).toContain('writes "feeds/jobs.json", as board 1 does')
  })
})
