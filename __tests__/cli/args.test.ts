import { describe, expect, it } from '@jest/globals'
import { parseArgs, UsageError } from '../../src/cli/args.js'
import { nearest } from '../../src/nearest.js'

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
    expect(parseArgs(['--utm', 'FALSE']).inputs).toEqual({ utm: 'false' })
  })

  it('reads --out, --check and the init command', () => {
    expect(parseArgs(['--out', '-', '--check'])).toMatchObject({ out: '-', check: true })
    expect(parseArgs(['--check', 'false'])).toMatchObject({ check: false })
    expect(parseArgs(['init', '--readme', 'R.md', '--line', '12'])).toMatchObject({
      command: 'init',
      line: 12,
      inputs: { readme: 'R.md' }
    })
  })

  it.each([
    [['init', '--dry-run'], '--dry-run is not a flag of init (--check writes nothing'],
    [['init', '--force'], '--force is not a flag of init'],
    [['init', '--contribution', '--check'], '--check is not a flag of init --contribution'],
    [['init', '--contribution', '--dry-run'], '--dry-run is not a flag of init --contribution'],
    [['init', '--contribution', '--out', '-'], '--out is not a flag of init --contribution'],
    [['contribute', '--event', 'e.json', '--out', '-'], '--out is not a flag of contribute'],
    [['contribute', '--event', 'e.json', '--line', '3'], '--line is not a flag of contribute'],
    [['check-links', '--out', '-'], '--out is not a flag of check-links'],
    [['check-links', '--force'], '--force is not a flag of check-links'],
    [['--mode', 'check-links', '--out', 'x.md'], '--out is not a flag of check-links'],
    [['--listings', 'a', '--line', '3'], '--line is not a flag of an update run'],
    [['--listings', 'a', '--event', 'e.json'], '--event is not a flag of an update run'],
    [['--listings', 'a', '--force'], '--force is not a flag of an update run'],
    [['check-links', '--mode', 'update'], '--mode update is not taken with check-links']
  ])('refuses a flag the command would ignore: %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError)
    expect(() => parseArgs(argv)).toThrow(message)
  })

  it('takes --mode check-links as the check-links command, --check and --dry-run with it', () => {
    expect(parseArgs(['--mode', ' check-links ', '--check'])).toMatchObject({
      command: 'check-links',
      check: true
    })
    expect(parseArgs(['check-links', '--dry-run']).command).toBe('check-links')
    expect(parseArgs(['check-links', '--mode', 'Check-Links']).command).toBe('check-links')
    expect(parseArgs(['--mode', 'update', '--check']).command).toBe('run')
  })

  it.each([
    [['--nope'], 'unknown flag --nope (see --help)'],
    [['--listings'], '--listings needs a value'],
    [['--listings', '--readme', 'x'], '--listings needs a value'],
    [['stray'], 'unexpected argument "stray" (flags start with --; see --help)'],
    [['init', '--line', 'x'], '--line needs a line number']
  ])('rejects %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError)
    expect(() => parseArgs(argv)).toThrow(message)
  })
})

describe('a mistyped flag', () => {
  it.each([
    ['--listing', 'unknown flag --listing; did you mean --listings?'],
    ['--dryrun', 'unknown flag --dryrun; did you mean --dry-run?'],
    ['--max-row', 'unknown flag --max-row; did you mean --max-rows?'],
    ['--chekc', 'unknown flag --chekc; did you mean --check?'],
    ['--catgeory=x', 'unknown flag --catgeory; did you mean --category?'],
    ['--Readme', 'unknown flag --Readme; did you mean --readme?'],
    ['--max-age', 'unknown flag --max-age; did you mean --max-age-days?']
  ])('%s gets the nearest known flag', (flag, message) => {
    expect(() => parseArgs([flag, 'value'])).toThrow(message)
  })

  it.each([
    [['-listings', 'a.json'], 'unexpected argument "-listings"; did you mean --listings?'],
    [['listings', 'a.json'], 'unexpected argument "listings"; did you mean --listings?'],
    [['int', '--readme', 'R.md'], 'unexpected argument "int"; did you mean the command "init"?']
  ])('%j gets the flag or command it resembles', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message)
  })

  it('suggests nothing for a word unlike every flag', () => {
    expect(nearest('zzzzzz', ['listings', 'readme'])).toBeUndefined()
    expect(nearest('ab', ['listings', 'readme'])).toBeUndefined()
  })
})

describe('boolean values', () => {
  it.each(['yes', 'no', '1', '0', 'on', ''])(
    'refuses "%s" the same way as a separate word and after =',
    value => {
      const message = `--dry-run takes true or false, not "${value}" (--dry-run alone means true)`
      expect(() => parseArgs([`--dry-run=${value}`])).toThrow(message)
      if (value) expect(() => parseArgs(['--dry-run', value])).toThrow(message)
    }
  )

  it('treats --check the same way as the inputs', () => {
    expect(() => parseArgs(['--check', 'maybe'])).toThrow(
      '--check takes true or false, not "maybe" (--check alone means true)'
    )
    expect(() => parseArgs(['--check=yes'])).toThrow('--check takes true or false, not "yes"')
  })
})

describe("the action's publishing inputs", () => {
  it.each(['repository', 'branch', 'token', 'commit', 'pull-request', 'commit-method'])(
    '--%s is refused, pointing to the action',
    name => {
      const run = () => parseArgs(['--listings', 'a.json', `--${name}`, 'x'])
      expect(run).toThrow(UsageError)
      expect(run).toThrow(`--${name} is an input of the GitHub Action, not a flag of the CLI`)
      expect(run).toThrow('the CLI writes local files and never commits')
      expect(run).toThrow('commit: false')
    }
  )

  it('is refused in the --name=value form too', () => {
    expect(() => parseArgs(['--repository=owner/name'])).toThrow(
      '--repository is an input of the GitHub Action'
    )
  })
})
