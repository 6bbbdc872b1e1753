#!/usr/bin/env node
import module from 'node:module'

// Node 22+ can keep the compiled bundle on disk between runs (in the system's temp folder),
// which halves the start-up of every later run. It must be on before the bundle loads, hence
// the dynamic import below. Node 20 has no such cache and simply compiles each time.
const withCache = module as { enableCompileCache?: () => unknown }
withCache.enableCompileCache?.()

const { runCli } = await import('./cli/main.js')

// A reader that stops early (`| head -1`) closes the pipe: what is left to print has no reader,
// and the run goes on to its end (its files are written whole or not at all) and its exit code.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error
  })

// Colour only on a terminal, and never when NO_COLOR is set to anything (https://no-color.org).
const colour = (stream: NodeJS.WriteStream) => stream.isTTY === true && !process.env.NO_COLOR

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: { write: text => process.stdout.write(text), colour: colour(process.stdout) },
  stderr: { write: text => process.stderr.write(text), colour: colour(process.stderr) }
})
