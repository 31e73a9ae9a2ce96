import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { ValidationFailed } from '@ledger/domain';

/** Addresses no webhook may reach: loopback, private, link-local, shared, documentation, multicast, reserved. */
const NOT_PUBLIC = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  NOT_PUBLIC.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001::', 23],
  ['2001:db8::', 32],
  ['2002::', 16],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const)
  NOT_PUBLIC.addSubnet(net, prefix, 'ipv6');

/** True for an address on the public internet; false for loopback, private, link-local and the like. */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return !NOT_PUBLIC.check(address, 'ipv4');
  if (family !== 6) return false;
  // IPv4 written as IPv6 (::ffff:127.0.0.1, ::ffff:7f00:1) is judged as the IPv4 address.
  const normal = new URL(`http://[${address}]/`).hostname.slice(1, -1);
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(normal);
  if (mapped) {
    const high = parseInt(mapped[1], 16);
    const low = parseInt(mapped[2], 16);
    return isPublicAddress(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`);
  }
  const lower = normal;
  return !NOT_PUBLIC.check(lower, 'ipv6');
}

/** The host as the allow list names it: lower-case, IPv6 without brackets. */
export const hostOf = (url: URL): string => url.hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');

export type Resolver = (host: string) => Promise<readonly string[]>;

export const systemResolver: Resolver = async (host) =>
  (await dnsLookup(host, { all: true, verbatim: true })).map((entry) => entry.address);

const refuse = (message: string): never => {
  throw new ValidationFailed([{ field: 'url', message }]);
};

/**
 * A webhook URL: https to a public address; http, and any address, only for a host listed in
 * LEDGER_WEBHOOK_ALLOW_HOSTS. The name is resolved and every address it gives must be public (the
 * delivery checks the address it connects to again, so a name that changes its answer gains nothing).
 */
export async function checkWebhookUrl(
  text: string,
  allowHosts: readonly string[],
  resolve: Resolver = systemResolver,
): Promise<URL> {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return refuse('url must be an absolute URL');
  }
  if (text.length > 2000) refuse('url must have at most 2000 characters');
  if (url.username || url.password) refuse('url must not carry credentials');
  const host = hostOf(url);
  const allowed = allowHosts.includes(host);
  if (url.protocol !== 'https:' && !(allowed && url.protocol === 'http:')) {
    refuse(
      allowed ? 'url must be http or https' : 'url must be https (http only for LEDGER_WEBHOOK_ALLOW_HOSTS)',
    );
  }
  if (allowed) return url;
  let addresses: readonly string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = await resolve(host);
    } catch {
      return refuse(`the host ${host} cannot be resolved`);
    }
  }
  if (addresses.length === 0) refuse(`the host ${host} cannot be resolved`);
  if (!addresses.every(isPublicAddress)) {
    refuse(
      `the host ${host} is not a public address (loopback, private and link-local addresses are refused)`,
    );
  }
  return url;
}
