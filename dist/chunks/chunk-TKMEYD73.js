import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);

// package.json
var package_default = {
  name: "jobs-readme",
  version: "0.1.0",
  description: "Keeps a job board README current: rebuilds its openings table, Last updated line and stats between markers, in one commit.",
  license: "MIT",
  type: "module",
  private: true,
  engines: {
    node: ">=20"
  },
  bin: {
    "jobs-readme": "dist/cli.js"
  },
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    lint: "eslint .",
    format: "prettier --write .",
    "format:check": "prettier --check .",
    test: "npm run build && NODE_OPTIONS=--experimental-vm-modules jest",
    start: "node scripts/demo.mjs",
    bench: "node bench/run.mjs",
    all: "npm run typecheck && npm run lint && npm run build && npm test",
    gen: "node scripts/gen-action.mjs"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@octokit/rest": "^22.0.1",
    "character-entities-legacy": "^3.0.0",
    "csv-parse": "^7.0.3",
    diff: "^9.0.0",
    entities: "^4.5.0",
    "github-slugger": "^2.0.0",
    "hast-util-from-html": "^2.1.0",
    "hast-util-to-html": "^9.0.7",
    liquidjs: "^10.30.1",
    "markdown-it": "^14.3.3",
    "markdown-it-footnote": "^4.0.0",
    "mdast-util-from-markdown": "^2.1.0",
    "mdast-util-gfm": "^3.1.0",
    "mdast-util-to-hast": "^13.2.2",
    "mdast-util-to-string": "^4.0.0",
    "micromark-extension-gfm": "^3.0.0",
    "micromark-util-sanitize-uri": "^2.0.1",
    remark: "^15.0.1",
    "remark-gfm": "^4.0.1",
    "remark-parse": "^11.0.0",
    undici: "^6.29.1",
    unified: "^11.0.5",
    valibot: "^1.5.0",
    xmlbuilder2: "^4.0.3",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@action-validator/core": "^0.6.0",
    "@eslint/js": "^10.0.1",
    "@jest/globals": "^30.5.2",
    "@octokit/graphql-schema": "^15.26.1",
    "@swc/core": "^1.16.22",
    "@swc/jest": "^0.2.39",
    "@types/markdown-it": "^14.2.0",
    "@types/mdast": "^4.0.4",
    "@types/node": "^20.19.43",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    "fast-check": "^4.10.2",
    "fast-xml-parser": "^5.12.1",
    graphql: "^16.15.0",
    jest: "^30.5.2",
    "mdast-util-gfm-table": "^2.0.1",
    "mdast-util-to-markdown": "^2.2.3",
    mermaid: "^11.17.2",
    "micromark-extension-gfm-table": "^2.1.2",
    node: "^24.21.0",
    "playwright-core": "^1.65.1",
    prettier: "^3.10.1",
    typescript: "5.9",
    "typescript-eslint": "^8.73.0"
  },
  allowScripts: {
    esbuild: true,
    node: true,
    "@swc/core": true,
    "@parcel/watcher": false
  }
};

export {
  package_default
};
