/**
 * GitHub's REST contract, from the OpenAPI extract (scripts/extract-openapi.mjs): finds the
 * operation a request is for and checks the request and the response against it with ajv.
 * Each problem is a sentence; the double collects them and the tests expect none.
 */
import { Ajv } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export interface RestOperation {
  id: string
  method: string
  /** The path template, as in the description: /repos/{owner}/{repo}/git/refs/{ref}. */
  template: string
  params: Record<string, string>
}

export interface RestContract {
  /** The operation for a request, or undefined when the action should not be calling it. */
  match(method: string, path: string): RestOperation | undefined
  checkRequest(operation: RestOperation, query: URLSearchParams, body: unknown): string[]
  checkResponse(operation: RestOperation, status: number, body: unknown): string[]
}

/** Statuses any endpoint may answer (auth, a hidden repository, rate limits, outages), which the description leaves out. */
const GENERIC_STATUSES = new Set([401, 403, 404, 429, 500, 502, 503, 504])

export function loadRestContract(): RestContract {
  const path = fileURLToPath(new URL('./openapi.json', import.meta.url))
  const description = JSON.parse(readFileSync(path, 'utf8')) as OpenApi
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true })
  // ajv-formats is CommonJS: under ESM its function may sit one `default` deeper.
  const module = addFormatsModule as unknown as { default?: unknown }
  const addFormats = (typeof module === 'function' ? module : module.default) as (ajv: Ajv) => Ajv
  addFormats(ajv)
  ajv.addSchema(description, 'openapi')
  const operations = listOperations(description)

  const validate = (pointer: string[], value: unknown, what: string): string[] => {
    const validator = ajv.getSchema(`openapi#/${pointer.map(escapePointer).join('/')}`)
    if (!validator) return [`${what}: no schema at ${pointer.join('/')}`]
    if (validator(value)) return []
    return (validator.errors ?? []).map(
      error => `${what}: ${error.instancePath || '(root)'} ${error.message}`
    )
  }

  return {
    match(method, path) {
      for (const operation of operations) {
        if (operation.method !== method.toLowerCase()) continue
        const found = operation.pattern.exec(path)
        if (!found) continue
        const params = Object.fromEntries(
          operation.names.map((name, index) => [name, decodeURIComponent(found[index + 1] ?? '')])
        )
        return { id: operation.id, method: operation.method, template: operation.template, params }
      }
      return undefined
    },

    checkRequest(operation, query, body) {
      const spec = description.paths[operation.template]?.[operation.method] as OperationSpec
      const problems: string[] = []
      const what = `${operation.id} request`
      const queryParams = (spec.parameters ?? [])
        .map(parameter => resolve(description, parameter))
        .filter(parameter => parameter.in === 'query')
      for (const name of query.keys())
        if (!queryParams.some(parameter => parameter.name === name))
          problems.push(`${what}: unknown query parameter "${name}"`)
      for (const parameter of queryParams)
        if (parameter.required && !query.has(parameter.name))
          problems.push(`${what}: missing query parameter "${parameter.name}"`)

      const requestBody = spec.requestBody
      if (!requestBody) {
        if (body !== undefined) problems.push(`${what}: a body where none is expected`)
        return problems
      }
      if (body === undefined)
        return requestBody.required ? [...problems, `${what}: missing body`] : problems
      const pointer = [
        'paths',
        operation.template,
        operation.method,
        'requestBody',
        'content',
        'application/json',
        'schema'
      ]
      problems.push(...validate(pointer, body, what), ...unknownProperties(requestBody, body, what))
      return problems
    },

    checkResponse(operation, status, body) {
      const spec = description.paths[operation.template]?.[operation.method] as OperationSpec
      const what = `${operation.id} response ${status}`
      const documented = spec.responses[String(status)]
      if (!documented)
        return GENERIC_STATUSES.has(status) ? [] : [`${what}: status not in GitHub's description`]
      const pointer = responseSchemaPointer(description, operation, status)
      return pointer ? validate(pointer, body, what) : []
    }
  }
}

interface OpenApi {
  paths: Record<string, Record<string, unknown>>
  components: Record<string, Record<string, unknown>>
}

interface OperationSpec {
  operationId: string
  parameters?: Parameter[]
  requestBody?: { required?: boolean; content: Record<string, { schema: { properties?: object } }> }
  responses: Record<string, { $ref?: string; content?: Record<string, unknown> }>
}

interface Parameter {
  $ref?: string
  name: string
  in: string
  required?: boolean
}

interface CompiledOperation {
  id: string
  method: string
  template: string
  pattern: RegExp
  names: string[]
}

function listOperations(description: OpenApi): CompiledOperation[] {
  const operations: CompiledOperation[] = []
  for (const [template, item] of Object.entries(description.paths))
    for (const [method, spec] of Object.entries(item)) {
      const names: string[] = []
      const source = template
        .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
        .replace(/\\?\{(\w+)\\?\}/g, (_, name) => {
          names.push(name)
          // {ref} and {path} may hold slashes (heads/main); the others may not.
          return name === 'ref' || name === 'path' ? '(.+)' : '([^/]+)'
        })
      operations.push({
        id: (spec as OperationSpec).operationId,
        method,
        template,
        pattern: new RegExp(`^${source}$`),
        names
      })
    }
  return operations
}

function resolve<T extends { $ref?: string }>(description: OpenApi, value: T): T {
  if (!value.$ref) return value
  const [, , kind = '', name = ''] = value.$ref.split('/')
  return description.components[kind]?.[name] as T
}

/** Where a response's JSON schema is, following a $ref to a shared response. */
function responseSchemaPointer(description: OpenApi, operation: RestOperation, status: number) {
  const spec = description.paths[operation.template]?.[operation.method] as OperationSpec
  const response = spec.responses[String(status)]
  if (!response) return undefined
  const base = response.$ref
    ? response.$ref.slice(2).split('/')
    : ['paths', operation.template, operation.method, 'responses', String(status)]
  const resolved = resolve(description, response)
  if (!resolved.content?.['application/json']) return undefined
  return [...base, 'content', 'application/json', 'schema']
}

/** GitHub ignores fields it doesn't know; a misspelt one would pass silently, so flag it. */
function unknownProperties(
  requestBody: NonNullable<OperationSpec['requestBody']>,
  body: unknown,
  what: string
): string[] {
  const properties = requestBody.content['application/json']?.schema.properties
  if (!properties || body === null || typeof body !== 'object') return []
  return Object.keys(body)
    .filter(key => !(key in properties))
    .map(key => `${what}: unknown field "${key}"`)
}

function escapePointer(segment: string): string {
  return encodeURIComponent(segment.replace(/~/g, '~0').replace(/\//g, '~1'))
}
