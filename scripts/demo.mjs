// `npm start`: runs the CLI on examples/backend (no network, no token) in a scratch copy of the
// example, as the folder it works in, and shows what it changed in the README.
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const example = 'examples/backend'
const cli = resolve('dist/cli.js')
// The CLI writes only inside the folder it runs in: the scratch copy is that folder.
const scratch = mkdtempSync(join(tmpdir(), 'jobs-readme-demo-'))
for (const file of ['README.md', 'listings.json'])
  copyFileSync(join(example, file), join(scratch, file))
const readme = join(scratch, 'README.md')

const args = [
  '--listings',
  'listings.json',
  '--readme',
  'README.md',
  '--category',
  'backend',
  '--now',
  '2025-10-22T20:30:00Z'
]
const cliRun = extra =>
  spawnSync(process.execPath, [cli, ...args, ...extra], { cwd: scratch, stdio: 'inherit' })
console.log(`$ cd ${scratch} && node ${cli} ${args.join(' ')}`)
const run = cliRun([])
if (run.status !== 0) process.exit(run.status ?? 1)

console.log(`\nWhat changed in ${readme}:\n`)
try {
  execFileSync(
    'git',
    [
      '--no-pager',
      'diff',
      '--no-index',
      // Coloured on a terminal only, as the CLI colours its own output.
      `--color=${process.stdout.isTTY && !process.env.NO_COLOR ? 'always' : 'never'}`,
      join(example, 'README.md'),
      readme
    ],
    {
      stdio: 'inherit'
    }
  )
} catch {
  // git diff exits 1 when the files differ, which is the point.
}
console.log(`\nRun it again and nothing changes:`)
const again = cliRun(['--check'])
console.log(
  `\nThe README is ${readFileSync(readme).length} bytes; open it or render it: cmark-gfm ${readme}`
)
process.exit(again.status ?? 1)
