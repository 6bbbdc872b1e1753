// Imports a TypeScript module of src/ from a plain Node script (scripts run without a build step).
import { build } from 'esbuild'
import { fileURLToPath } from 'node:url'

/** The repository's root: a script's own files are found from it, whatever the working folder. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url))

/** `entry`: a path from the repository's root (`src/init/init.ts`). */
export async function importTs(entry) {
  const result = await build({
    entryPoints: [ROOT + entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    // A CommonJS dependency bundled in (liquidjs) requires Node's modules, as in scripts/build.mjs;
    // the module runs from a data: URL, so require resolves from the repository's root.
    banner: {
      js: `import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(${JSON.stringify(ROOT)});`
    },
    logLevel: 'error'
  })
  const code = result.outputFiles[0].text
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)
}
