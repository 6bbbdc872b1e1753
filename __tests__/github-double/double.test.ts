/**
 * The double is only worth its checks if they catch a wrong client: these tests send it
 * requests GitHub would refuse, and requests it must answer the way GitHub does.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { faults, startGitHubDouble, type GitHubDouble } from './server.js'

const TOKEN = 'ghs_doubletesttoken0123456789'

let github: GitHubDouble
// GitHub's answers, read by the tests path by path.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>
let base: string

beforeEach(async () => {
  github = await startGitHubDouble({ token: TOKEN })
  base = await github.git.commitFiles('main', { 'README.md': '# Jobs\n' }, 'Start')
})
afterEach(() => github.close())

const graphql = (query: string, variables: Record<string, unknown> = {}) =>
  call(github.graphqlUrl, 'POST', { query, variables })
const rest = (method: string, path: string, body?: unknown) =>
  call(`${github.apiUrl}/repos/octo-org/job-board/${path}`, method, body)

async function call(url: string, method: string, body?: unknown, token = TOKEN) {
  const response = await fetch(url, {
    method,
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  return { status: response.status, body: (await response.json()) as Json }
}

const COMMIT = `mutation ($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid url } }
}`
const commitInput = (expectedHeadOid: string) => ({
  input: {
    branch: { repositoryNameWithOwner: 'octo-org/job-board', branchName: 'main' },
    expectedHeadOid,
    message: { headline: 'Update' },
    fileChanges: {
      additions: [{ path: 'README.md', contents: Buffer.from('# New\n').toString('base64') }]
    }
  }
})

describe('GraphQL', () => {
  it('reads the branch head and a file in one query', async () => {
    const { body } = await graphql(
      `
        query ($owner: String!, $name: String!) {
          repository(owner: $owner, name: $name) {
            defaultBranchRef {
              name
              target {
                oid
                ... on Commit {
                  file(path: "README.md") {
                    object {
                      ... on Blob {
                        text
                      }
                    }
                  }
                }
              }
            }
          }
        }
      `,
      { owner: 'octo-org', name: 'job-board' }
    )
    expect(body.data.repository.defaultBranchRef).toEqual({
      name: 'main',
      target: { oid: base, file: { object: { text: '# Jobs\n' } } }
    })
    expect(github.problems).toEqual([])
  })

  it('flags a field GitHub does not have', async () => {
    await graphql('query { repository(owner: "octo-org", name: "job-board") { readmeText } }')
    expect(github.problems.join('\n')).toMatch(/Cannot query field "readmeText"/)
  })

  it('flags variables of the wrong type', async () => {
    await graphql(COMMIT, { input: { ...commitInput(base).input, expectedHeadOid: undefined } })
    expect(github.problems.join('\n')).toMatch(/expectedHeadOid/)
  })

  it('commits on the branch when the expected head is current', async () => {
    const { body } = await graphql(COMMIT, commitInput(base))
    const head = await github.git.head('main')
    expect(body.data.createCommitOnBranch.commit.oid).toBe(head)
    expect(await github.git.readFile('main', 'README.md')).toBe('# New\n')
    const [commit] = await github.git.log('main')
    expect(commit?.committer.email).toBe('noreply@github.com')
    expect(commit?.parents).toEqual([base])
  })

  it('refuses a stale expected head the way GitHub words it, and moves nothing', async () => {
    const theirs = await github.git.commitFiles('main', { 'NOTES.md': 'x\n' })
    const { body } = await graphql(COMMIT, commitInput(base))
    expect(body.errors[0]).toMatchObject({
      type: 'STALE_DATA',
      message: `Expected branch to point to "${base}" but it did not. Pull and try again.`
    })
    expect(await github.git.head('main')).toBe(theirs)
    expect(github.problems).toEqual([])
  })

  describe('updateRefs', () => {
    const UPDATE_REFS = `mutation ($input: UpdateRefsInput!) {
      updateRefs(input: $input) { clientMutationId }
    }`
    const move = (afterOid: string, beforeOid: string, force = true) =>
      graphql(UPDATE_REFS, {
        input: {
          repositoryId: github.hosted.id,
          refUpdates: [{ name: 'refs/heads/topic', afterOid, beforeOid, force }]
        }
      })
    let topic: string

    beforeEach(async () => {
      await github.git.commitFiles('main', { 'MAIN.md': 'main\n' })
      await github.git.updateRef('refs/heads/topic', base, '0'.repeat(40))
      topic = await github.git.commitFiles('topic', { 'TOPIC.md': 'topic\n' })
    })

    it('moves a ref that still points at beforeOid, back too when forced', async () => {
      const { body } = await move(base, topic)
      expect(body).toEqual({ data: { updateRefs: { clientMutationId: null } } })
      expect(await github.git.head('topic')).toBe(base)
      expect(github.problems).toEqual([])
    })

    it('refuses a stale beforeOid with a generic error and no type, and moves nothing', async () => {
      const pushed = await github.git.commitFiles('topic', { 'PUSHED.md': 'x\n' })
      const { status, body } = await move(base, topic)
      expect(status).toBe(200)
      expect(body.data).toEqual({ updateRefs: null })
      expect(body.errors).toHaveLength(1)
      expect(body.errors[0].type).toBeUndefined()
      expect(body.errors[0].message).toMatch(/^Something went wrong while executing your query/)
      expect(await github.git.head('topic')).toBe(pushed)
      expect(github.problems).toEqual([])
    })

    it('refuses a move back without force, and does all or none of several updates', async () => {
      expect((await move(base, topic, false)).body.errors).toHaveLength(1)
      expect(await github.git.head('topic')).toBe(topic)
      const main = await github.git.head('main')
      const { body } = await graphql(UPDATE_REFS, {
        input: {
          repositoryId: github.hosted.id,
          refUpdates: [
            { name: 'refs/heads/topic', afterOid: base, beforeOid: topic, force: true },
            { name: 'refs/heads/main', afterOid: base, beforeOid: base, force: true }
          ]
        }
      })
      expect(body.errors).toHaveLength(1)
      expect([await github.git.head('topic'), await github.git.head('main')]).toEqual([topic, main])
    })
  })

  it('lists a folder through Commit.file and the root through Commit.tree, names included', async () => {
    await github.git.commitFiles('main', {
      'archive/2025-10-01.md': 'a\n',
      'archive/old/x.md': 'b\n'
    })
    const { body } = await graphql(
      `
        query ($owner: String!, $name: String!, $folder: String!) {
          repository(owner: $owner, name: $name) {
            defaultBranchRef {
              target {
                ... on Commit {
                  tree {
                    entries {
                      name
                      type
                    }
                  }
                  folder: file(path: $folder) {
                    type
                    object {
                      ... on Tree {
                        entries {
                          name
                          path
                          type
                          object {
                            ... on Tree {
                              entries {
                                path
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      `,
      { owner: 'octo-org', name: 'job-board', folder: 'archive' }
    )
    const commit = body.data.repository.defaultBranchRef.target
    expect(commit.tree.entries).toEqual([
      { name: 'README.md', type: 'blob' },
      { name: 'archive', type: 'tree' }
    ])
    expect(commit.folder.type).toBe('tree')
    expect(commit.folder.object.entries).toEqual([
      { name: '2025-10-01.md', path: 'archive/2025-10-01.md', type: 'blob', object: {} },
      {
        name: 'old',
        path: 'archive/old',
        type: 'tree',
        object: { entries: [{ path: 'archive/old/x.md' }] }
      }
    ])
    expect(github.problems).toEqual([])
  })

  it('deletes the files createCommitOnBranch names in deletions', async () => {
    await github.git.commitFiles('main', { 'archive/old.md': 'old\n' })
    const head = (await github.git.head('main')) ?? ''
    const input = commitInput(head).input
    const { body } = await graphql(COMMIT, {
      input: {
        ...input,
        fileChanges: { ...input.fileChanges, deletions: [{ path: 'archive/old.md' }] }
      }
    })
    expect(await github.git.nameStatus(body.data.createCommitOnBranch.commit.oid)).toEqual([
      'M\tREADME.md',
      'D\tarchive/old.md'
    ])
  })

  it('refuses a path both added and deleted, as GitHub does', async () => {
    const input = commitInput(base).input
    const { body } = await graphql(COMMIT, {
      input: { ...input, fileChanges: { ...input.fileChanges, deletions: [{ path: 'README.md' }] } }
    })
    expect(body.errors[0].type).toBe('UNPROCESSABLE')
    expect(await github.git.head('main')).toBe(base)
  })
})

describe('REST', () => {
  it('creates a tree, a commit and moves the ref forward', async () => {
    const tree = await rest('POST', 'git/trees', {
      base_tree: `${base}`,
      tree: [{ path: 'README.md', mode: '100644', type: 'blob', content: '# Rest\n' }]
    })
    const commit = await rest('POST', 'git/commits', {
      message: 'Rest commit',
      tree: tree.body.sha,
      parents: [base],
      author: { name: 'Board Bot', email: 'bot@example.com' }
    })
    const ref = await rest('PATCH', 'git/refs/heads/main', { sha: commit.body.sha, force: false })
    expect([tree.status, commit.status, ref.status]).toEqual([201, 201, 200])
    expect(await github.git.readFile('main', 'README.md')).toBe('# Rest\n')
    expect((await github.git.log('main'))[0]?.author.name).toBe('Board Bot')
    expect(github.problems).toEqual([])
  })

  it('drops a path from the base tree for an entry with a null sha', async () => {
    await github.git.commitFiles('main', { 'archive/old.md': 'old\n' })
    const head = (await github.git.head('main')) ?? ''
    const tree = await rest('POST', 'git/trees', {
      base_tree: (await github.git.commit(head)).tree,
      tree: [{ path: 'archive/old.md', mode: '100644', type: 'blob', sha: null }]
    })
    expect(tree.status).toBe(201)
    expect(tree.body.tree.map((entry: Json) => entry.path)).toEqual(['README.md'])
    expect(github.problems).toEqual([])
  })

  it('refuses a ref update that is not a fast forward', async () => {
    const { tree } = await github.git.commit(base)
    const orphan = await rest('POST', 'git/commits', { message: 'Orphan', tree })
    const { status, body } = await rest('PATCH', 'git/refs/heads/main', { sha: orphan.body.sha })
    expect(status).toBe(422)
    expect(body.message).toBe('Update is not a fast forward')
    expect(await github.git.head('main')).toBe(base)
  })

  it('flags a request field GitHub does not know', async () => {
    await rest('PATCH', 'git/refs/heads/main', { sha: base, forced: true })
    expect(github.problems).toEqual(['git/update-ref request: unknown field "forced"'])
  })

  it('flags an operation outside the contract', async () => {
    await rest('GET', 'contents/README.md')
    expect(github.problems.join('\n')).toMatch(
      /GET \/api\/rest\/repos\/octo-org\/job-board\/contents\/README.md: not an operation/
    )
  })

  it('answers 401 to a wrong token', async () => {
    const { status, body } = await call(
      github.graphqlUrl,
      'POST',
      { query: '{ viewer { login } }' },
      'nope'
    )
    expect(status).toBe(401)
    expect(body.message).toBe('Bad credentials')
  })
})

describe('faults and counting', () => {
  it('answers the next matching requests with the fault, then normally, and counts all', async () => {
    github.failNext(faults.secondaryRateLimit(429), 1)
    const first = await rest('GET', `git/blobs/${await github.git.pathOid('main', 'README.md')}`)
    const second = await rest('GET', `git/blobs/${await github.git.pathOid('main', 'README.md')}`)
    expect([first.status, second.status]).toEqual([429, 200])
    expect(github.requests.map(request => `${request.operation} ${request.status}`)).toEqual([
      'git/get-blob 429',
      'git/get-blob 200'
    ])
  })

  it('lets someone else commit right before the next write', async () => {
    github.hosted.beforeNextWrite(() => github.git.commitFiles('main', { 'NOTES.md': 'mine\n' }))
    const { body } = await graphql(COMMIT, commitInput(base))
    expect(body.errors[0].type).toBe('STALE_DATA')
    expect(await github.git.readFile('main', 'NOTES.md')).toBe('mine\n')
  })
})
