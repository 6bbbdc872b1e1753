import { describe, expect, it } from '@jest/globals'
import { parseBoards } from '../../src/config/boards.js'
import { DEFAULT_TABLE } from '../../src/config/table.js'

const FILE = '.github/boards.yml'

describe('a board’s table in the boards file', () => {
  it('takes a nested table mapping with its columns', async () => {
    const [board] = await parseBoards(
      `
boards:
  - readme: README.md
    locale: de-DE
    table:
      format: html
      columns:
        - header: Firma
          cell: "**{{ company }}**"
        - header: Datum
          align: right
          cell: "{{ posted_at | date }}"
`,
      { listings: 'listings.json' },
      FILE
    )
    expect(board!.locale).toBe('de-DE')
    expect(board!.table).toEqual({
      format: 'html',
      columns: [
        {
          header: 'Firma',
          align: null,
          delimiter: '---',
          cell: '**{{ company }}**',
          posting: false
        },
        {
          header: 'Datum',
          align: 'right',
          delimiter: '---:',
          cell: '{{ posted_at | date }}',
          posting: false
        }
      ]
    })
  })

  it('is the default table without one', async () => {
    const [board] = await parseBoards(
      'boards:\n  - readme: README.md\n',
      { listings: 'l.json' },
      FILE
    )
    expect(board!.table).toBe(DEFAULT_TABLE)
    expect(board!.locale).toBe('en-US')
  })

  it('says which board and column is wrong', async () => {
    await expect(
      parseBoards(
        'boards:\n  - readme: README.md\n    table:\n      columns:\n        - cell: "{{ x | nope }}"\n',
        { listings: 'l.json' },
        FILE
      )
    ).rejects.toThrow(/board 1: Input "table": column 1: the cell is not a valid Liquid template/)
  })

  it('takes the attributes an HTML table writes, and refuses them elsewhere', async () => {
    const table = (format: string, attributes: string) =>
      `boards:\n  - readme: README.md\n    table:\n      format: ${format}\n      attributes: ${attributes}\n      columns:\n        - cell: "{{ x }}"\n          header-attributes: { style: "width: 25%", width: 120 }\n`
    const [board] = await parseBoards(
      table('html', '{ style: "width: 100%" }'),
      { listings: 'l.json' },
      FILE
    )
    expect(board!.table.attributes).toEqual({ style: 'width: 100%' })
    expect(board!.table.columns[0]!.headerAttributes).toEqual({ style: 'width: 25%', width: '120' })
    await expect(
      parseBoards(table('pipe', '{ style: "width: 100%" }'), { listings: 'l.json' }, FILE)
    ).rejects.toThrow(/header-attributes and cell-attributes are for format: html/)
    await expect(
      parseBoards(table('html', '[wide]'), { listings: 'l.json' }, FILE)
    ).rejects.toThrow(/"attributes" must map attribute names to values/)
  })
})
