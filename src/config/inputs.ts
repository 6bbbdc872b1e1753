/**
 * Every input of the action, which is also a `--flag` of the CLI.
 * This table is the single source: `scripts/gen-action.mjs` writes action.yml from it,
 * the CLI's --help prints it, and `parseConfig` reads values by these names.
 */

export type InputKind = 'string' | 'boolean' | 'integer' | 'number'

export interface InputSpec {
  name: string
  description: string
  kind: InputKind
  /** The default as the action shows it; undefined means "not set". */
  default?: string
  required?: boolean
  /** A secret: masked in logs, never printed. */
  secret?: boolean
  /**
   * `run`: one value for the whole run (the listings, the clock, the commit). `board`: a default
   * that each board of a boards file may override.
   */
  scope: 'run' | 'board'
  /**
   * In a boards file, beside text, numbers and true or false: `list`, a YAML list (read as the
   * comma-separated text); `mapping`, a YAML mapping. An option without it takes one value.
   */
  shape?: 'list' | 'mapping'
}

export const INPUTS: readonly InputSpec[] = [
  {
    name: 'listings',
    scope: 'run',
    description:
      'Where the listings come from: a path in the repository (or, for the CLI, on disk), or an http(s) URL. Required, unless the boards file (config) names them at its top level.',
    kind: 'string'
  },
  {
    name: 'listings-format',
    scope: 'run',
    description:
      'json, jsonl, csv or yaml. Default: from the file extension, else the content type, else the content.',
    kind: 'string'
  },
  {
    name: 'listings-header',
    scope: 'run',
    description:
      'One extra HTTP header for a URL source, as "Name: value" (for example an Authorization header from a secret). Masked in logs.',
    kind: 'string',
    secret: true
  },
  {
    name: 'listings-timeout',
    scope: 'run',
    description:
      'Seconds to wait for a URL source before giving up (at most 2147483, about 24 days).',
    kind: 'integer',
    default: '30'
  },
  {
    name: 'listings-max-bytes',
    scope: 'run',
    description: "The largest listings source accepted (a URL's body or a file), in bytes.",
    kind: 'integer',
    default: '104857600'
  },
  {
    name: 'listings-max-pages',
    scope: 'run',
    description:
      'The most pages of a listings URL read: an answer that names its next page (a Link header with rel="next", or a field such as next or paging.next holding its URL) is followed to it, on the same origin, until the last page or this many. 1 reads the first page alone.',
    kind: 'integer',
    default: '100'
  },
  {
    name: 'fields',
    scope: 'run',
    description:
      'Maps the feed\'s field names onto the canonical ones, as "canonical=source,..."; dotted paths reach into objects (company=company.name). A name holding a comma or "=" goes in the mapping form, YAML or JSON: {"location": "Location (City, State)"}.',
    kind: 'string'
  },
  {
    name: 'max-cell-length',
    scope: 'run',
    description:
      'The most characters of a company, title or location; longer text is cut, ends with "…", and the listing is named in a warning. 0: no limit.',
    kind: 'integer',
    default: '500'
  },
  {
    name: 'category',
    scope: 'board',
    description:
      'The category to show (backend, frontend, full-stack, software-engineering, data, devops, mobile, ml, or any name the feed uses). Empty: every listing.',
    kind: 'string'
  },
  {
    name: 'keywords',
    scope: 'board',
    shape: 'list',
    description:
      'Comma-separated title keywords that place a listing without categories in the category (whole words, any case). Replaces the preset of the category.',
    kind: 'string'
  },
  {
    name: 'max-rows',
    scope: 'board',
    description:
      'The most openings the table shows; 0 shows all. Closed rows (closed: mark or details) are no openings and take none of these places: at most this many of them are shown besides, the first in the table’s order (with mark, none that sorts below the last opening shown when the cap is reached).',
    kind: 'integer',
    default: '50'
  },
  {
    name: 'max-age-days',
    scope: 'board',
    description: 'Openings posted longer ago than this many days drop out; 0 keeps all ages.',
    kind: 'integer',
    default: '30'
  },
  {
    name: 'max-removed-percent',
    scope: 'board',
    description:
      'Fail instead of publishing when the run would remove more than this percent of the openings now in the table that the feed no longer holds (a broken feed); openings the feed still holds (pushed out by max-rows, aged out, closed) do not count. 100 turns the guard off.',
    kind: 'integer',
    default: '50'
  },
  {
    name: 'max-bytes',
    scope: 'board',
    description:
      "The README's size limit in bytes (GitHub stops rendering past 512,000): the rows that don't fit are left out from the end of the table (the oldest, in the default order), with a line saying how many openings.",
    kind: 'integer',
    default: '500000'
  },
  {
    name: 'readme',
    scope: 'board',
    description: 'The Markdown file to update.',
    kind: 'string',
    default: 'README.md'
  },
  {
    name: 'config',
    scope: 'run',
    description:
      'A YAML file listing several boards (each a category, a readme and any of the board options such as archive-path or feed-path), all updated in one commit from one load of the listings. The other inputs are the defaults of every board (see README: Several boards).',
    kind: 'string'
  },
  {
    name: 'marker-prefix',
    scope: 'board',
    description: 'The prefix of the zone markers: <!-- PREFIX:openings:start -->.',
    kind: 'string',
    default: 'jobs'
  },
  {
    name: 'archive-path',
    scope: 'board',
    description:
      "Also keep a snapshot of each day's openings (a heading and the table) at this path, where {date} is the day in timezone, e.g. archive/{date}.md. Empty: no archive.",
    kind: 'string'
  },
  {
    name: 'archive-days',
    scope: 'board',
    description:
      'Delete archive snapshots dated more than this many days before today, in the same commit. Empty: keep them all.',
    kind: 'integer'
  },
  {
    name: 'feed-path',
    scope: 'board',
    shape: 'list',
    description:
      'Also publish the openings as feeds readers can subscribe to: comma-separated paths, .json for JSON Feed 1.1 and .xml for Atom, e.g. feed.json,feed.xml.',
    kind: 'string'
  },
  {
    name: 'utm',
    scope: 'board',
    description: 'Add utm_source, utm_medium and utm_campaign to the posting links.',
    kind: 'boolean',
    default: 'true'
  },
  {
    name: 'utm-source',
    scope: 'board',
    description: 'The utm_source value.',
    kind: 'string',
    default: 'github'
  },
  {
    name: 'utm-medium',
    scope: 'board',
    description: 'The utm_medium value.',
    kind: 'string',
    default: 'repo'
  },
  {
    name: 'utm-campaign',
    scope: 'board',
    description:
      'The utm_campaign value. Default: github-CATEGORY-jobs (github-jobs without a category).',
    kind: 'string'
  },
  {
    name: 'timezone',
    scope: 'board',
    description: 'IANA time zone for the dates in the table and the Last updated line.',
    kind: 'string',
    default: 'UTC'
  },
  {
    name: 'salary-currency',
    scope: 'board',
    description:
      'ISO 4217 currency of the average salary; salaries in other currencies are left out of it.',
    kind: 'string',
    default: 'USD'
  },
  {
    name: 'skills-count',
    scope: 'board',
    description: 'How many trending skills the stats block lists.',
    kind: 'integer',
    default: '5'
  },
  {
    name: 'labels',
    scope: 'board',
    shape: 'mapping',
    description:
      'YAML or JSON mapping that replaces the texts of the rendering, for a board in another language (see README: Labels); or the path of a .yml, .yaml or .json file holding it.',
    kind: 'string'
  },
  {
    name: 'table',
    scope: 'board',
    shape: 'mapping',
    description:
      'YAML or JSON mapping of the openings table: format (pipe or html) and columns, each a header, align (left, center, right or none), delimiter and a Liquid cell template (see README: Columns). Default: Company, Position, Location, Type, Date.',
    kind: 'string'
  },
  {
    name: 'zone',
    scope: 'board',
    description:
      "The name of this board's table when a README holds several: the board writes between <!-- PREFIX:openings:NAME:start --> and its end marker. Boards of a boards file may share a README when each names its own zone. Letters, digits, - and _.",
    kind: 'string'
  },
  {
    name: 'zone-title',
    scope: 'board',
    description:
      "The table's name in the counts zone (table.title); default the text of the heading above the board's zone.",
    kind: 'string'
  },
  {
    name: 'counts',
    scope: 'board',
    description:
      'Liquid template of the counts zone (<!-- PREFIX:counts:start -->) of a README with several tables, over total (the open roles of all tables) and tables (count: its open roles, closed: its closed rows, heading, anchor, zone, category, title). Default: a line per table, its heading linked, with its count.',
    kind: 'string'
  },
  {
    name: 'updated',
    scope: 'board',
    description:
      "Liquid template of the Last updated line (<!-- PREFIX:updated:start -->), over now, labels, total (the open roles of all tables) and tables (as the counts template gets them), such as \"**Last updated:** {{ now | date: '%Y-%m-%d %H:%M' }} · {{ total }} open roles\" (date in the board's timezone and locale). Default: <sub><small>Last updated: Oct 22, 2025 at 20:30 UTC</small></sub>.",
    kind: 'string'
  },
  {
    name: 'locale',
    scope: 'board',
    description:
      'BCP 47 locale of the month names in the table, the Last updated line and the chart, such as de-DE or es.',
    kind: 'string',
    default: 'en-US'
  },
  {
    name: 'now',
    scope: 'run',
    description:
      'ISO 8601 date-time used as the current time, for reproducible runs; one without a zone is UTC, on any machine (read as posted_at is). Default: the real clock.',
    kind: 'string'
  },
  {
    name: 'strict',
    scope: 'run',
    description: 'Fail the run on an invalid listing instead of skipping it with a warning.',
    kind: 'boolean',
    default: 'false'
  },
  {
    name: 'allow-empty',
    scope: 'board',
    description: 'Allow a table with no openings (otherwise an empty selection fails the run).',
    kind: 'boolean',
    default: 'false'
  },
  {
    name: 'commit',
    scope: 'run',
    description: 'Commit the README through the GitHub API. false: write it in the workspace only.',
    kind: 'boolean',
    default: 'true'
  },
  {
    name: 'dry-run',
    scope: 'run',
    description: 'Compute and report; write nothing.',
    kind: 'boolean',
    default: 'false'
  },
  {
    name: 'repository',
    scope: 'run',
    description:
      "The repository to update, as owner/name. Default: the workflow's own. Another repository needs a token that can write to it (a GitHub App or fine-grained token).",
    kind: 'string'
  },
  {
    name: 'branch',
    scope: 'run',
    description: "The branch to update. Default: the repository's default branch.",
    kind: 'string'
  },
  {
    name: 'commit-message',
    scope: 'run',
    description:
      'The commit message; {jobs}, {added}, {removed}, {companies}, {remote_percent} and {category} are replaced.',
    kind: 'string',
    default: 'Update {category} openings: {jobs} jobs (+{added} -{removed})'
  },
  {
    name: 'commit-method',
    scope: 'run',
    description:
      "graphql: one commit signed by GitHub (Verified), authored by the token's owner. rest: the git data API, for a custom author or committer (the commit is not signed).",
    kind: 'string',
    default: 'graphql'
  },
  {
    name: 'pull-request',
    scope: 'run',
    description:
      'auto: commit to the branch, or open a pull request when branch protection refuses the commit. true: always open (or update) a pull request. false: commit to the branch only.',
    kind: 'string',
    default: 'auto'
  },
  {
    name: 'author',
    scope: 'run',
    description: 'The commit author as "Name <email>" (needs commit-method: rest).',
    kind: 'string'
  },
  {
    name: 'committer',
    scope: 'run',
    description:
      'The committer as "Name <email>" (needs commit-method: rest). Default: the author.',
    kind: 'string'
  },
  {
    name: 'mode',
    scope: 'run',
    description:
      'update: rebuild the boards from the listings. check-links: request every posting the boards show and close (active: false, in one commit with the rebuilt READMEs) those whose page is gone: 404, 410, or a redirect to a closed-urls page; with listings from a URL, the job summary lists them instead (see README: Dead links).',
    kind: 'string',
    default: 'update'
  },
  {
    name: 'closed-urls',
    scope: 'run',
    description:
      'check-links: comma- or newline-separated addresses of pages that say a posting is no longer available, e.g. https://jobs.example/closed; a posting that redirects to one is closed. Each is a prefix; * matches any run of characters.',
    kind: 'string'
  },
  {
    name: 'link-timeout',
    scope: 'run',
    description:
      'check-links: seconds to wait for one posting to answer; one that does not is reported, not closed.',
    kind: 'integer',
    default: '20'
  },
  {
    name: 'link-concurrency',
    scope: 'run',
    description: 'check-links: how many postings are requested at once.',
    kind: 'integer',
    default: '4'
  },
  {
    name: 'link-host-delay-ms',
    scope: 'run',
    description:
      'check-links: the least time between two requests to one host, in milliseconds, so a job site sees a polite visitor.',
    kind: 'integer',
    default: '1000'
  },
  {
    name: 'link-private-hosts',
    scope: 'run',
    description:
      'check-links: request postings on loopback, private or link-local addresses (127.0.0.1, 10.x, localhost, a name resolving to one), e.g. an intranet job site on a self-hosted runner. Off: on GitHub Actions such a posting is reported, not requested, and a contribution with one is refused.',
    kind: 'boolean',
    default: 'false'
  },
  {
    name: 'token',
    scope: 'run',
    description: 'Token for the GitHub API; needs contents: write.',
    kind: 'string',
    default: '${{ github.token }}',
    secret: true
  },
  {
    name: 'contribution-label',
    scope: 'run',
    description:
      'On an issues or issue_comment event: the label whose adding approves a contribution filed through an issue form (a maintainer may also comment "/approve").',
    kind: 'string',
    default: 'approved'
  },
  {
    name: 'contribution-refused-label',
    scope: 'run',
    description: 'The label a refused contribution gets; it stays open, with a comment saying why.',
    kind: 'string',
    default: 'needs-changes'
  },
  {
    name: 'contribution-kinds',
    scope: 'run',
    description:
      'YAML or JSON mapping of issue label to what the form asks: new, edit or close. Default: new-listing, edit-listing and close-listing; an issue with none is new.',
    kind: 'string'
  },
  {
    name: 'contribution-fields',
    scope: 'run',
    description:
      'YAML or JSON mapping of issue-form label to listing field, such as "Company name: company", or to a key of the listings file\'s records as record.<key>, such as "Terms: record.terms". Labels not named are read as a field name (Company, Title, URL, Location, Work type, Posted at, Categories, ...) or a common alias.',
    kind: 'string'
  }
]

