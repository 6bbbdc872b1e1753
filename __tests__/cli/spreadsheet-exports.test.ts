/**
 * Listings as people export them from a spreadsheet (Excel, LibreOffice, Google Sheets,
 * Airtable): the CLI reads what such a sheet writes, or says what to change in the sheet.
 */
import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { read, runCli, scratchDir, writeFiles } from '../helpers/cli.js'

const NOW = '2026-12-07T02:00:00Z'
const README = [
  '# Jobs',
  '',
  '<!-- jobs:openings:start -->',
  '<!-- jobs:openings:end -->',
  '',
  '<!-- jobs:stats:start -->',
  '<!-- jobs:stats:end -->',
  ''
].join('\n')

/** Runs the CLI on `csv` as jobs.csv (and any other files); the README it writes, and the run. */
function runOn(csv: string, args: string[] = [], files: Record<string, string> = {}) {
  const dir = scratchDir()
  writeFiles(dir, { 'README.md': README, 'jobs.csv': csv, ...files })
  const run = runCli(['--listings', 'jobs.csv', '--now', NOW, ...args], { cwd: dir })
  return { ...run, readme: read(join(dir, 'README.md')) }
}

describe('an id a spreadsheet wrote in scientific notation', () => {
  const csv = [
    'id,company,title,url,posted_at',
    '1.23457E+17,Acme,Backend Engineer,https://acme.example/1,2026-12-05',
    '1.23457E+17,Globex,Data Engineer,https://globex.example/2,2026-12-04',
    '4.5E+12,Initech,Frontend Dev,https://initech.example/3,2026-12-03'
  ].join('\n')

  it('is no identity: postings sharing it are all shown, and one warning names the column', () => {
    const run = runOn(csv)
    expect(run.status).toBe(0)
    for (const company of ['Acme', 'Globex', 'Initech']) expect(run.readme).toContain(company)
    const warnings = run.stderr.split('\n').filter(line => line.includes('scientific notation'))
    expect(warnings).toEqual([
      expect.stringContaining(
        `The "id" column holds 3 listings' ids (the first, listing #1's, "1.23457E+17") in a spreadsheet's scientific notation`
      )
    ])
    expect(warnings[0]).toContain('format the "id" column as text')
  })

  it('names the mapped column', () => {
    const mapped = csv.replace(/^id,/, 'Job ID,')
    const run = runOn(mapped, ['--fields', 'id=Job ID'])
    expect(run.status).toBe(0)
    expect(run.stderr).toContain('The "Job ID" column holds 3 listings\' ids')
  })
})

describe('a flag column as spreadsheet tools write it', () => {
  it.each([
    ['Airtable', 'checked'],
    ['a German Excel', 'WAHR'],
    ['a French Excel', 'VRAI']
  ])('reads %s true, %s', (_, yes) => {
    const run = runOn(
      [
        'company,title,url,posted_at,active',
        `OpenCo,Backend Dev,https://open.example/1,2026-12-05,${yes}`
      ].join('\n')
    )
    expect(run.status).toBe(0)
    expect(run.stderr).not.toContain('Skipped')
    expect(run.readme).toContain('OpenCo')
  })

  it.each([
    ['a German Excel', 'FALSCH'],
    ['a French Excel', 'Faux'],
    ['a form', 'unchecked']
  ])('reads %s false, %s: the listing is closed, not invalid', (_, no) => {
    const run = runOn(
      [
        'company,title,url,posted_at,active',
        'OpenCo,Backend Dev,https://open.example/1,2026-12-05,yes',
        `ClosedCo,Backend Dev,https://closed.example/1,2026-12-05,${no}`
      ].join('\n')
    )
    expect(run.status).toBe(0)
    expect(run.stderr).not.toContain('Skipped')
    expect(run.readme).toContain('OpenCo')
    expect(run.readme).not.toContain('ClosedCo')
  })

  it('quotes a value it cannot read and lists the words it reads', () => {
    const run = runOn(
      [
        'company,title,url,posted_at,active',
        'OpenCo,Backend Dev,https://open.example/1,2026-12-05,yes',
        'OddCo,Backend Dev,https://odd.example/1,2026-12-05,WAHRR'
      ].join('\n')
    )
    expect(run.stderr).toContain(
      'Skipped listing #2: active: "WAHRR" is not true or false; write one of true/false, yes/no, y/n, on/off, 1/0, checked/unchecked, wahr/falsch, vrai/faux (any case)'
    )
  })
})

describe('a cell listing its values a line each (Alt+Enter)', () => {
  const csv = [
    'company,title,url,posted_at,categories,skills,location',
    'Acme,Platform Engineer,https://acme.example/1,2026-12-05,"backend\ndata","python\r\ngo","Berlin\nMunich"'
  ].join('\n')

  it.each(['backend', 'data'])(
    'is a list of categories: the listing is on the %s board',
    category => {
      const run = runOn(csv, ['--category', category])
      expect(run.status).toBe(0)
      expect(run.readme).toContain('Acme')
    }
  )

  it('is a list of places and of skills, as with commas', () => {
    const lines = runOn(csv)
    const commas = runOn(
      csv.replace('"python\r\ngo"', '"python, go"').replace('"Berlin\nMunich"', '"Berlin; Munich"')
    )
    expect(lines.readme).toContain('| Berlin; Munich |')
    expect(lines.readme).toContain('**Trending Skills:** go, python')
    expect(lines.readme).toBe(commas.readme)
  })
})

describe('a salary with a decimal comma, as a sheet saved in much of Europe writes it', () => {
  const rows = (salaries: string) =>
    runOn(
      [
        'company;title;url;posted_at;salary_min;salary_max;salary',
        `Acme;Backend Dev;https://a.example/1;2026-12-05;${salaries}`
      ].join('\n'),
      [
        '--table',
        '{"columns": [{"header": "Company", "cell": "{{ company }}"}, {"header": "Salary", "cell": "{{ salary }}"}]}'
      ]
    )

  it.each([
    ['72000,00;85000,00;', '$72–85K'],
    ['72.000,00;85.000,50;', '$72–85K'],
    [';;72000,00', '$72K']
  ])('%j is read: two digits after one comma are no thousands group', (salaries, shown) => {
    const run = rows(salaries)
    expect(run.status).toBe(0)
    expect(run.stderr).not.toContain('ignored')
    expect(run.readme).toContain(`| Acme | ${shown} |`)
  })

  it.each([
    ['72000,000;;', 'salary {"min":"72000,000"} ignored: min: "72000,000" has a decimal comma'],
    [';;1,000,00', 'salary "1,000,00" ignored: "1,000,00" has a decimal comma']
  ])('%j, which cannot be told, says how to write the amount', (salaries, message) => {
    const run = rows(salaries)
    expect(run.stderr).toContain(message)
    expect(run.stderr).toContain('write the amount with a point before its cents')
  })
})
