/**
 * `init` with the listings file beside the README: a mark (🎓 🔥) follows a field only when the
 * field can tell it of a new listing (never a location, a date, a title or a company that a
 * few marked rows share by chance), never one the listing's own text already writes; and the
 * `fields` mapping reads the location field whose values the Location cells show.
 */
import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { read, runCli, scratchDir, writeFiles } from '../helpers/cli.js'

const NOW = '2026-03-20T12:00:00Z'
const BUTTON = (url: string) =>
  `<a href="${url}"><img src="https://i.imgur.com/apply.png" width="50" alt="Apply"></a>`

interface Posting {
  company: string
  title: string
  location: string
  slug: string
  day: number
  /** Before the company cell. */
  hot?: boolean
  /** After the role cell. */
  grad?: boolean
  updated?: number
  /** The hour it was posted at, 10 unless given: the later of a day's rows goes first. */
  hour?: number
}

const postingUrl = (each: Posting) => `https://jobs.${each.slug}.example/${each.day}`

function line(each: Posting): string {
  const company = `${each.hot ? '🔥 ' : ''}**[${each.company}](https://${each.slug}.example)**`
  return `| ${company} | ${each.title}${each.grad ? ' 🎓' : ''} | ${each.location} | ${BUTTON(postingUrl(each))} | Mar ${each.day} |`
}

function readme(rows: Posting[]): string {
  return [
    '# Internships',
    '',
    '| Company | Role | Location | Application | Date Posted |',
    '| --- | --- | --- | :---: | :---: |',
    ...rows.map(line),
    ''
  ].join('\n')
}

function listing(each: Posting, title = each.title) {
  return {
    id: `${each.slug}${each.day}`,
    company: each.company,
    company_url: `https://${each.slug}.example`,
    title,
    location: each.location,
    url: postingUrl(each),
    posted_at: `2026-03-${each.day}T${String(each.hour ?? 10).padStart(2, '0')}:00:00Z`,
    ...(each.updated === undefined ? {} : { date_updated: each.updated }),
    active: true
  }
}

const RUN = ['--now', NOW, '--max-age-days', '0', '--max-rows', '0', '--max-removed-percent', '100']

/** init in a folder with the README and listings, the cell it guessed for `header`. */
function adopt(files: Record<string, string>) {
  const dir = scratchDir()
  writeFiles(dir, files)
  const init = runCli(['init', '--readme', 'README.md'], { cwd: dir })
  expect(init.status).toBe(0)
  const text = read(join(dir, 'jobs-readme.yml'))
  const boards = parseYaml(text) as {
    fields?: string
    boards: { table: { columns: { header: string; cell: string }[] } }[]
  }
  const cell = (header: string) =>
    boards.boards[0]!.table.columns.find(each => each.header === header)!.cell
  return { dir, boards, cell, adopted: read(join(dir, 'README.md')) }
}

function run(dir: string) {
  const result = runCli([...RUN, '--config', 'jobs-readme.yml'], { cwd: dir })
  expect(result.stderr).toBe('')
  expect(result.status).toBe(0)
  return read(join(dir, 'README.md'))
}

