/**
 * The one table of skills: canonical names with their other spellings, used to merge
 * explicit skill lists (`canonicalSkill`) and to find skills in titles and descriptions
 * (`detectSkills`).
 *
 * Detection is whole-word and case-insensitive, except for spellings that are also
 * ordinary English words:
 * - `exactCase` spellings count only with exactly that capitalization ("React" the
 *   library, not "react" the verb);
 * - `inContext` spellings count only with exactly that capitalization AND beside a
 *   technical neighbour: a list separator `( ) / , ; & |`, or "in", "with", "and", "or",
 *   "using" before it, or "developer", "engineer", "programmer", "and", "or" after it.
 *   So "Backend Developer (Go)", "Python/Go", "Go Engineer" and "experience in Go" find
 *   go; "ready to go", "Go-to-market" and "Go above and beyond" do not. "golang" always does.
 */
import type { Listing } from './model.js'
import { memoized } from './memo.js'
import { escapeRegExp } from './regexp.js'

export interface SkillEntry {
  /** The canonical name: lower case, as stats and listings show it. */
  skill: string
  /** Other spellings, matched in any case. The canonical name always matches too. */
  aliases?: string[]
  /** Spellings matched only in exactly this capitalization. */
  exactCase?: string[]
  /** Spellings matched only in exactly this capitalization and beside a technical neighbour. */
  inContext?: string[]
}

export const SKILLS: readonly SkillEntry[] = [
  { skill: 'python', aliases: ['python3'] },
  { skill: 'java' },
  { skill: 'javascript', aliases: ['js', 'ecmascript', 'es6'] },
  { skill: 'typescript' },
  { skill: 'nodejs', aliases: ['node', 'node.js', 'node js'] },
  { skill: 'go', aliases: ['golang'], inContext: ['Go'] },
  { skill: 'rust' },
  { skill: 'ruby' },
  { skill: 'rails', aliases: ['ruby on rails', 'ror'] },
  { skill: 'php' },
  { skill: 'c#', aliases: ['csharp', 'c sharp'] },
  { skill: 'c++', aliases: ['cpp'] },
  { skill: '.net', aliases: ['dotnet', 'asp.net', '.net core'] },
  { skill: 'kotlin' },
  { skill: 'swift', aliases: ['swiftui'], exactCase: ['Swift'] },
  { skill: 'scala' },
  { skill: 'elixir' },
  { skill: 'dart' },
  { skill: 'flutter' },
  { skill: 'sql' },
  { skill: 'nosql' },
  { skill: 'postgresql', aliases: ['postgres', 'postgre', 'postgre sql'] },
  { skill: 'mysql' },
  { skill: 'mongodb', aliases: ['mongo'] },
  { skill: 'redis' },
  { skill: 'elasticsearch', aliases: ['elastic search'] },
  { skill: 'kafka', aliases: ['apache kafka'] },
  { skill: 'rabbitmq' },
  { skill: 'graphql' },
  { skill: 'api', aliases: ['apis', 'rest api', 'rest apis', 'restful'], exactCase: ['REST'] },
  { skill: 'grpc' },
  { skill: 'microservices', aliases: ['microservice', 'micro-services', 'micro services'] },
  { skill: 'database', aliases: ['databases'] },
  { skill: 'docker' },
  { skill: 'kubernetes', aliases: ['k8s'] },
  { skill: 'aws', aliases: ['amazon web services'] },
  { skill: 'gcp', aliases: ['google cloud', 'google cloud platform'] },
  { skill: 'azure' },
  { skill: 'terraform' },
  { skill: 'ansible' },
  { skill: 'linux' },
  { skill: 'git' },
  { skill: 'ci/cd', aliases: ['cicd', 'ci-cd'] },
  { skill: 'html', aliases: ['html5'] },
  { skill: 'css', aliases: ['css3'] },
  { skill: 'react', aliases: ['reactjs', 'react.js'], exactCase: ['React'] },
  { skill: 'react-native', aliases: ['react native'] },
  { skill: 'nextjs', aliases: ['next.js'] },
  { skill: 'vue', aliases: ['vuejs', 'vue.js'] },
  { skill: 'angular', aliases: ['angularjs'] },
  { skill: 'express', aliases: ['expressjs', 'express.js'] },
  { skill: 'django' },
  { skill: 'flask' },
  { skill: 'fastapi' },
  { skill: 'spring', aliases: ['spring boot', 'springboot'], exactCase: ['Spring'] },
  { skill: 'laravel' },
  { skill: 'spark', aliases: ['apache spark', 'pyspark'], exactCase: ['Spark'] },
  { skill: 'airflow' },
  { skill: 'pandas' },
  { skill: 'tensorflow' },
  { skill: 'pytorch' },
  { skill: 'machine-learning', aliases: ['ml', 'machine learning'] },
  { skill: 'ai', aliases: ['artificial intelligence'] },
  { skill: 'llm', aliases: ['llms'] }
]

