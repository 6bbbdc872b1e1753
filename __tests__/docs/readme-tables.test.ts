import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import {
  actionTables,
  generatedBlock,
  replaceGeneratedBlocks,
  type ActionMetadata
} from '../../scripts/docs-tables.mjs'
import { renderGfm } from '../helpers/cmark.js'

const root = new URL('../../', import.meta.url)
const read = (path: string) => readFileSync(new URL(path, root), 'utf8')

/** The rows of the first rendered table, as the text a reader sees in each cell. */
function renderedRows(markdown: string): string[][] {
  const html = renderGfm(markdown)
  return [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
    [...row!.matchAll(/<t[hd]>([\s\S]*?)<\/t[hd]>/g)].map(([, cell]) => htmlText(cell!))
  )
}

function htmlText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

const actionWith = (inputs: ActionMetadata['inputs'], outputs: ActionMetadata['outputs'] = {}) => ({
  inputs,
  outputs
})

describe('README.md', () => {
  const readme = read('README.md')
  const tables = actionTables(parse(read('action.yml')) as ActionMetadata)

  it.each(['inputs', 'outputs'] as const)(
    'has the %s table generated from action.yml (run `node scripts/gen-docs.mjs` after changing inputs)',
    name => {
      expect(generatedBlock(readme, name)).toBe(tables[name])
    }
  )
})

describe('actionTables', () => {
  it('lists every input with its description, default and whether it is required', () => {
    const { inputs } = actionTables(
      actionWith({
        listings: { description: 'Where the listings come from.', required: true },
        'max-rows': { description: 'The most rows.', required: false, default: '50' }
      })
    )
    expect(renderedRows(inputs)).toEqual([
      ['Input', 'Description', 'Default', 'Required'],
      ['listings', 'Where the listings come from.', '', 'yes'],
      ['max-rows', 'The most rows.', '50', 'no']
    ])
  })

  it('lists every output with its description', () => {
    const { outputs } = actionTables(actionWith({}, { jobs: { description: 'Openings shown.' } }))
    expect(renderedRows(outputs)).toEqual([
      ['Output', 'Description'],
      ['jobs', 'Openings shown.']
    ])
  })

  it('shows descriptions and defaults literally, whatever characters they hold', () => {
    const description =
      'Markers like <!-- jobs:openings:start -->, a | pipe, *stars*, _underscores_, utm_source, [a](link), a \\ backslash and `ticks`.'
    const { inputs } = actionTables(
      actionWith({
        tricky: { description, default: '${{ github.token }} | `x`' }
      })
    )
    expect(renderedRows(inputs)[1]).toEqual([
      'tricky',
      description,
      '${{ github.token }} | `x`',
      'no'
    ])
  })

  it('keeps a multi-line description on one row', () => {
    const { inputs } = actionTables(
      actionWith({ labels: { description: 'First line.\nSecond line.\n' } })
    )
    expect(renderedRows(inputs)[1]![1]).toBe('First line. Second line.')
  })
})

describe('replaceGeneratedBlocks', () => {
  const readme =
    '# Action\n\n## Inputs\n\n<!-- gen:inputs:start -->\nold table\n<!-- gen:inputs:end -->\n\nEnd.  \n'

  it('replaces only the text between the markers', () => {
    expect(replaceGeneratedBlocks(readme, { inputs: '| new |\n' })).toBe(
      '# Action\n\n## Inputs\n\n<!-- gen:inputs:start -->\n| new |\n<!-- gen:inputs:end -->\n\nEnd.  \n'
    )
  })

  it('changes nothing when the block is already current', () => {
    expect(replaceGeneratedBlocks(readme, { inputs: 'old table\n' })).toBe(readme)
  })

  it('says which markers to add when a block is missing', () => {
    expect(() => replaceGeneratedBlocks(readme, { outputs: '| x |\n' })).toThrow(
      'put <!-- gen:outputs:start --> and <!-- gen:outputs:end -->'
    )
  })
})
