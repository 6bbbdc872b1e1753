import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);

// src/load/http-addresses.ts
import { lookup as systemLookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
function addressScope(address) {
  const type = isIP(address) === 4 ? "ipv4" : isIP(address) === 6 ? "ipv6" : void 0;
  if (!type) return "reserved";
  for (const [scope, list] of SCOPES) if (list.check(address, type)) return scope;
  return "public";
}
function hostScope(url) {
  const hostname = URL.parse(url)?.hostname.replace(/^\[(.*)\]$/, "$1").toLowerCase().replace(/\.$/, "");
  if (!hostname) return void 0;
  if (isIP(hostname)) return addressScope(hostname);
  if (hostname === "localhost" || hostname.endsWith(".localhost")) return "loopback";
  return void 0;
}
var PrivateAddress = class extends Error {
  constructor(hostname, address, scope) {
    super(`${hostname} resolves to ${address}, a ${scope} address`);
    this.hostname = hostname;
    this.address = address;
    this.scope = scope;
  }
  hostname;
  address;
  scope;
};
function guardedLookup(resolve, publicOnly, seen) {
  return (hostname, options, callback) => {
    const family = options.family === 4 || options.family === 6 ? options.family : void 0;
    resolve(hostname).then((resolved) => {
      const addresses = family ? resolved.filter((a) => a.family === family) : resolved;
      const first = addresses[0];
      if (!first)
        throw Object.assign(new Error(`${hostname} has no address`), { code: "ENOTFOUND" });
      const scopes = addresses.map((a) => a.scope ?? addressScope(a.address));
      const privateIndex = scopes.findIndex((scope) => scope !== "public");
      const privateOne = addresses[privateIndex];
      if (publicOnly && privateOne)
        throw new PrivateAddress(
          hostname,
          privateOne.address,
          scopes[privateIndex]
        );
      seen(privateOne ? scopes[privateIndex] : "public");
      if (options.all) callback(null, addresses);
      else callback(null, first.address, first.family);
    }).catch((error) => callback(error, "", 0));
  };
}
async function systemResolver(hostname) {
  const found = await systemLookup(hostname, { all: true });
  return found.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
}
function blockList(v4, v6) {
  const list = new BlockList();
  for (const [network, prefix] of v4) list.addSubnet(network, prefix, "ipv4");
  for (const [network, prefix] of v6) list.addSubnet(network, prefix, "ipv6");
  return list;
}
var SCOPES = [
  ["loopback", blockList([["127.0.0.0", 8]], [["::1", 128]])],
  ["link-local", blockList([["169.254.0.0", 16]], [["fe80::", 10]])],
  [
    "private",
    blockList(
      [
        ["10.0.0.0", 8],
        ["172.16.0.0", 12],
        ["192.168.0.0", 16],
        ["100.64.0.0", 10]
      ],
      [
        ["fc00::", 7],
        ["fec0::", 10]
      ]
    )
  ],
  [
    "reserved",
    blockList(
      [
        ["0.0.0.0", 8],
        ["192.0.0.0", 24],
        ["198.18.0.0", 15],
        ["224.0.0.0", 4],
        ["240.0.0.0", 4]
      ],
      [
        ["::", 96],
        ["ff00::", 8]
      ]
    )
  ]
];

export {
  addressScope,
  hostScope,
  PrivateAddress,
  guardedLookup,
  systemResolver
};