export interface OutputSpec {
  name: string
  description: string
}

/** The inputs a board of a boards file may set; every other input is run-wide. */
export const BOARD_OPTIONS: readonly string[] = INPUTS.filter(input => input.scope === 'board').map(
  input => input.name
)

export const OUTPUTS: readonly OutputSpec[] = [
  {
    name: 'changed',
    description:
      '"true" when any file changed (a README, an archive snapshot, a feed, a deleted snapshot) and the change was committed, proposed or written, else "false".'
  },
  {
    name: 'jobs',
    description:
      'Openings shown in the table, closed rows (🔒, or folded in details) not counted; with several boards (config), the distinct openings of all their tables (one shown in two tables counts once).'
  },
  {
    name: 'remote-percent',
    description:
      'Share of shown openings that are remote, rounded percent; with several boards, over all their tables.'
  },
  {
    name: 'companies',
    description:
      'Distinct companies of the openings in the table (closed rows not counted); with several boards, across all their tables.'
  },
  {
    name: 'avg-salary',
    description:
      'Average yearly salary in thousands of salary-currency, or "n/a"; with several boards, over all their tables, in the salary-currency input.'
  },
  {
    name: 'added',
    description:
      'Openings in the new table that the old one did not have; with several boards, the sum over their tables.'
  },
  {
    name: 'removed',
    description:
      'Openings of the old table that are gone; with several boards, the sum over their tables.'
  },
  {
    name: 'skipped',
    description: 'Invalid listings skipped (the listings are loaded once for every board).'
  },
  {
    name: 'files',
    description:
      'The paths written (READMEs, archive snapshots, feeds), one per line, as committed, proposed or written in the workspace; empty when nothing was (as on a dry run).'
  },
  {
    name: 'deleted',
    description:
      'The expired archive snapshots deleted (archive-days), one per line, with the files written; empty when none.'
  },
  {
    name: 'links-checked',
    description:
      'check-links: the postings requested (each shown posting once). The links-* outputs are empty in the other modes.'
  },
  {
    name: 'links-dead',
    description:
      'check-links: postings whose page is gone (404, 410, or a redirect to a closed-urls page).'
  },
  {
    name: 'links-closed',
    description:
      'check-links: the records of dead postings marked active: false in the listings file (two records sharing a dead link count 2), committed, proposed or written in the workspace; 0 when the listings come from a URL.'
  },
  {
    name: 'links-unknown',
    description:
      'check-links: postings that could not be judged (a timeout, a 5xx, a 429, a redirect loop, a network failure); checked again on the next run.'
  },
  { name: 'commit-sha', description: 'The commit made, or empty when nothing was committed.' },
  { name: 'commit-url', description: 'Link to the commit made, or empty.' },
  {
    name: 'pull-request-number',
    description:
      'The pull request opened or updated, or the open one that already holds the change; empty when none.'
  },
  {
    name: 'pull-request-url',
    description: 'Link to the pull request of pull-request-number, or empty.'
  },
  {
    name: 'contribution',
    description:
      'On an issues or issue_comment event: applied, unchanged (already applied), refused, or ignored (no approval); empty otherwise.'
  }
]