describe('init ties a mark to a field only when the field can tell it', () => {
  it('does not take the location two 🎓 rows share for the reason: a new listing there gets none', () => {
    const rows: Posting[] = [
      {
        company: 'Acme',
        title: 'Hardware Intern',
        location: 'Santa Clara, CA',
        slug: 'acme',
        day: 16,
        grad: true
      },
      {
        company: 'Beta',
        title: 'Firmware Intern',
        location: 'San Carlos, CA',
        slug: 'beta',
        day: 16,
        hour: 9
      },
      {
        company: 'Zeta',
        title: 'PhD Intern',
        location: 'Santa Clara, CA',
        slug: 'zeta',
        day: 15,
        grad: true
      },
      {
        company: 'Gamma',
        title: 'Validation Intern',
        location: 'Auburn Hills, MI',
        slug: 'gamma',
        day: 15,
        hour: 9
      }
    ]
    const { dir, cell, adopted } = adopt({
      'README.md': readme(rows),
      'listings.json': JSON.stringify(rows.map(each => listing(each)))
    })
    expect(cell('Role')).not.toContain('location')
    expect(cell('Role')).toContain(
      `{% case url %}{% when "${postingUrl(rows[0]!)}", "${postingUrl(rows[2]!)}" %} 🎓{% endcase %}`
    )
    expect(run(dir)).toBe(adopted)
    const added: Posting = {
      company: 'Delta',
      title: 'Software Intern',
      location: 'Santa Clara, CA',
      slug: 'delta',
      day: 19
    }
    writeFiles(dir, {
      'listings.json': JSON.stringify([added, ...rows].map(each => listing(each)))
    })
    const after = run(dir)
    expect(after).toContain(`${line(added)}\n`)
    expect(after.replace(`${line(added)}\n`, '')).toBe(adopted)
  })

  it('does not take a timestamp two 🔥 rows share for the reason', () => {
    const rows: Posting[] = [
      {
        company: 'Apple',
        title: 'Hardware Intern',
        location: 'Cupertino, CA',
        slug: 'apple',
        day: 16,
        hot: true,
        updated: 1773900000
      },
      {
        company: 'Beta',
        title: 'Firmware Intern',
        location: 'San Carlos, CA',
        slug: 'beta',
        day: 16,
        hour: 9,
        updated: 1773800000
      },
      {
        company: 'Google',
        title: 'Research Intern',
        location: 'NYC',
        slug: 'google',
        day: 15,
        hot: true,
        updated: 1773900000
      },
      {
        company: 'Gamma',
        title: 'Validation Intern',
        location: 'Auburn Hills, MI',
        slug: 'gamma',
        day: 15,
        hour: 9,
        updated: 1773700000
      }
    ]
    const { dir, cell, adopted } = adopt({
      'README.md': readme(rows),
      'listings.json': JSON.stringify(rows.map(each => listing(each)))
    })
    expect(cell('Company')).not.toContain('date_updated')
    expect(run(dir)).toBe(adopted)
    // Google's listing edited, a new one of the same batch: the README's marks stay as they are.
    const edited = rows.map(each => listing(each))
    edited[2]!.date_updated = 1773990000
    const added: Posting = {
      company: 'Delta',
      title: 'Software Intern',
      location: 'Austin, TX',
      slug: 'delta',
      day: 19,
      updated: 1773900000
    }
    writeFiles(dir, { 'listings.json': JSON.stringify([listing(added), ...edited]) })
    const after = run(dir)
    expect(after).toContain(`${line(added)}\n`)
    expect(after.replace(`${line(added)}\n`, '')).toBe(adopted)
  })

  it('adds no mark the listing title already ends in: the first run writes 🎓 once', () => {
    const rows: Posting[] = [
      {
        company: 'Acme',
        title: 'Hardware Intern',
        location: 'Santa Clara, CA',
        slug: 'acme',
        day: 16,
        grad: true
      },
      {
        company: 'Beta',
        title: 'Firmware Intern',
        location: 'San Carlos, CA',
        slug: 'beta',
        day: 16,
        hour: 9
      },
      {
        company: 'Zeta',
        title: 'PhD Intern',
        location: 'Santa Clara, CA',
        slug: 'zeta',
        day: 15,
        grad: true
      },
      {
        company: 'Gamma',
        title: 'Validation Intern',
        location: 'Auburn Hills, MI',
        slug: 'gamma',
        day: 15,
        hour: 9
      }
    ]
    const { dir, cell, adopted } = adopt({
      'README.md': readme(rows),
      'listings.json': JSON.stringify(
        rows.map(each => listing(each, each.grad ? `${each.title} 🎓` : each.title))
      )
    })
    expect(cell('Role')).toBe('{{ title }}')
    const after = run(dir)
    expect(after).not.toContain('🎓 🎓')
    expect(after).toBe(adopted)
  })
})

describe('init maps the location field whose values the Location cells show', () => {
  it('reads locations (["NYC"]) over a location ("US") the table does not show', () => {
    const text = [
      '# Jobs',
      '',
      '| Company | Role | Location | Link | Date Posted |',
      '| --- | --- | --- | --- | --- |',
      '| **Acme** | SWE Intern | NYC | [Apply](https://acme.example/1) | Mar 16 |',
      '| **Beta** | Data Intern | Austin, TX | [Apply](https://beta.example/2) | Mar 14 |',
      ''
    ].join('\n')
    const records = [
      {
        id: 'a1',
        company_name: 'Acme',
        title: 'SWE Intern',
        locations: ['NYC'],
        location: 'US',
        url: 'https://acme.example/1',
        date_posted: 1773662400,
        date_updated: 1773900000
      },
      {
        id: 'b2',
        company_name: 'Beta',
        title: 'Data Intern',
        locations: ['Austin, TX'],
        location: 'US',
        url: 'https://beta.example/2',
        date_posted: 1773489600,
        date_updated: 1773900000
      }
    ]
    const { dir, boards, adopted } = adopt({
      'README.md': text,
      'listings.json': JSON.stringify(records)
    })
    expect(boards.fields).toContain('location=locations')
    const after = run(dir)
    expect(after).not.toContain('| US |')
    expect(after).toBe(adopted)
  })
})
