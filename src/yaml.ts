/**
 * YAML text as plain values, read the one way every YAML the product reads is read: listings
 * files, the boards file, and inputs written as mappings (`table`, `fields`, form fields).
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  YAMLParseError,
  type Document,
  type YAMLError,
  type DocumentOptions,
  type ParseOptions,
  type SchemaOptions,
  type ToJSOptions
} from 'yaml'

/**
 * The value of `text`. Throws the library's YAMLParseError, with its line, for the first error;
 * for a value not read as written, a tag the reader does not know (`!foo Acme`), which the
 * library would read as plain text after printing a warning and a stack trace; and for a merge
 * key (`<<`) that does not take a mapping. Nothing is printed.
 */
export function yamlValue(
  text: string,
  options: ParseOptions & DocumentOptions & SchemaOptions & ToJSOptions = {}
): unknown {
  const document = parseDocument(text, { ...options, logLevel: 'error' })
  const tag = document.warnings.find(warning => NOT_AS_WRITTEN.has(warning.code))
  const problem =
    document.errors[0] ??
    (tag && unknownTag(tag)) ??
    (options.merge ? badMerge(document, text) : undefined)
  if (problem) throw problem
  return document.toJS(options)
}

/** Warnings of a value the library reads otherwise than it was written. */
const NOT_AS_WRITTEN = new Set(['TAG_RESOLVE_FAILED', 'BAD_COLLECTION_TYPE'])

/** The error for a tag the reader does not know, saying what to do. */
function unknownTag(warning: YAMLError): YAMLParseError {
  // The library's message ends with where, as " at line 1, column 12:" and the line quoted.
  const [first = ''] = warning.message.split('\n', 1)
  const where = / at line \d+, column \d+:?$/.exec(first)?.[0] ?? ''
  const error = new YAMLParseError(
    warning.pos,
    warning.code,
    `${first.slice(0, first.length - where.length)}: YAML here knows no such tag; remove it, or quote the value if the tag is part of its text${where}`
  )
  if (warning.linePos) error.linePos = warning.linePos
  return error
}

/** The error of the first merge key whose value is not a mapping, an alias of one, or a list of them. */
function badMerge(document: Document, text: string): YAMLParseError | undefined {
  const mapping = (node: unknown): boolean =>
    isMap(node) || (isAlias(node) && isMap(node.resolve(document)))
  let error: YAMLParseError | undefined
  visit(document, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || typeof pair.key.value !== 'symbol') return undefined
      const { value } = pair
      if (mapping(value) || (isSeq(value) && value.items.every(mapping))) return undefined
      const at = pair.key.range?.[0] ?? 0
      const before = text.slice(0, at)
      const line = before.split('\n').length
      const col = at - before.lastIndexOf('\n')
      // Worded as the library words its errors, where last.
      error = new YAMLParseError(
        [at, at + 2],
        'BAD_COLLECTION_TYPE',
        `a merge key (<<) takes an anchored mapping (<<: *name) or a list of them at line ${line}, column ${col}:`
      )
      error.linePos = [{ line, col }]
      return visit.BREAK
    }
  })
  return error
}
