// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with esbuild.
// The output is committed; .ci/run checks that a fresh build reproduces it byte for byte.
import { build } from 'esbuild'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'

await rm('dist', { recursive: true, force: true })

await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  format: 'esm',
  platform: 'node',
  // A package's ES module build before its CommonJS one (esbuild's default for node is the
  // reverse): liquidjs and punycode.js then load as plain modules, not wrapped CommonJS whose
  // exports are copied into a module object at every start-up.
  mainFields: ['module', 'main'],
  target: 'node20',
  legalComments: 'none',
  // yaml's "node" build is CommonJS, evaluated whole at start-up; its ES module build (the same
  // code) lets esbuild keep only `parse` and evaluate it when first used.
  // markdown-it makes a linkify-it instance, never used with its `linkify` option off
  // (src/zones/linkify-off.ts): its patterns are not compiled at every start-up.
  alias: {
    yaml: './node_modules/yaml/browser/index.js',
    'linkify-it': './src/zones/linkify-off.ts'
  },
  // Bundled CommonJS packages (@actions/http-client) call require(); ESM has none of its own.
  // Each chunk gets this line, but few ever call it: Node's require is made on the first call,
  // not in each of the thirty chunks a run loads.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);"
  },
  plugins: [entitiesWithoutSideEffects()],
  logLevel: 'warning'
})

/**
 * The modules of entities (markdown-it's, and ours for decodeHTMLAttribute), marked free of side
 * effects as its package.json marks them: esbuild reads the nearer lib/esm/package.json, which
 * does not say so, and kept the encoding tables (a Map of 2,000 entities) that nothing uses,
 * built at every start-up.
 */
function entitiesWithoutSideEffects() {
  return {
    name: 'entities-without-side-effects',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, args =>
        /[\\/]node_modules[\\/]entities[\\/]lib[\\/]esm(?:[\\/]|$)/.test(args.resolveDir)
          ? { path: join(args.resolveDir, args.path), sideEffects: false }
          : undefined
      )
    }
  }
}
