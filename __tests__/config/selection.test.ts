import { describe, expect, it } from '@jest/globals'
import { parseBoards } from '../../src/config/boards.js'
import { BoardError } from '../../src/errors.js'

const raw = { listings: 'jobs.json' }
const boards = (options: string) =>
  parseBoards(
    `boards:\n  - readme: README.md\n${options.replace(/^/gm, '    ')}\n`,
    raw,
    'boards.yml'
  )

describe('selection and rows in the boards file', () => {
  it('reads filters, sort keys and row options', async () => {
    const [board] = await boards(
      [
        'visible: is_visible',
        'select:',
        '  any:',
        '    - not: { field: source, equals: Simplify }',
        '    - { field: title, contains-any: [new grad, junior], words: true }',
        '    - { field: title, ends-with: engineer i }',
        'sort:',
        '  - active',
        '  - { field: posted_at, by: day, timezone: America/Los_Angeles, order: desc }',
        '  - { field: company, ignore-case: true, order: desc }',
        'dedupe: false',
        'closed: details',
        'repeat-company: "↳"',
        'company-url: fill'
      ].join('\n')
    )
    expect(board!.selection).toEqual({
      visible: 'is_visible',
      dedupe: false,
      filter: {
        any: [
          { not: expect.objectContaining({ field: 'source', equals: 'Simplify' }) },
          expect.objectContaining({
            field: 'title',
            containsAny: ['new grad', 'junior'],
            words: true
          }),
          expect.objectContaining({ field: 'title', endsWith: ['engineer i'] })
        ]
      },
      sort: [
        { field: 'active', order: 'asc', ignoreCase: false },
        {
          field: 'posted_at',
          order: 'desc',
          by: 'day',
          timezone: 'America/Los_Angeles',
          ignoreCase: false
        },
        { field: 'company', order: 'desc', ignoreCase: true }
      ]
    })
    expect(board!.rowShape).toEqual({
      closed: 'details',
      repeatCompany: '↳',
      repeatCompanyWhen: 'same-day',
      ageDays: 'elapsed',
      companyUrl: 'fill'
    })
  })

  it('reads a sort key of several fields, compared as one text', async () => {
    const [board] = await boards(
      'sort: [{ fields: [date_posted, company_name, date_updated], ignore-case: true, order: desc }]'
    )
    expect(board!.selection?.sort).toEqual([
      {
        field: 'date_posted',
        joinedWith: ['company_name', 'date_updated'],
        order: 'desc',
        ignoreCase: true
      }
    ])
  })

  it('reads ignore-case: false on a filter, for text compared as written', async () => {
    const [board] = await boards(
      'select: [{ field: terms, contains-any: Summer 2025, ignore-case: false }, { not: { field: source, equals: Simplify } }]'
    )
    expect(board!.selection?.filter).toEqual({
      all: [
        expect.objectContaining({
          field: 'terms',
          containsAny: ['Summer 2025'],
          ignoreCase: false
        }),
        { not: expect.not.objectContaining({ ignoreCase: expect.anything() }) }
      ]
    })
  })

  it('reads company-url: fill-shown', async () => {
    const [board] = await boards('company-url: fill-shown')
    expect(board!.rowShape).toEqual({
      closed: 'drop',
      repeatCompanyWhen: 'same-day',
      ageDays: 'elapsed',
      companyUrl: 'fill-shown'
    })
  })

  it('reads repeat-company-when: same-age', async () => {
    const [board] = await boards('repeat-company: "↳"\nrepeat-company-when: same-age')
    expect(board!.rowShape).toMatchObject({ repeatCompany: '↳', repeatCompanyWhen: 'same-age' })
  })

  it('defaults to today: no filter, newest first, deduped, closed dropped', async () => {
    const [board] = await boards('max-rows: 5')
    expect(board!.selection).toEqual({ dedupe: true })
    expect(board!.rowShape).toEqual({
      closed: 'drop',
      repeatCompanyWhen: 'same-day',
      ageDays: 'elapsed',
      companyUrl: 'as-given'
    })
  })

  it.each([
    [
      'select: { field: terms, matches: x }',
      /board 1: "select.matches" is not a test; use equals, one-of/
    ],
    ['select: { field: terms }', /needs a test/],
    // A misspelled key is named, not the key it then misses.
    ['select: { feild: terms, equals: x }', /board 1: "select.feild" is not a test; use equals/],
    [
      'select: { any: [{ field: a, equals: x }, { fild: b, equals: y }] }',
      /"select.any.1.fild" is not a test/
    ],
    ['sort: [{ feild: company }]', /board 1: "sort.0.feild" is not a sort key; use field/],
    ['select: { equals: x }', /board 1: "select.field" is missing$/],
    ['sort: [{ field: x, order: up }]', /"sort.0.order" must be asc or desc/],
    ['sort: [{ field: x, by: day, timezone: Mars/Olympus }]', /not an IANA time zone/],
    ['sort: [{ fields: [date_posted] }]', /"sort.0.fields" must name two fields or more/],
    ['sort: [{ fields: [a, b], by: day }]', /by: day takes one date, written as field/],
    ['sort: [{ fields: [a, b], field: c }]', /is not a sort key; use field \(or fields\)/],
    ['sort: [{ fields: a }]', /"sort.0.fields" must be a list of field names/],
    ['closed: hide', /"closed" must be drop, mark or details/],
    [
      'select: { field: source, equals: x, ignore-case: no }',
      /"select.ignore-case" must be true or false/
    ],
    ['company-url: shown', /"company-url" must be as-given, fill or fill-shown/],
    [
      'repeat-company: "↳"\nrepeat-company-when: same-date',
      /board 1: "repeat-company-when" must be same-day, same-age or same-date-text/
    ],
    ['repeat-company-when: same-age', /"repeat-company-when" needs repeat-company/],
    [
      'select: { field: posted_at, after: "12/04/2026" }',
      /board 1: "select.after" is "12\/04\/2026", a day whose day and month change places from country to country, so no listing would pass it; write a date as YYYY-MM-DD/
    ],
    [
      'select: { any: [{ field: work_type, equals: remote }, { field: posted_at, before: "04/12/2026" }] }',
      /"select.any.1.before" is "04\/12\/2026", a day whose day and month/
    ],
    [
      'select: { field: closes, after: "Dec 4" }',
      /"select.after" is "Dec 4", neither a date nor a number, so no listing would pass it; write a date as YYYY-MM-DD \(2026-12-04\), a date-time as 2026-12-04T09:00:00Z, or a number/
    ],
    ['select: { field: pay, before: true }', /"select.before" is true, neither a date nor a number/]
  ])('refuses %s, saying what is wrong', async (options, message) => {
    const error = await boards(options).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(BoardError)
    expect((error as BoardError).message).toMatch(message)
  })
})
