/** The --help text, made from the same table of inputs that action.yml is generated from. */
import { INPUTS } from '../config/inputs.js'

export function helpText(version: string): string {
  const flags = INPUTS.filter(input => !input.secret || input.name === 'listings-header').map(
    input => {
      const value =
        input.kind === 'boolean' ? '[true|false]' : `<${input.kind === 'string' ? 'value' : 'n'}>`
      const fallback = input.default !== undefined ? ` (default: ${input.default})` : ''
      return `  --${input.name} ${value}\n      ${input.description}${fallback}`
    }
  )
  return [
    `jobs-readme ${version}: keeps a job board README current.`,
    '',
    'Usage:',
    '  jobs-readme --listings FILE|URL [--readme README.md] [--out PATH|-] [--check] [flags]',
    '  jobs-readme init [--readme README.md] [--line N] [--marker-prefix jobs]',
    '',
    'Updates the README in place, or writes it to --out (- for standard output).',
    '--check writes nothing and exits 1 when the README would change.',
    'Exit codes: 0 success, 1 the run failed, 2 bad flags.',
    '',
    'Flags (the inputs of the GitHub Action):',
    ...flags,
    ''
  ].join('\n')
}
