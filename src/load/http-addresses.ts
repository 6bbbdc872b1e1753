/**
 * Where a listings request may connect. A feed on the public internet must not be able to
 * send the run, through a redirect, to an address only the runner can reach: its own loopback,
 * the private network around it, or the link-local cloud metadata service (169.254.169.254).
 * The address is checked once resolved, just before connecting, so a host name that resolves
 * to a private address (or changes its answer between two lookups) is caught as well.
 */
import { lookup as systemLookup } from 'node:dns/promises'
import { BlockList, isIP, type LookupFunction } from 'node:net'

/** The network an address belongs to; everything but `public` is reachable only from near by. */
export type AddressScope = 'public' | 'loopback' | 'private' | 'link-local' | 'reserved'

export interface ResolvedAddress {
  address: string
  family: 4 | 6
  /** The scope to assume instead of the address's own: for a stand-in, such as a test server on 127.0.0.1 playing a public host. */
  scope?: AddressScope
}

/** Resolves a host name to the addresses to connect to. Default: the system resolver, every address. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>

/**
 * The scope of an IP address, IPv4 or IPv6; an IPv4-mapped IPv6 address (`::ffff:127.0.0.1`)
 * has the scope of its IPv4 address. Anything not an IP address is `reserved`.
 */
export function addressScope(address: string): AddressScope {
  const type = isIP(address) === 4 ? 'ipv4' : isIP(address) === 6 ? 'ipv6' : undefined
  if (!type) return 'reserved'
  for (const [scope, list] of SCOPES) if (list.check(address, type)) return scope
  return 'public'
}

/**
 * The scope the host of an http(s) `url` has on its face: an IP literal's own (in any form the
 * URL parser reads as one: `127.1`, `0x7f.0.0.1`, `[::1]`), `loopback` for `localhost` and the
 * names under `.localhost`; undefined for any other host name, known only once resolved.
 */
export function hostScope(url: string): AddressScope | undefined {
  const hostname = URL.parse(url)
    ?.hostname.replace(/^\[(.*)\]$/, '$1')
    .toLowerCase()
    .replace(/\.$/, '')
  if (!hostname) return undefined
  if (isIP(hostname)) return addressScope(hostname)
  if (hostname === 'localhost' || hostname.endsWith('.localhost')) return 'loopback'
  return undefined
}

/** A refusal to connect: `address` (of `hostname`) is not public, and the hop must be. */
export class PrivateAddress extends Error {
  constructor(
    readonly hostname: string,
    readonly address: string,
    readonly scope: AddressScope
  ) {
    super(`${hostname} resolves to ${address}, a ${scope} address`)
  }
}

/**
 * A `lookup` for `net.connect` that resolves with `resolve` and fails with PrivateAddress when
 * `publicOnly` and an address is not public. `seen` gets the scope of every host it resolved:
 * `public` only when all its addresses are.
 */
export function guardedLookup(
  resolve: Resolver,
  publicOnly: boolean,
  seen: (scope: AddressScope) => void
): LookupFunction {
  return (hostname, options, callback) => {
    const family = options.family === 4 || options.family === 6 ? options.family : undefined
    resolve(hostname)
      .then(resolved => {
        const addresses = family ? resolved.filter(a => a.family === family) : resolved
        const first = addresses[0]
        if (!first)
          throw Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' })
        const scopes = addresses.map(a => a.scope ?? addressScope(a.address))
        const privateIndex = scopes.findIndex(scope => scope !== 'public')
        const privateOne = addresses[privateIndex]
        if (publicOnly && privateOne)
          throw new PrivateAddress(
            hostname,
            privateOne.address,
            scopes[privateIndex] as AddressScope
          )
        seen(privateOne ? (scopes[privateIndex] as AddressScope) : 'public')
        if (options.all) callback(null, addresses)
        else callback(null, first.address, first.family)
      })
      .catch((error: NodeJS.ErrnoException) => callback(error, '', 0))
  }
}

/** The system resolver: every address of `hostname`, in the order it gives them. */
export async function systemResolver(hostname: string): Promise<ResolvedAddress[]> {
  const found = await systemLookup(hostname, { all: true })
  return found.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }))
}

function blockList(v4: [string, number][], v6: [string, number][]): BlockList {
  const list = new BlockList()
  for (const [network, prefix] of v4) list.addSubnet(network, prefix, 'ipv4')
  for (const [network, prefix] of v6) list.addSubnet(network, prefix, 'ipv6')
  return list
}

// BlockList checks an IPv4-mapped IPv6 address against the IPv4 rules too.
const SCOPES: [AddressScope, BlockList][] = [
  ['loopback', blockList([['127.0.0.0', 8]], [['::1', 128]])],
  ['link-local', blockList([['169.254.0.0', 16]], [['fe80::', 10]])],
  [
    'private',
    blockList(
      [
        ['10.0.0.0', 8],
        ['172.16.0.0', 12],
        ['192.168.0.0', 16],
        ['100.64.0.0', 10]
      ],
      [
        ['fc00::', 7],
        ['fec0::', 10]
      ]
    )
  ],
  [
    'reserved',
    blockList(
      [
        ['0.0.0.0', 8],
        ['192.0.0.0', 24],
        ['198.18.0.0', 15],
        ['224.0.0.0', 4],
        ['240.0.0.0', 4]
      ],
      [
        ['::', 96],
        ['ff00::', 8]
      ]
    )
  ]
]
