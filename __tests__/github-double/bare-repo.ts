/**
 * A real bare git repository for the GitHub double: objects and refs are read and written by
 * git itself, so a test checks what the action did with `git log` and `git show`.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface Person {
  name: string
  email: string
  /** ISO 8601; default: now. */
  date?: string
}

export interface CommitInfo {
  sha: string
  tree: string
  parents: string[]
  author: Person
  committer: Person
  message: string
}

export interface TreeEntry {
  mode: string
  type: 'blob' | 'tree' | 'commit'
  sha: string
  path: string
}

export const ZERO_OID = '0'.repeat(40)

const SOMEONE: Person = { name: 'Someone Else', email: 'someone@example.com' }

export class BareRepo {
  private constructor(readonly dir: string) {}

  /** A new empty repository in a temporary folder; `remove()` deletes it. */
  static async create(): Promise<BareRepo> {
    const dir = await mkdtemp(join(tmpdir(), 'github-double-'))
    const repo = new BareRepo(dir)
    await repo.git(['init', '--quiet', '--bare', '--initial-branch=main'])
    return repo
  }

  remove(): Promise<void> {
    return rm(this.dir, { recursive: true, force: true })
  }

  /**
   * Commits files onto a branch the way a person would (a test's setup, or "someone else's
   * commit"): `null` deletes a path. Creates the branch when it does not exist yet.
   */
  async commitFiles(
    branch: string,
    files: Record<string, string | null>,
    message = 'Edit files',
    author: Person = SOMEONE
  ): Promise<string> {
    const parent = await this.head(branch)
    const tree = await this.writeTree(parent ? `${parent}^{tree}` : undefined, files)
    const sha = await this.commitTree({
      tree,
      parents: parent ? [parent] : [],
      message,
      author,
      committer: author
    })
    await this.updateRef(`refs/heads/${branch}`, sha, parent ?? ZERO_OID)
    return sha
  }

