// Writes __tests__/github-double/webhook-schemas.json: the JSON Schemas of the webhook events the
// action reads from GITHUB_EVENT_PATH, with every definition they refer to, so the tests can check
// each event payload they build against what GitHub sends (see webhook-events.ts beside it).
//
// @octokit/webhooks-schemas is only needed to refresh the extract, so it is not a dependency:
// this script packs the pinned version into a temporary folder, reads its one schema file and
// keeps only what the events below reach.
//
//   node scripts/extract-webhook-schemas.mjs
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { format, resolveConfig } from 'prettier'

const PACKAGE = '@octokit/webhooks-schemas@7.6.1'
const SOURCE = 'package/schema.json'
const TARGET = '__tests__/github-double/webhook-schemas.json'

/**
 * The events contribution mode acts on (src/contribute/event.ts), as `<event>$<action>`: the
 * workflow `init --contribution` writes runs on `issues: [labeled]` and `issue_comment: [created]`,
 * and every other action of those events is read only to be ignored.
 */
const EVENTS = ['issues$labeled', 'issue_comment$created']

const schema = readSchema()
const extract = trim(schema, EVENTS)
const style = { ...(await resolveConfig(TARGET)), filepath: TARGET }
writeFileSync(TARGET, await format(JSON.stringify(extract), style))
console.log(
  `${TARGET}: ${EVENTS.length} events and ${Object.keys(extract.definitions).length - EVENTS.length} definitions from ${PACKAGE}`
)

function readSchema() {
  const folder = mkdtempSync(join(tmpdir(), 'webhook-schemas-'))
  try {
    const tarball = execFileSync(
      'npm',
      ['pack', PACKAGE, '--silent', '--pack-destination', folder],
      { encoding: 'utf8' }
    ).trim()
    execFileSync('tar', ['-xzf', join(folder, tarball), '-C', folder, SOURCE])
    return JSON.parse(readFileSync(join(folder, SOURCE), 'utf8'))
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

/** Keeps the wanted events' definitions and those they reach through $ref, transitively. */
function trim(document, events) {
  const missing = events.filter(name => !document.definitions[name])
  if (missing.length) throw new Error(`Not in ${PACKAGE}: ${missing.join(', ')}`)
  const definitions = {}
  const pending = [...events]
  while (pending.length) {
    const name = pending.pop()
    if (definitions[name]) continue
    const target = withoutDocumentation(document.definitions[name])
    // Each definition names the draft it follows; the extract says it once, at the top.
    delete target.$schema
    definitions[name] = target
    pending.push(...refsIn(target).map(ref => ref.replace(/^#\/definitions\//, '')))
  }
  return {
    $schema: document.$schema,
    $comment: `Extracted from ${PACKAGE} by scripts/extract-webhook-schemas.mjs: ${events.join(', ')}`,
    definitions: sortKeys(definitions)
  }
}

function refsIn(value) {
  const refs = []
  JSON.stringify(value, (key, inner) => {
    if (key === '$ref' && typeof inner === 'string') refs.push(inner)
    return inner
  })
  for (const ref of refs)
    if (!ref.startsWith('#/definitions/')) throw new Error(`Unexpected reference ${ref}`)
  return refs
}

/** Drops examples and prose: the tests validate shapes, and the extract stays small. */
function withoutDocumentation(value) {
  if (Array.isArray(value)) return value.map(withoutDocumentation)
  if (value === null || typeof value !== 'object') return value
  const kept = {}
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'examples' || key === 'tsAdditionalProperties') continue
    // A property named "description" (a repository's, a label's) is an object: it stays.
    if (key === 'description' && typeof inner === 'string') continue
    kept[key] = withoutDocumentation(inner)
  }
  return kept
}

function sortKeys(record) {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)))
}
