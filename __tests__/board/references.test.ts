/**
 * A cell template's `[text][label]` links and `![alt][label]` images whose labels the README
 * defines stay references, which GitHub resolves against the README's definitions (in an HTML
 * table, which GitHub reads no Markdown in, the definition's url is written); a reference to a
 * label the README does not define is text, as GitHub shows it.
 */
import { describe, expect, it } from '@jest/globals'
import { buildBoards, type BoardIO } from '../../src/board.js'
import { parseSettings } from '../../src/config/config.js'
import { renderGfm } from '../helpers/cmark.js'

const NOW = '2025-10-22T00:00:00Z'

const README = [
  '# Jobs',
  '',
  '<!-- jobs:openings:start -->',
  '<!-- jobs:openings:end -->',
  '',
  '[btn]: https://img.example/apply.png',
  '[Careers Page]: https://careers.example "Careers"',
  '> [jobs]: https://jobs.example',
  ''
].join('\n')

const LISTINGS = [
  {
    id: '1',
    company: 'Acme',
    title: '(https://evil.example) *x* [btn]',
    url: 'https://jobs.example/1',
    posted_at: '2025-10-20T10:00:00Z'
  }
]

const COLUMNS = [
  { header: 'Apply', cell: '[![Apply][btn]]({{ url }})' },
  { header: 'Company', cell: '[{{ company }}][careers  page] [Jobs][] [jobs] ![btn]' },
  { header: 'Title', cell: '[Jobs]{{ title }} [Site][nope] ![x][{{ company }}]' }
]

async function zoneOf(
  format: 'pipe' | 'html',
  { listings = LISTINGS, closed }: { listings?: object[]; closed?: 'mark' } = {}
): Promise<string> {
  const config = JSON.stringify({
    listings: 'jobs.json',
    boards: [{ readme: 'README.md', utm: false, closed, table: { format, columns: COLUMNS } }]
  })
  const files: Record<string, string> = {
    'README.md': README,
    'jobs.json': JSON.stringify(listings),
    'jobs-readme.yml': config
  }
  const io: BoardIO = {
    readFile: async path => files[path],
    listFiles: async () => [],
    warn: () => {}
  }
  const { run, boards } = await parseSettings({ config: 'jobs-readme.yml', now: NOW }).resolve(
    io.readFile
  )
  return (await buildBoards(run, boards, io)).boards[0]!.after
}

/** The HTML of the table's body row, as GitHub renders the README (`index`: of several). */
function row(readme: string, index = 0): string[] {
  const html = renderGfm(readme)
  const body = html.slice(html.indexOf('<tbody>')).split('</tr>')[index] ?? ''
  return [...body.matchAll(/<td>([\s\S]*?)<\/td>/g)].map(match => match[1]!.trim())
}

describe('reference links and images in a cell template', () => {
  it.each(['pipe', 'html'] as const)(
    'link and show what the README defines, the rest as text (%s)',
    async format => {
      const readme = await zoneOf(format)
      const [apply, company, title] = row(readme)
      expect(apply).toBe(
        '<a href="https://jobs.example/1"><img src="https://img.example/apply.png" alt="Apply"' +
          (format === 'pipe' ? ' /></a>' : '></a>')
      )
      expect(company).toBe(
        '<a href="https://careers.example" title="Careers">Acme</a> ' +
          '<a href="https://jobs.example">Jobs</a> <a href="https://jobs.example">jobs</a> ' +
          '<img src="https://img.example/apply.png" alt="btn"' +
          (format === 'pipe' ? ' />' : '>')
      )
      // A value after a shortcut reference is text: it makes no link of it, nor a reference.
      expect(title).toMatch(/^<a href="https:\/\/jobs.example">Jobs<\/a>\(https/)
      expect(title).toContain('*x* [btn] [Site][nope] ![x][Acme]')
      expect(title).not.toContain('evil.example"')
    }
  )

  it.each(['pipe', 'html'] as const)(
    'leave a closed role no image button by reference, which goes with its link (%s)',
    async format => {
      const closed = {
        ...LISTINGS[0]!,
        id: '2',
        company: 'Beta',
        title: 'Closed role',
        url: 'https://jobs.example/2',
        active: false
      }
      const readme = await zoneOf(format, { listings: [...LISTINGS, closed], closed: 'mark' })
      expect(row(readme, 0)[0]).toContain('<a href="https://jobs.example/1"><img')
      // The mark alone, as for an inline image: `[![Apply](…)](url)`.
      expect(row(readme, 1)[0]).toBe('🔒')
      expect(readme).not.toContain('https://jobs.example/2')
    }
  )

  it('are written as the template writes them, in a pipe table', async () => {
    const readme = await zoneOf('pipe')
    expect(readme).toContain(
      '| [![Apply][btn]](https://jobs.example/1) | [Acme][careers  page] [Jobs][] [jobs] ![btn] |'
    )
  })
})
