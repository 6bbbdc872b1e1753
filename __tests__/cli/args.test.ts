import { describe, expect, it } from '@jest/globals'
import { parseArgs, UsageError } from '../../src/cli/args.js'

describe('parseArgs', () => {
  it('maps every --input to the raw input of the same name', () => {
    const args = parseArgs(['--listings', 'a.json', '--max-rows', '10', '--category=backend'])
    expect(args.inputs).toEqual({ listings: 'a.json', 'max-rows': '10', category: 'backend' })
    expect(args.command).toBe('run')
  })

  it('lets a boolean flag stand alone or take true/false', () => {
    expect(parseArgs(['--dry-run', '--listings', 'a']).inputs).toEqual({
      'dry-run': 'true',
      listings: 'a'
    })
    expect(parseArgs(['--utm', 'false']).inputs).toEqual({ utm: 'false' })
    expect(parseArgs(['--strict=false']).inputs).toEqual({ strict: 'false' })
  })

  it('reads --out, --check and the init command', () => {
    expect(parseArgs(['--out', '-', '--check'])).toMatchObject({ out: '-', check: true })
    expect(parseArgs(['init', '--readme', 'R.md', '--line', '12'])).toMatchObject({
      command: 'init',
      line: 12,
      inputs: { readme: 'R.md' }
    })
  })

  it.each([
    [['--nope'], 'unknown flag --nope'],
    [['--listings'], '--listings needs a value'],
    [['--listings', '--readme', 'x'], '--listings needs a value'],
    [['stray'], 'unexpected argument "stray"'],
    [['--check', 'maybe'], 'unexpected argument "maybe"'],
    [['init', '--line', 'x'], '--line needs a line number']
  ])('rejects %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError)
    expect(() => parseArgs(argv)).toThrow(message)
  })
})
