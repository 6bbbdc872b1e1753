// Writes __tests__/github-double/webhook-schemas.json: the JSON Schemas of the webhook events the
// action reads from GITHUB_EVENT_PATH, with every definition they refer to, so the tests can check
// each event payload they build against what GitHub sends (see webhook-events.ts beside it).
//
// @octokit/webhooks-schemas is only needed to refresh the extract, so it is not a dependency:
// this script packs the pinned version into a temporary folder, reads its one schema file and
// keeps only what the events below reach.
//
//   node scripts/extract-webhook-schemas.mjs
import { writeFileSync } from 'node:fs'
import { format, resolveConfig } from 'prettier'
import { readPackedJson, refsIn, sortKeys, withoutDocumentation } from './schema-extract.mjs'

const PACKAGE = '@octokit/webhooks-schemas@7.6.1'
const SOURCE = 'package/schema.json'
const TARGET = '__tests__/github-double/webhook-schemas.json'
/** What is left out of each kept part: examples and prose. */
const DOCUMENTATION = { dropped: ['examples', 'tsAdditionalProperties'], prose: ['description'] }

/**
 * The events contribution mode acts on (src/contribute/event.ts), as `<event>$<action>`: the
 * workflow `init --contribution` writes runs on `issues: [labeled]` and `issue_comment: [created]`,
 * and every other action of those events is read only to be ignored.
 */
const EVENTS = ['issues$labeled', 'issue_comment$created']

const schema = readPackedJson(PACKAGE, SOURCE)
const extract = trim(schema, EVENTS)
const style = { ...(await resolveConfig(TARGET)), filepath: TARGET }
writeFileSync(TARGET, await format(JSON.stringify(extract), style))
console.log(
  `${TARGET}: ${EVENTS.length} events and ${Object.keys(extract.definitions).length - EVENTS.length} definitions from ${PACKAGE}`
)

/** Keeps the wanted events' definitions and those they reach through $ref, transitively. */
function trim(document, events) {
  const missing = events.filter(name => !document.definitions[name])
  if (missing.length) throw new Error(`Not in ${PACKAGE}: ${missing.join(', ')}`)
  const definitions = {}
  const pending = [...events]
  while (pending.length) {
    const name = pending.pop()
    if (definitions[name]) continue
    const target = withoutDocumentation(document.definitions[name], DOCUMENTATION)
    // Each definition names the draft it follows; the extract says it once, at the top.
    delete target.$schema
    definitions[name] = target
    pending.push(...definitionRefs(target))
  }
  return {
    $schema: document.$schema,
    $comment: `Extracted from ${PACKAGE} by scripts/extract-webhook-schemas.mjs: ${events.join(', ')}`,
    definitions: sortKeys(definitions)
  }
}

/** The definitions `value` refers to, by name: the schema refers to nothing else. */
function definitionRefs(value) {
  return refsIn(value).map(ref => {
    if (!ref.startsWith('#/definitions/')) throw new Error(`Unexpected reference ${ref}`)
    return ref.slice('#/definitions/'.length)
  })
}
