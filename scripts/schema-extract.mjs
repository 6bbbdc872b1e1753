// What the scripts that extract part of a published schema share (extract-openapi.mjs,
// extract-webhook-schemas.mjs): the package is packed into a temporary folder, not installed,
// and what is kept is walked through its `$ref`s.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The JSON file `file` (a path inside the tarball, `package/...`) of the npm package `spec`. */
export function readPackedJson(spec, file) {
  const folder = mkdtempSync(join(tmpdir(), 'schema-extract-'))
  try {
    const tarball = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', folder], {
      encoding: 'utf8'
    }).trim()
    execFileSync('tar', ['-xzf', join(folder, tarball), '-C', folder, file])
    return JSON.parse(readFileSync(join(folder, file), 'utf8'))
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

/** Every `$ref` inside `value`, in document order. */
export function refsIn(value) {
  const refs = []
  JSON.stringify(value, (key, inner) => {
    if (key === '$ref' && typeof inner === 'string') refs.push(inner)
    return inner
  })
  return refs
}

/**
 * `value` without examples and prose: the tests validate shapes, and the extract stays small.
 * `dropped`: the keys left out whatever they hold; `prose`: those left out when they hold a
 * string (a property named "description", such as a repository's, is an object: it stays).
 */
export function withoutDocumentation(value, { dropped, prose }) {
  if (Array.isArray(value))
    return value.map(inner => withoutDocumentation(inner, { dropped, prose }))
  if (value === null || typeof value !== 'object') return value
  const kept = {}
  for (const [key, inner] of Object.entries(value)) {
    if (dropped.includes(key)) continue
    if (prose.includes(key) && typeof inner === 'string') continue
    kept[key] = withoutDocumentation(inner, { dropped, prose })
  }
  return kept
}

export function sortKeys(record) {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)))
}
