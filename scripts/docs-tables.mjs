// The README's inputs and outputs tables, built from action.yml (the file workflows actually run).
// Pure functions: scripts/gen-docs.mjs writes their result into README.md, and
// __tests__/docs/ checks that README.md holds exactly what they produce.

/**
 * Markdown tables of an action's inputs (name, description, default, required) and outputs.
 * @param {{ inputs?: Record<string, { description?: string, default?: unknown, required?: boolean }>,
 *           outputs?: Record<string, { description?: string }> }} action  action.yml, parsed
 * @returns {{ inputs: string, outputs: string }}
 */
export function actionTables(action) {
  const inputs = Object.entries(action.inputs ?? {}).map(([name, input]) => [
    codeSpan(name),
    cellText(input.description),
    input.default === undefined ? '' : codeSpan(String(input.default)),
    input.required ? 'yes' : 'no'
  ])
  const outputs = Object.entries(action.outputs ?? {}).map(([name, output]) => [
    codeSpan(name),
    cellText(output.description)
  ])
  return {
    inputs: table(['Input', 'Description', 'Default', 'Required'], inputs),
    outputs: table(['Output', 'Description'], outputs)
  }
}

/**
 * Replaces the text between `<!-- gen:NAME:start -->` and `<!-- gen:NAME:end -->` with `blocks[NAME]`,
 * for each name; every other byte of the README stays. Throws when a block's markers are missing.
 * @param {string} readme
 * @param {Record<string, string>} blocks
 * @returns {string}
 */
export function replaceGeneratedBlocks(readme, blocks) {
  let text = readme
  for (const [name, content] of Object.entries(blocks)) {
    const { start, end } = blockMarkers(name)
    const from = text.indexOf(start)
    const to = text.indexOf(end, from)
    if (from === -1 || to === -1)
      throw new Error(
        `README.md has no generated ${name} block: put ${start} and ${end} where the ${name} table goes.`
      )
    text = `${text.slice(0, from + start.length)}\n${content}${text.slice(to)}`
  }
  return text
}

/**
 * The text between a block's markers, or undefined when the README lacks them.
 * @param {string} readme
 * @param {string} name
 * @returns {string | undefined}
 */
export function generatedBlock(readme, name) {
  const { start, end } = blockMarkers(name)
  const from = readme.indexOf(start)
  const to = readme.indexOf(end, from)
  return from === -1 || to === -1 ? undefined : readme.slice(from + start.length + 1, to)
}

function blockMarkers(name) {
  return { start: `<!-- gen:${name}:start -->`, end: `<!-- gen:${name}:end -->` }
}

function table(header, rows) {
  const line = cells => `| ${cells.join(' | ')} |\n`
  return line(header) + line(header.map(() => '---')) + rows.map(line).join('')
}

/** Description text for a table cell: one line, shown literally (no Markdown, no HTML, no cell break). */
function cellText(text = '') {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*[\]<>|]/g, '\\$&')
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_') // inside a word (utm_source) it cannot start emphasis
}

/** A code span that survives backticks and pipes in the value (a pipe would end the cell). */
function codeSpan(value) {
  const longestRun = Math.max(0, ...(value.match(/`+/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(longestRun + 1)
  const padding = value.startsWith('`') || value.endsWith('`') ? ' ' : ''
  return `${fence}${padding}${value.replace(/\|/g, '\\|')}${padding}${fence}`
}
