// Writes action.yml from src/config/inputs.ts, the single list of inputs and outputs.
// `node scripts/gen-action.mjs --check` exits 1 when action.yml is out of date.
import { readFile, writeFile } from 'node:fs/promises'
import { stringify } from 'yaml'
import { importTs } from './load-ts.mjs'

const { INPUTS, OUTPUTS } = await importTs('src/config/inputs.ts')

const action = {
  name: 'Job Board README',
  description:
    'Keeps a job board README current: the openings table, the Last updated line and the stats, in one verified commit.',
  author: 'jobs-readme',
  branding: { icon: 'briefcase', color: 'blue' },
  inputs: Object.fromEntries(
    INPUTS.map(input => [
      input.name,
      {
        description: input.description,
        required: Boolean(input.required),
        ...(input.default !== undefined ? { default: input.default } : {})
      }
    ])
  ),
  outputs: Object.fromEntries(
    OUTPUTS.map(output => [output.name, { description: output.description }])
  ),
  runs: { using: 'node24', main: 'dist/index.js' }
}

const text =
  '# Generated from src/config/inputs.ts by scripts/gen-action.mjs: edit that file, then run `npm run gen`.\n' +
  stringify(action, { lineWidth: 0 })

if (process.argv.includes('--check')) {
  const current = await readFile('action.yml', 'utf8').catch(() => '')
  if (current !== text) {
    console.error('action.yml is out of date: run `npm run gen`.')
    process.exit(1)
  }
} else {
  await writeFile('action.yml', text)
}
