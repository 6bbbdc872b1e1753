/**
 * The references GitHub would make on a rendered comment or issue: a mention (`@octocat`,
 * `@org/team`) notifies someone, an issue reference (`#5`, `owner/repo#5`, `GH-5`) links the
 * issue and leaves a mark on it. GitHub finds them after rendering, one text node at a time,
 * outside links and code; cmark-gfm does not make them, so tests look for them here. The
 * patterns are a little wider than GitHub's (an `@` before a name's first character, whatever
 * follows the name); `Job#479` or `a@b.co`, in one text node, is none.
 */
import type { Element, Root, RootContent } from 'hast'
import { fromHtml } from 'hast-util-from-html'

const REFERENCE = /(?:^|[^a-z0-9_])@[a-z0-9]|(?:^|[^a-z0-9_])(?:#|gh-)\d|\/[\w.-]+#\d/i

/** Each text node of `html` in which GitHub would find a mention or an issue reference. */
export function githubReferences(html: string): string[] {
  const found: string[] = []
  const visit = (node: Root | RootContent, quoted: boolean): void => {
    if (node.type === 'text' && !quoted && REFERENCE.test(node.value)) found.push(node.value)
    if (node.type === 'root' || node.type === 'element') {
      const inside = quoted || (node.type === 'element' && QUOTING.has((node as Element).tagName))
      for (const child of node.children) visit(child, inside)
    }
  }
  visit(fromHtml(html, { fragment: true }), false)
  return found
}

/** Elements whose text GitHub leaves alone. */
const QUOTING = new Set(['a', 'code', 'pre'])
