/**
 * A GitHub user as the REST API and the webhook payloads write one: its own fields, and the
 * URLs of its resources below `api`, the user's API address.
 */
export function userObject(user: {
  login: string
  id: number
  nodeId: string
  avatarUrl: string
  api: string
  htmlUrl: string
  type: 'User' | 'Bot'
}) {
  const { api } = user
  return {
    login: user.login,
    id: user.id,
    node_id: user.nodeId,
    avatar_url: user.avatarUrl,
    gravatar_id: '',
    url: api,
    html_url: user.htmlUrl,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: user.type,
    site_admin: false
  }
}