  /** The commit a branch points at, or undefined when there is no such branch. */
  async head(branch: string): Promise<string | undefined> {
    const out = await this.git(
      ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}^{commit}`],
      {
        allowFailure: true
      }
    )
    return out || undefined
  }

  async branches(): Promise<string[]> {
    const out = await this.git(['for-each-ref', '--format=%(refname:lstrip=2)', 'refs/heads/'])
    return out ? out.split('\n') : []
  }

  /** A file's text at a commit-ish, or undefined when the path is not there. */
  async readFile(revision: string, path: string): Promise<string | undefined> {
    const sha = await this.pathOid(revision, path)
    return sha ? (await this.readBlob(sha)).toString('utf8') : undefined
  }

  /** The blob or tree id of a path at a commit-ish, or undefined. */
  async pathOid(revision: string, path: string): Promise<string | undefined> {
    const out = await this.git(['rev-parse', '--verify', '--quiet', `${revision}:${path}`], {
      allowFailure: true
    })
    return out || undefined
  }

  async objectType(sha: string): Promise<string | undefined> {
    return (await this.git(['cat-file', '-t', sha], { allowFailure: true })) || undefined
  }

  async readBlob(sha: string): Promise<Buffer> {
    return this.gitBytes(['cat-file', 'blob', sha])
  }

  async writeBlob(content: Buffer | string): Promise<string> {
    return this.git(['hash-object', '-w', '--stdin'], { input: content })
  }

  /** The commits of a branch, newest first. */
  async log(branch: string): Promise<CommitInfo[]> {
    const shas = await this.git(['rev-list', `refs/heads/${branch}`], { allowFailure: true })
    return Promise.all(
      shas
        .split('\n')
        .filter(Boolean)
        .map(sha => this.commit(sha))
    )
  }

  async commit(sha: string): Promise<CommitInfo> {
    const raw = await this.git(['cat-file', 'commit', sha])
    const [headers = '', ...body] = raw.split('\n\n')
    const field = (name: string) =>
      headers
        .split('\n')
        .filter(line => line.startsWith(`${name} `))
        .map(line => line.slice(name.length + 1))
    return {
      sha,
      tree: field('tree')[0] ?? '',
      parents: field('parent'),
      author: parsePerson(field('author')[0] ?? ''),
      committer: parsePerson(field('committer')[0] ?? ''),
      message: body.join('\n\n')
    }
  }

  /** What a commit changed, as `git show --name-status` prints it: "M\tREADME.md", "D\tarchive/x.md". */
  async nameStatus(sha: string): Promise<string[]> {
    const out = await this.git(['show', '--name-status', '--format=', '--no-renames', sha])
    return out.split('\n').filter(Boolean)
  }

  /** The entries of a tree, one level; with `path`, only the entry at that path, named in full. */
  async listTree(tree: string, path?: string): Promise<TreeEntry[]> {
    const out = await this.git(['ls-tree', '-z', tree, ...(path === undefined ? [] : ['--', path])])
    return out
      .split('\0')
      .filter(Boolean)
      .map(line => {
        const [info = '', path = ''] = line.split('\t')
        const [mode = '', type = '', sha = ''] = info.split(' ')
        return { mode, type: type as TreeEntry['type'], sha, path }
      })
  }

  /**
   * A new tree: `base` (a tree-ish, or nothing) with entries replaced or removed.
   * Uses a throwaway index, so nested paths work as they do in git.
   */
  async editTree(
    base: string | undefined,
    edits: { path: string; mode: string; sha: string | null }[]
  ): Promise<string> {
    const env = { GIT_INDEX_FILE: join(this.dir, `index-${process.pid}-${Math.random()}`) }
    try {
      await this.git(base ? ['read-tree', base] : ['read-tree', '--empty'], { env })
      // One `--index-info` line per edit; mode 0 removes the path (no work tree needed).
      const lines = edits.map(edit =>
        edit.sha === null
          ? `0 ${ZERO_OID}\t${edit.path}\n`
          : `${edit.mode} ${edit.sha}\t${edit.path}\n`
      )
      if (lines.length)
        await this.git(['update-index', '--index-info'], { env, input: lines.join('') })
      return await this.git(['write-tree'], { env })
    } finally {
      await rm(env.GIT_INDEX_FILE, { force: true })
    }
  }

  async commitTree(commit: {
    tree: string
    parents: string[]
    message: string
    author: Person
    committer: Person
  }): Promise<string> {
    const { tree, parents, message, author, committer } = commit
    return this.git(['commit-tree', tree, ...parents.flatMap(parent => ['-p', parent])], {
      input: message,
      env: {
        GIT_AUTHOR_NAME: author.name,
        GIT_AUTHOR_EMAIL: author.email,
        GIT_AUTHOR_DATE: gitDate(author.date),
        GIT_COMMITTER_NAME: committer.name,
        GIT_COMMITTER_EMAIL: committer.email,
        GIT_COMMITTER_DATE: gitDate(committer.date)
      }
    })
  }

  /**
   * Moves a ref only if it still points at `expected` (ZERO_OID: only if it does not exist).
   * Returns false when someone moved it first.
   */
  async updateRef(ref: string, sha: string, expected: string): Promise<boolean> {
    const result = await this.run(['update-ref', ref, sha, expected])
    return result.code === 0
  }

  /**
   * Moves several refs in one transaction: each only if it still points at `expected` (ZERO_OID:
   * only if it does not exist); a ZERO_OID `sha` deletes the ref. Returns false, moving none,
   * when any of them was moved first.
   */
  async updateRefs(updates: { ref: string; sha: string; expected: string }[]): Promise<boolean> {
    const input = updates.map(({ ref, sha, expected }) => `update ${ref} ${sha} ${expected}\n`)
    const result = await this.run(['update-ref', '--stdin'], { input: input.join('') })
    return result.code === 0
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    const result = await this.run(['merge-base', '--is-ancestor', ancestor, descendant])
    return result.code === 0
  }

  private async writeTree(base: string | undefined, files: Record<string, string | null>) {
    const edits = []
    for (const [path, text] of Object.entries(files))
      edits.push({ path, mode: '100644', sha: text === null ? null : await this.writeBlob(text) })
    return this.editTree(base, edits)
  }

  private async git(
    args: string[],
    options: { input?: Buffer | string; env?: Record<string, string>; allowFailure?: boolean } = {}
  ): Promise<string> {
    return (await this.gitBytes(args, options)).toString('utf8').trim()
  }

  private async gitBytes(
    args: string[],
    options: { input?: Buffer | string; env?: Record<string, string>; allowFailure?: boolean } = {}
  ): Promise<Buffer> {
    const result = await this.run(args, options)
    if (result.code !== 0 && !options.allowFailure)
      throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`)
    return result.code === 0 ? result.stdout : Buffer.alloc(0)
  }

  private run(
    args: string[],
    options: { input?: Buffer | string; env?: Record<string, string> } = {}
  ): Promise<{ code: number; stdout: Buffer; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn('git', [`--git-dir=${this.dir}`, ...args], {
        env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: this.dir, ...options.env },
        stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe']
      })
      const stdout: Buffer[] = []
      const stderr: Buffer[] = []
      child.stdout?.on('data', chunk => stdout.push(chunk))
      child.stderr?.on('data', chunk => stderr.push(chunk))
      child.on('error', reject)
      child.on('close', code =>
        resolve({
          code: code ?? 1,
          stdout: Buffer.concat(stdout),
          stderr: Buffer.concat(stderr).toString()
        })
      )
      child.stdin?.end(options.input)
    })
  }
}

/** Git's own date format, which every git version reads. */
function gitDate(iso: string | undefined): string {
  const time = iso === undefined ? Date.now() : Date.parse(iso)
  return `@${Math.floor(time / 1000)} +0000`
}

function parsePerson(line: string): Person {
  const match = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(line)
  if (!match) return { name: line, email: '' }
  return {
    name: match[1] ?? '',
    email: match[2] ?? '',
    date: new Date(Number(match[3]) * 1000).toISOString()
  }
}
