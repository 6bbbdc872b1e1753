// Rewrites the inputs and outputs tables of README.md (between <!-- gen:inputs:start --> /
// <!-- gen:inputs:end --> and <!-- gen:outputs:start --> / <!-- gen:outputs:end -->) from action.yml.
// `node scripts/gen-docs.mjs --check` writes nothing and exits 1 when README.md is out of date.
import { readFileSync, writeFileSync } from 'node:fs'
import { parse } from 'yaml'
import { actionTables, replaceGeneratedBlocks } from './docs-tables.mjs'

const README = 'README.md'

const readme = readFileSync(README, 'utf8')
const updated = replaceGeneratedBlocks(
  readme,
  actionTables(parse(readFileSync('action.yml', 'utf8')))
)

if (process.argv.includes('--check')) {
  if (updated !== readme) {
    console.error(
      `${README}: the inputs or outputs table differs from action.yml; run \`node scripts/gen-docs.mjs\`.`
    )
    process.exit(1)
  }
  console.log(`${README}: the inputs and outputs tables match action.yml.`)
} else if (updated !== readme) {
  writeFileSync(README, updated)
  console.log(`${README}: inputs and outputs tables rewritten from action.yml.`)
} else {
  console.log(`${README}: already up to date.`)
}
