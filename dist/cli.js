#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/cli.ts
import module from "node:module";
var withCache = module;
withCache.enableCompileCache?.();
var { runCli } = await import("./chunks/main-NCRFGG5T.js");
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text)
});
