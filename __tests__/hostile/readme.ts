/**
 * READMEs for the hostile tests, built from blocks so that the test knows every byte outside
 * the zones, and can check that a run left each of them alone.
 */
import type { ZoneName } from '../../src/zones/find.js'

/** A line of text, or a zone: its start marker, its content lines, its end marker. */
export type Block = string | { zone: ZoneName; content?: string[] }

export interface ReadmeOptions {
  /** Default '\n'. */
  eol?: '\n' | '\r\n' | '\r'
  /** Default false. */
  bom?: boolean
  /** Default true. */
  finalNewline?: boolean
}

export interface ReadmeTemplate {
  text: string
  /** The bytes around the zones' contents, in order: before the first, between, after the last. */
  outside: string[]
}

export function buildReadme(blocks: Block[], options: ReadmeOptions = {}): ReadmeTemplate {
  const { eol = '\n', bom = false, finalNewline = true } = options
  const lines = blocks.flatMap(block =>
    typeof block === 'string'
      ? [{ text: block }]
      : [
          { text: marker(block.zone, 'start'), opens: true },
          ...(block.content ?? []).map(text => ({ text, inZone: true })),
          { text: marker(block.zone, 'end'), closes: true }
        ]
  )
  const outside = [bom ? '\uFEFF' : '']
  const zones: string[] = []
  lines.forEach((line, index) => {
    const text = line.text + (index < lines.length - 1 || finalNewline ? eol : '')
    if ('inZone' in line) zones[zones.length - 1] += text
    else outside[outside.length - 1] += text
    if ('opens' in line) {
      outside.push('')
      zones.push('')
    }
  })
  return { text: outside.map((part, index) => part + (zones[index] ?? '')).join(''), outside }
}

export function marker(zone: ZoneName, edge: 'start' | 'end', prefix = 'jobs'): string {
  return `<!-- ${prefix}:${zone}:${edge} -->`
}

/**
 * The zones' contents of `readme`, found by the exact bytes the template has around them.
 * Throws when a byte outside the zones changed.
 */
export function zoneContents(readme: string, template: ReadmeTemplate): string[] {
  const [first, ...rest] = template.outside
  if (!readme.startsWith(first!)) throw new Error('the bytes before the first zone changed')
  const contents: string[] = []
  let offset = first!.length
  for (const [index, outside] of rest.entries()) {
    const found =
      index === rest.length - 1 ? readme.length - outside.length : readme.indexOf(outside, offset)
    if (found < offset || !readme.startsWith(outside, found))
      throw new Error(`the bytes after zone ${index + 1} changed`)
    contents.push(readme.slice(offset, found))
    offset = found + outside.length
  }
  return contents
}

export interface ReadmeShape {
  eol: '\n' | '\r\n'
  bom: boolean
  finalNewline: boolean
  /** The order the three zones appear in. */
  order: ZoneName[]
}

/**
 * A README with the three zones, each holding a stale line, around text that is hard to
 * leave alone: marker look-alikes in a code fence, indented code and an HTML block,
 * trailing spaces and tabs, a setext heading, no table and no link of its own.
 */
export function hardReadme({ order, ...options }: ReadmeShape): ReadmeTemplate {
  const stale = (zone: ZoneName) => ({ zone, content: ['stale content'] })
  return buildReadme(
    [
      '# Jobs  ',
      '',
      'Setext heading\t',
      '===',
      stale(order[0]!),
      '',
      '```markdown',
      marker('openings', 'start'),
      '| not | a zone |',
      marker('openings', 'end'),
      '```',
      stale(order[1]!),
      '',
      '    ' + marker('stats', 'end'),
      '',
      '<div>',
      marker('updated', 'start'),
      '</div>',
      '',
      '\u00a0trailing \t',
      stale(order[2]!),
      '',
      '_the end_'
    ],
    options
  )
}
