/** Issue-form bodies as GitHub writes them, read into answers by label. */
import { describe, expect, it } from '@jest/globals'
import { parseIssueForm } from '../../src/contribute/form.js'

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
})
