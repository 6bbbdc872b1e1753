/**
 * Draws the Mermaid diagrams of a Markdown page the way GitHub does: cmark-gfm turns the
 * Markdown into HTML, and each `mermaid` code block's text goes to Mermaid, here in headless
 * Chromium. The page loads nothing from the network: Mermaid's bundle is inlined.
 */

import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { chromium, type Browser } from 'playwright-core'
import { renderGfm } from '../helpers/cmark.js'

/** Debian's `chromium` package. */
export const CHROMIUM = '/usr/bin/chromium'

export function hasChromium(): boolean {
  return existsSync(CHROMIUM)
}

export interface DrawnDiagram {
  /** Mermaid's message when it could not draw the block. */
  error?: string
  /** Every text of the SVG, in document order. */
  texts: string[]
  /** The length of each bar, in SVG units, in the order of the bars. */
  barLengths: number[]
  /** The pie's slices. */
  slices: number
}

export interface MermaidBrowser {
  draw(markdown: string): Promise<DrawnDiagram[]>
  close(): Promise<void>
}

export async function launchMermaidBrowser(): Promise<MermaidBrowser> {
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  return {
    draw: markdown => drawPage(browser, renderGfm(markdown)),
    close: () => browser.close()
  }
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

const MERMAID_BUNDLE = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js')

async function drawPage(browser: Browser, html: string): Promise<DrawnDiagram[]> {
  const page = await browser.newPage()
  try {
    await page.setContent(`<!doctype html><html><body>${html}</body></html>`)
    await page.addScriptTag({ path: MERMAID_BUNDLE })
    return await page.evaluate(drawMermaidBlocks)
  } finally {
    await page.close()
  }
}

/** Runs in the page: draws each mermaid code block in place of its `<pre>` and reads the SVG back. */
async function drawMermaidBlocks(): Promise<DrawnDiagram[]> {
  const mermaid = (globalThis as unknown as { mermaid: MermaidApi }).mermaid
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' })
  const blocks = [...document.querySelectorAll('pre > code.language-mermaid')]
  const drawn: DrawnDiagram[] = []
  for (const [index, block] of blocks.entries()) {
    const holder = document.createElement('div')
    block.parentElement!.replaceWith(holder)
    try {
      holder.innerHTML = (await mermaid.render(`diagram-${index}`, block.textContent ?? '')).svg
    } catch (error) {
      drawn.push({ error: String(error), texts: [], barLengths: [], slices: 0 })
      continue
    }
    const svg = holder.querySelector('svg')!
    drawn.push({
      texts: [...svg.querySelectorAll('text')].map(text => text.textContent ?? ''),
      // Horizontal bars: a bar's length is its width.
      barLengths: [...svg.querySelectorAll('.bar-plot-0 rect')].map(rect =>
        Number(rect.getAttribute('width'))
      ),
      slices: svg.querySelectorAll('path.pieCircle').length
    })
  }
  return drawn
}

// The page's DOM, as far as drawMermaidBlocks uses it (the project compiles without the DOM library).
declare const document: {
  querySelectorAll(selector: string): Iterable<PageElement>
  createElement(tag: string): PageElement
}

interface PageElement {
  textContent: string | null
  innerHTML: string
  parentElement: PageElement | null
  replaceWith(element: PageElement): void
  querySelector(selector: string): PageElement | null
  querySelectorAll(selector: string): Iterable<PageElement> & { length: number }
  getAttribute(name: string): string | null
}

interface MermaidApi {
  initialize(config: object): void
  render(id: string, text: string): Promise<{ svg: string }>
}
