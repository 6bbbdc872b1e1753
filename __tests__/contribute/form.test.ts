/** Issue-form bodies as GitHub writes them, read into answers by label. */
import { describe, expect, it } from '@jest/globals'
import { MAX_NESTING, parseIssueForm } from '../../src/contribute/form.js'

describe('parseIssueForm', () => {
  it('reads each "### Label" section, leaving out "_No response_"', () => {
    const form = parseIssueForm(
      '### Company\n\nAcme\n\n### Salary\n\n_No response_\n\n### Title\n\nBackend Engineer\n'
    )
    expect([...form.keys()]).toEqual(['Company', 'Title'])
    expect(form.get('Title')?.text).toBe('Backend Engineer')
  })

  it('reads a dropdown allowing several options as its items', () => {
    expect(parseIssueForm('### Categories\n\nbackend, data\n').get('Categories')?.items).toEqual([
      'backend',
      'data'
    ])
  })

  it.each(['backend,data', 'backend , data,', ' backend,,data '])(
    'reads a list typed with commas (%j) as its items, none empty',
    typed => {
      expect(parseIssueForm(`### Categories\n\n${typed}\n`).get('Categories')?.items).toEqual([
        'backend',
        'data'
      ])
    }
  )

  it.each([
    ['Zeta Co <!-- internal note -->', 'Zeta Co'],
    ['Zeta <!-- a --> Co', 'Zeta  Co'],
    ['Zeta Co <!-- left open', 'Zeta Co'],
    ['<!-- only a note -->', undefined]
  ])('reads %j without the HTML comments GitHub hides: %j', (typed, read) => {
    expect(parseIssueForm(`### Company\n\n${typed}\n`).get('Company')?.text).toBe(read)
  })

  it('keeps a comment in a code block, which GitHub shows', () => {
    const body = '### Notes\n\n```\n<!-- shown -->\n```\n'
    expect(parseIssueForm(body).get('Notes')?.text).toBe('<!-- shown -->')
  })

  it('reads checkboxes as the labels ticked', () => {
    const form = parseIssueForm('### Terms\n\n- [x] Remote\n- [ ] Visa\n- [X] Relocation\n')
    expect(form.get('Terms')?.items).toEqual(['Remote', 'Relocation'])
  })

  it('keeps a heading-like line inside a code block part of its answer', () => {
    const form = parseIssueForm(
      '### Description\n\n```text\n### not a label\nmore\n```\n\n### Title\n\nT\n'
    )
    expect(form.get('Description')?.text).toBe('### not a label\nmore')
    expect(form.get('Title')?.text).toBe('T')
  })

  it('gives Markdown and HTML as typed, not rendered', () => {
    const typed = '**bold** <b>x</b> [l](javascript:alert(1))'
    expect(parseIssueForm(`### Company\n\n${typed}\n`).get('Company')?.text).toBe(typed)
  })

  it('reads answers as typed whatever inline syntax they hold, emphasis runs of a form’s whole length too', () => {
    const runs = '*_'.repeat(30_000)
    const form = parseIssueForm(`### Company\n\n${runs}\n\n### Title\n\n[x](y) <b> \`c\`\n`)
    expect(form.get('Company')?.text).toBe(runs)
    expect(form.get('Title')?.text).toBe('[x](y) <b> `c`')
  })

  it('reads lists and quotes nested as deep as the limit', () => {
    const nested = '> '.repeat(MAX_NESTING) + 'Acme'
    expect(parseIssueForm(`### Company\n\n${nested}\n`).get('Company')?.text).toBe(nested)
  })

  it.each([
    ['lists', '- '.repeat(4000)],
    ['numbered lists', '1. '.repeat(4000)],
    ['quotes', '> '.repeat(8000)],
    ['quotes without spaces', '>'.repeat(8000)],
    ['lists inside quotes', '> - '.repeat(2000)],
    [
      'lists nested by indentation',
      Array.from({ length: 200 }, (_, i) => `${' '.repeat(2 * i)}- a`).join('\n')
    ]
  ])(
    'refuses %s nested thousands deep, naming the line, instead of exhausting the stack',
    (_, nested) => {
      expect(() => parseIssueForm(`### Company\n\nAcme\n\n### Title\n\n${nested}\n`)).toThrow(
        new RegExp(
          `^line \\d+ of the form nests lists or quotes \\d+ deep, and the board reads at most ${MAX_NESTING}: write each answer as plain text$`
        )
      )
    }
  )
})
