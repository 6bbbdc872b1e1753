/** The --help text, made from the same table of inputs that action.yml is generated from. */
import { INPUTS } from '../config/inputs.js'
import { ACTION_ONLY_INPUTS } from './args.js'
import { EXIT_HELP } from './exit.js'

export function helpText(version: string): string {
  const flags = INPUTS.filter(
    input =>
      (!input.secret || input.name === 'listings-header') &&
      !ACTION_ONLY_INPUTS.includes(input.name)
  ).map(input => {
    const value =
      input.kind === 'boolean' ? '[true|false]' : `<${input.kind === 'string' ? 'value' : 'n'}>`
    const fallback = input.default !== undefined ? ` (default: ${input.default})` : ''
    return `  --${input.name} ${value}\n      ${input.description}${fallback}`
  })
  return [
    `jobs-readme ${version}: keeps a job board README current.`,
    '',
    'Usage:',
    '  jobs-readme --listings FILE|URL [--readme README.md] [--out PATH|-] [--check] [flags]',
    '  jobs-readme init [--readme README.md] [--line N] [--marker-prefix jobs] [--config jobs-readme.yml]',
    '  jobs-readme init --contribution [--listings listings.json] [--config FILE] [--force]',
    '  jobs-readme check-links --listings FILE [--closed-urls URL,...] [flags]',
    '',
    'Updates the README in place, or writes it to --out PATH (- for standard output).',
    '--check and --dry-run write nothing and show what would change as a unified diff;',
    '--check also exits 1 when anything would change.',
    'A boolean flag stands alone (true) or takes true or false: --utm false, --utm=false.',
    '',
    'Exit codes:',
    ...EXIT_HELP,
    '',
    'Flags (the inputs of the GitHub Action):',
    ...flags,
    '',
    `The CLI writes local files and never commits: the action's publishing inputs`,
    `(${ACTION_ONLY_INPUTS.join(', ')}) are not flags.`,
    ''
  ].join('\n')
}
