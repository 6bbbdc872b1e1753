#!/usr/bin/env node
import module from 'node:module'

// Node 22+ can keep the compiled bundle on disk between runs (in the system's temp folder),
// which halves the start-up of every later run. It must be on before the bundle loads, hence
// the dynamic import below. Node 20 has no such cache and simply compiles each time.
const withCache = module as { enableCompileCache?: () => unknown }
withCache.enableCompileCache?.()

const { runCli } = await import('./cli/main.js')

// Colour only on a terminal, and never when NO_COLOR is set to anything (https://no-color.org).
const colour = (stream: NodeJS.WriteStream) => stream.isTTY === true && !process.env.NO_COLOR

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: { write: text => process.stdout.write(text), colour: colour(process.stdout) },
  stderr: { write: text => process.stderr.write(text), colour: colour(process.stderr) }
})
