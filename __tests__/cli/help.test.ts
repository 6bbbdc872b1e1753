/**
 * `--help` names every command with its own flags and exit codes, and what it says of them is
 * what the commands do: each documented flag is one the CLI takes, each exit code one it gives.
 */
import { describe, expect, it } from '@jest/globals'
import { runCli } from '../helpers/cli.js'

const help = runCli(['--help']).stdout

/** The lines of one command's entry under "Commands:", from its name to the next command. */
function entry(command: string): string {
  const lines = help.split('\n')
  const start = lines.indexOf(`  ${command}`)
  if (start < 0) throw new Error(`--help has no entry "${command}":\n${help}`)
  const end = lines.findIndex((line, index) => index > start && /^ {2}\S|^$/.test(line))
  return lines.slice(start, end).join('\n')
}

describe('--help', () => {
  it('shows the usage of each command', () => {
    expect(help).toContain('jobs-readme init --contribution [--listings listings.json]')
    expect(help).toContain('jobs-readme contribute --event PATH')
    expect(help).toContain('jobs-readme check-links --listings FILE')
    expect(runCli(['contribute', '--help']).stdout).toBe(help)
  })

  it('describes contribute: --event, the contribution flags and exit codes 0, 1 and 2', () => {
    const text = entry('contribute --event PATH')
    for (const flag of [
      '--event PATH',
      '--contribution-label',
      '--contribution-refused-label',
      '--contribution-kinds',
      '--contribution-fields',
      '--check'
    ])
      expect(text).toContain(flag)
    expect(text).toMatch(/Exit: 0 applied, or already applied; 1 refused, with the reason/)
    expect(text).toMatch(/2 bad usage \(no --event, or an event that approves nothing\)/)
  })

  it('describes check-links and init --contribution with their flags and exit codes', () => {
    const links = entry('check-links')
    for (const flag of [
      '--closed-urls',
      '--link-timeout',
      '--link-concurrency',
      '--dry-run',
      '--check'
    ])
      expect(links).toContain(flag)
    expect(links).toContain('Exit: 0 checked')
    expect(links).toContain('1 --check: a posting would be')
    expect(links).toContain('2 bad usage')

    const init = entry('init --contribution')
    for (const flag of ['--listings FILE', '--config FILE', '--contribution-label', '--force'])
      expect(init).toContain(flag)
    expect(init).toContain('new-role.yml')
    expect(init).toContain('jobs-readme-contribute.yml')
    expect(init).toMatch(/Exit: 0 written; 2 bad usage; 3 a file exists/)
  })

  it('names only flags the CLI takes in the commands’ entries', () => {
    // The flags list below them is made from the inputs table itself.
    const commands = help.slice(help.indexOf('Commands:'), help.indexOf('Flags ('))
    const named = new Set([...commands.matchAll(/--([a-z][a-z-]*)/g)].map(match => match[1]!))
    expect(named.size).toBeGreaterThan(10)
    for (const flag of named) {
      const run = runCli(['contribute', `--${flag}=1`])
      expect(`--${flag}: ${run.stderr}`).not.toContain('unknown flag')
    }
  })
})