/**
 * Lower case, aliases merged; a name the table does not know comes back lower-cased. A feed
 * names the same few hundred skills again and again: each name is looked up once.
 */
export const canonicalSkill = memoized((name: string): string => {
  const spelling = name.trim().replace(/\s+/g, ' ').toLowerCase()
  return SPELLINGS.get(spelling)?.skill ?? spelling
})

/**
 * A listing's skills: the feed's own list, or the skills found in its title and description,
 * found when first asked for. Most listings of a large feed are never shown, and finding skills
 * in a description costs more than reading the listing.
 */
export function skillsOf(listing: Listing): string[] {
  return (listing.skills ??= detectSkills(listing.skillText ?? ''))
}

/** The skills named in `text`, canonical, each once, in order of first mention. */
export function detectSkills(text: string): string[] {
  const mentions = [ANY_CASE_PATTERN, IN_CONTEXT_PATTERN]
    .flatMap(pattern => [...text.matchAll(pattern)])
    .sort((a, b) => a.index - b.index)
  const found = new Set<string>()
  for (const mention of mentions) {
    const written = mention[1] ?? mention[2] ?? ''
    const spelling = SPELLINGS.get(written.replace(/\s+/g, ' ').toLowerCase())
    if (spelling && (spelling.exact === undefined || spelling.exact === written))
      found.add(spelling.skill)
  }
  return [...found]
}

interface Spelling {
  skill: string
  /** Set when only this exact capitalization counts. */
  exact?: string
  /** Counts only beside a technical neighbour. */
  inContext?: boolean
}

/** Lower-case spelling -> what it means. */
const SPELLINGS = spellingTable(SKILLS)

// Skill names contain symbols (c#, c++, .net, node.js, ci/cd), so "whole word" means: not
// glued to a letter, digit, "#", "+" or "." on either side. A dot ending a sentence is fine.
const BEFORE = String.raw`(?<![\w#+.])`
const AFTER = String.raw`(?![\w#+]|\.\w)`
const NEIGHBOUR_BEFORE = String.raw`(?<=(?:[(/,;&|]|\b(?:in|with|and|or|using))\s*)`
const NEIGHBOUR_AFTER = String.raw`(?=\s*(?:[)/,;&|]|(?:developers?|engineers?|programmers?|and|or)\b))`

const anyCase = alternation(spellingsWhere(spelling => !spelling.inContext))
const inContext = alternation(spellingsWhere(spelling => spelling.inContext === true))
const ANY_CASE_PATTERN = new RegExp(`${BEFORE}(${anyCase})${AFTER}`, 'gi')
// The lookahead `(?=…)` changes nothing a pattern matches (each alternative starts with one of
// those spellings anyway), but lets the engine skip a position before trying the costly
// variable-length lookbehind there.
const IN_CONTEXT_PATTERN = new RegExp(
  `(?=${inContext})(?:${NEIGHBOUR_BEFORE}(${inContext})${AFTER}|${BEFORE}(${inContext})${NEIGHBOUR_AFTER})`,
  'gi'
)

function spellingTable(entries: readonly SkillEntry[]): Map<string, Spelling> {
  const table = new Map<string, Spelling>()
  for (const { skill, aliases = [], exactCase = [], inContext = [] } of entries) {
    for (const name of [skill, ...aliases]) table.set(name, { skill })
    for (const name of exactCase) table.set(name.toLowerCase(), { skill, exact: name })
    for (const name of inContext)
      table.set(name.toLowerCase(), { skill, exact: name, inContext: true })
  }
  return table
}

function spellingsWhere(test: (spelling: Spelling) => boolean): string[] {
  return [...SPELLINGS].filter(([, spelling]) => test(spelling)).map(([name]) => name)
}

/** A regex alternation of the spellings, longest first so "node.js" wins over "node". */
function alternation(spellings: string[]): string {
  return [...spellings]
    .sort((a, b) => b.length - a.length)
    .map(spelling => escapeRegExp(spelling).replace(/ /g, String.raw`\s+`))
    .join('|')
}
