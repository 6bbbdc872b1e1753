// Imports a TypeScript module of src/ from a plain Node script (scripts run without a build step).
import { build } from 'esbuild'

export async function importTs(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    // A CommonJS dependency bundled in (liquidjs) requires Node's modules, as in scripts/build.mjs;
    // the module runs from a data: URL, so require resolves from the working directory.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(process.cwd() + '/');"
    },
    logLevel: 'error'
  })
  const code = result.outputFiles[0].text
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)
}
