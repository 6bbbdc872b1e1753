/**
 * Octokit is loaded only when the action publishes through the API: the action's start-up
 * (the modules dist/index.js imports statically) does not carry it, and the CLI never reaches it.
 * The HTML parser and writer are loaded only for a README with an HTML table.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'

/** Markers of Octokit's code: its user agent, and the throttling plugin's limiter group. */
const OCTOKIT = /octokit-core\.js|octokit-global/

/** Every file a bundle loads before running: its static imports, transitively. */
function staticClosure(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen
  seen.add(entry)
  const code = readFileSync(entry, 'utf8')
  for (const [, path] of code.matchAll(
    /(?:^|[;\s])(?:import|export)\s*(?:[^'"();]*?\sfrom\s*)?["'](\.{1,2}\/[^"']+)["']/gm
  ))
    staticClosure(resolve(dirname(entry), path ?? ''), seen)
  return seen
}

/** The chunks a bundle loads on demand, with import(). */
function dynamicImports(entry: string): string[] {
  const code = readFileSync(entry, 'utf8')
  // A bundled package's JSDoc (`@param {import('../types/client.js').Options}`) names no file.
  return [...code.matchAll(/import\(["'](\.{1,2}\/[^"']+)["']\)/g)]
    .map(([, path]) => resolve(dirname(entry), path ?? ''))
    .filter(path => existsSync(path))
}

/** Every file a bundle can ever load: static and dynamic imports, transitively. */
function reachable(entry: string, seen = new Set<string>()): Set<string> {
  for (const file of staticClosure(entry)) {
    if (seen.has(file)) continue
    seen.add(file)
    for (const chunk of dynamicImports(file)) reachable(chunk, seen)
  }
  return seen
}

const withOctokit = (files: Iterable<string>) =>
  [...files].filter(file => OCTOKIT.test(readFileSync(file, 'utf8')))

/** esbuild's comments naming the bundled HTML parser and writer. */
const HTML_LIBRARIES = /^\/\/ node_modules\/(?:parse5|hast-util-from-html|hast-util-to-html)\//m

const withHtml = (files: Iterable<string>) =>
  [...files].filter(file => HTML_LIBRARIES.test(readFileSync(file, 'utf8')))

describe('the built bundles', () => {
  it('dist/index.js starts without Octokit', () => {
    const loaded = [...staticClosure(resolve('dist/index.js'))]
    expect(loaded.some(file => file.includes('/chunks/'))).toBe(true)
    expect(withOctokit(loaded)).toEqual([])
  })

  it('dist/cli.js never loads Octokit, not even on demand', () => {
    const loaded = [...reachable(resolve('dist/cli.js'))]
    expect(loaded.some(file => file.includes('/chunks/'))).toBe(true)
    expect(withOctokit(loaded)).toEqual([])
  })

  it('dist/index.js brings Octokit in with import() when it publishes', () => {
    const onDemand = [
      ...new Set(
        dynamicImports(resolve('dist/index.js')).flatMap(chunk => [...staticClosure(chunk)])
      )
    ]
    expect(withOctokit(onDemand)).not.toEqual([])
  })

  it('start without the HTML parser and writer, and load them on demand', () => {
    // The CLI's entry only sets up the compile cache, then imports its main chunk.
    const [cliMain] = dynamicImports(resolve('dist/cli.js'))
    for (const entry of [resolve('dist/index.js'), cliMain!]) {
      expect(withHtml(staticClosure(entry))).toEqual([])
      expect(withHtml(reachable(entry)).length).toBeGreaterThanOrEqual(2)
    }
  })

  it("carry entities' decoder alone, not its encoding tables, which nothing uses", () => {
    const files = [...reachable(resolve('dist/index.js')), ...reachable(resolve('dist/cli.js'))]
    const holding = (path: string) =>
      files.filter(file => readFileSync(file, 'utf8').includes(`node_modules/entities/${path}`))
    expect(holding('lib/esm/decode.js')).not.toEqual([])
    expect(holding('lib/esm/generated/encode-html.js')).toEqual([])
  })
})
