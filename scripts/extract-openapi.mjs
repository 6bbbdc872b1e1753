// Writes __tests__/github-double/openapi.json: the part of GitHub's REST API description that the
// action calls, with every component it refers to, as JSON Schema the double can validate with ajv.
//
// @octokit/openapi is 385 MB unpacked, so it is not a dependency: this script packs the pinned
// version into a temporary folder, extracts the one file it needs, and keeps only what is used.
//
//   node scripts/extract-openapi.mjs
import { writeFileSync } from 'node:fs'
import { format, resolveConfig } from 'prettier'
import { readPackedJson, refsIn, sortKeys, withoutDocumentation } from './schema-extract.mjs'

const PACKAGE = '@octokit/openapi@23.0.2'
const SOURCE = 'package/generated/api.github.com.json'
const TARGET = '__tests__/github-double/openapi.json'
/** What is left out of each kept part: examples and prose. */
const DOCUMENTATION = {
  dropped: ['example', 'examples', 'externalDocs', 'x-github', 'x-octokit'],
  prose: ['description', 'summary']
}

/** The REST operations the action makes (everything else goes through GraphQL). */
const OPERATIONS = [
  'git/get-blob',
  'git/create-tree',
  'git/create-commit',
  'git/create-ref',
  'git/update-ref',
  'issues/create-comment',
  'issues/update',
  'issues/add-labels'
]

const description = readPackedJson(PACKAGE, SOURCE)
const extract = trim(description, OPERATIONS)
const style = { ...(await resolveConfig(TARGET)), filepath: TARGET }
writeFileSync(TARGET, await format(JSON.stringify(toJsonSchema(extract)), style))
console.log(`${TARGET}: ${OPERATIONS.length} operations from ${PACKAGE}`)

/** Keeps the wanted operations and the components they reach through $ref, transitively. */
function trim(document, operationIds) {
  const paths = {}
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!operationIds.includes(operation.operationId)) continue
      paths[path] ??= {}
      paths[path][method] = withoutDocumentation(operation, DOCUMENTATION)
    }
  }
  const missing = operationIds.filter(id => !JSON.stringify(paths).includes(`"${id}"`))
  if (missing.length) throw new Error(`Not in ${PACKAGE}: ${missing.join(', ')}`)

  const components = {}
  const pending = [...refsIn(paths)]
  const seen = new Set()
  while (pending.length) {
    const ref = pending.pop()
    if (seen.has(ref)) continue
    seen.add(ref)
    const [, , kind, name] = ref.split('/') // '#/components/<kind>/<name>'
    const target = withoutDocumentation(document.components[kind][name], DOCUMENTATION)
    components[kind] ??= {}
    components[kind][name] = target
    pending.push(...refsIn(target))
  }
  return {
    openapi: document.openapi,
    info: { title: document.info.title, version: document.info.version, source: PACKAGE },
    paths: sortKeys(paths),
    components: sortKeys(components)
  }
}

/** OpenAPI 3.0's `nullable: true` is not JSON Schema: say "or null" the JSON Schema way. */
function toJsonSchema(value) {
  if (Array.isArray(value)) return value.map(toJsonSchema)
  if (value === null || typeof value !== 'object') return value
  const converted = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonSchema(v)]))
  if (converted.nullable !== true) return converted
  const { nullable: _, ...schema } = converted
  if (typeof schema.type === 'string') {
    const enumWithNull = schema.enum ? { enum: [...schema.enum, null] } : {}
    return { ...schema, type: [schema.type, 'null'], ...enumWithNull }
  }
  return { anyOf: [schema, { type: 'null' }] }
}
