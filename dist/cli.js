#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);

// src/cli.ts
import module from "node:module";
var withCache = module;
withCache.enableCompileCache?.();
var { runCli } = await import("./chunks/main-SPUC7CQW.js");
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (error) => {
    if (error.code !== "EPIPE" && error.code !== "ERR_STREAM_DESTROYED") throw error;
  });
var colour = (stream) => stream.isTTY === true && !process.env.NO_COLOR;
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: { write: (text) => process.stdout.write(text), colour: colour(process.stdout) },
  stderr: { write: (text) => process.stderr.write(text), colour: colour(process.stderr) }
});
