// `npm start`: runs the CLI on examples/backend (no network, no token) in a scratch copy
// and shows what it changed in the README.
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const example = 'examples/backend'
const scratch = mkdtempSync(join(tmpdir(), 'jobs-readme-demo-'))
const readme = join(scratch, 'README.md')
copyFileSync(join(example, 'README.md'), readme)

const args = [
  'dist/cli.js',
  '--listings',
  join(example, 'listings.json'),
  '--readme',
  readme,
  '--category',
  'backend',
  '--now',
  '2025-10-22T20:30:00Z'
]
console.log(`$ node ${args.join(' ')}`)
const run = spawnSync(process.execPath, args, { stdio: 'inherit' })
if (run.status !== 0) process.exit(run.status ?? 1)

console.log(`\nWhat changed in ${readme}:\n`)
try {
  execFileSync(
    'git',
    ['--no-pager', 'diff', '--no-index', '--color=always', join(example, 'README.md'), readme],
    {
      stdio: 'inherit'
    }
  )
} catch {
  // git diff exits 1 when the files differ, which is the point.
}
console.log(`\nRun it again and nothing changes:`)
spawnSync(process.execPath, [...args, '--check'], { stdio: 'inherit' })
console.log(
  `\nThe README is ${readFileSync(readme).length} bytes; open it or render it: cmark-gfm ${readme}`
)
