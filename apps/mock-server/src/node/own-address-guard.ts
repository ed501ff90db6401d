import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { networkInterfaces } from 'node:os';
import type { DeliveryGuard } from '../webhooks/webhook-deliveries.js';

/**
 * Refuses a webhook delivery to the mock itself (its control API could reset the world), whatever
 * name or address form points at it: the URL parser already turns `127.1`, `2130706433` and
 * `0x7f000001` into `127.0.0.1`; names are resolved and every address is compared with where the
 * server listens, on the same port. Loopback and unspecified addresses (`0.0.0.0`, `::`) count as
 * its own, and, when it listens on every interface, so does each interface address. A name that
 * resolves differently between this check and the connection could slip through; receivers are
 * test code on the same machine, so this closes the accident, not every attack.
 */
export function ownAddressGuard(listening: { address: string; port: number }): DeliveryGuard {
  const listeningOn = normalise(listening.address);
  const wildcard = listeningOn === '0.0.0.0' || listeningOn === '::';
  const refusal = (url: URL, port: number, addresses: string[]): string | undefined => {
    const own = addresses.map(normalise).find((address) => {
      if (address === listeningOn || isLoopback(address) || address === '0.0.0.0' || address === '::')
        return true;
      return wildcard && interfaceAddresses().has(address);
    });
    if (own === undefined) return undefined;
    return `Refused: ${url.host} is this mock's own address (${own} port ${port}); a webhook may not call the mock itself`;
  };
  return (url) => {
    const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
    if (port !== listening.port) return undefined;
    const host = url.hostname.replace(/^\[|\]$/g, '');
    // An address literal is decided at once (a subscription can be refused); a name is resolved.
    if (isIP(host)) return refusal(url, port, [host]);
    return lookup(host, { all: true }).then(
      (found) =>
        refusal(
          url,
          port,
          found.map((a) => a.address),
        ),
      () => undefined, // unresolvable: the attempt itself fails and says so
    );
  };
}

function normalise(address: string): string {
  const lower = address.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped) return mapped[1] as string;
  const mappedHex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (mappedHex) {
    const high = Number.parseInt(mappedHex[1] as string, 16);
    const low = Number.parseInt(mappedHex[2] as string, 16);
    return [high >> 8, high & 255, low >> 8, low & 255].join('.');
  }
  if (lower === '0:0:0:0:0:0:0:1') return '::1';
  if (lower === '0:0:0:0:0:0:0:0') return '::';
  return lower;
}

function isLoopback(address: string): boolean {
  return address === '::1' || /^127\./.test(address);
}

function interfaceAddresses(): Set<string> {
  const addresses = new Set<string>();
  for (const list of Object.values(networkInterfaces()))
    for (const entry of list ?? []) addresses.add(normalise(entry.address));
  return addresses;
}
