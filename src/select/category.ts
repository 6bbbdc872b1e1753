/**
 * Which listings belong to a board's category. A listing that names its own categories is
 * judged by them alone; one without is judged by whole-word keywords in its title.
 */
import type { Listing } from '../model.js'
import { memoized } from '../memo.js'
import { escapeRegExp } from '../regexp.js'

/**
 * Built-in title keywords per category. A space inside a keyword also matches "-", "_" or
 * nothing, so "back end" matches "Backend", "Back-End" and "back end".
 */
export const CATEGORY_KEYWORDS: Readonly<Record<string, readonly string[]>> = {
  backend: ['back end', 'server side'],
  frontend: ['front end', 'ui engineer', 'ui developer', 'react developer', 'angular', 'vue'],
  'full-stack': ['full stack'],
  'software-engineering': [
    'software engineer',
    'software engineering',
    'software developer',
    'software development',
    'programmer'
  ],
  data: [
    'data engineer',
    'data engineering',
    'data scientist',
    'data science',
    'data analyst',
    'data analytics',
    'analytics engineer',
    'etl',
    'business intelligence'
  ],
  devops: [
    'dev ops',
    'sec ops',
    'site reliability',
    'sre',
    'platform engineer',
    'infrastructure engineer',
    'cloud engineer'
  ],
  mobile: ['mobile', 'ios', 'android', 'react native', 'flutter'],
  ml: [
    'ml',
    'ml ops',
    'machine learning',
    'deep learning',
    'ai engineer',
    'computer vision',
    'nlp',
    'llm'
  ]
}

/**
 * A test for one category, built once per run.
 * @param category the board's category, any case ("Full Stack" and "full-stack" are one).
 * @param keywords title keywords replacing the category's built-in ones; default: the
 *   built-in keywords, or for a category without them its own name ("site-reliability"
 *   matches "Site Reliability Engineer").
 */
export function categoryMatcher(
  category: string,
  keywords?: readonly string[]
): (listing: Pick<Listing, 'categories' | 'title'>) => boolean {
  const wanted = categoryKey(category)
  const title = keywordPattern(keywords?.length ? keywords : defaultKeywords(category))
  // A feed names the same few categories in every record: each name's key is made once.
  const keyOf = memoized(categoryKey)
  // An empty list names no category: the title decides, as for a record without the field.
  return listing =>
    listing.categories?.length
      ? listing.categories.some(named => keyOf(named) === wanted)
      : title.test(listing.title)
}

/** Case, spaces, hyphens and underscores ignored: "Full Stack", "full-stack", "fullstack". */
export function categoryKey(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '')
}

const presetsByKey = new Map(
  Object.entries(CATEGORY_KEYWORDS).map(([name, keywords]) => [categoryKey(name), keywords])
)

function defaultKeywords(category: string): readonly string[] {
  return presetsByKey.get(categoryKey(category)) ?? [category]
}

/** Matches any keyword as whole words, case-insensitively; separators inside a keyword flex. */
function keywordPattern(keywords: readonly string[]): RegExp {
  const alternatives = keywords
    .map(keyword =>
      keyword
        .split(/[\s_-]+/)
        .filter(Boolean)
        .map(escapeRegExp)
        .join('[\\s_-]*')
    )
    .filter(Boolean)
  if (!alternatives.length) return /(?!)/ // keywords of separators alone match nothing
  const wordChar = '[\\p{L}\\p{M}\\p{N}]'
  return new RegExp(`(?<!${wordChar})(?:${alternatives.join('|')})(?!${wordChar})`, 'iu')
}
