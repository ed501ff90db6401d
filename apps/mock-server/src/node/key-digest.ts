import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A state file keeps no API key in a form that can be sent: only an HMAC-SHA256 of it, keyed by a
 * random salt of that file, so the digest cannot be replayed, and a table built for one file does
 * not serve another. The server re-derives each key (from its --api-key, or from the seed for tenant
 * keys) and checks it against the digest.
 */
export function newKeySalt(): string {
  return randomBytes(16).toString('base64url');
}

export function keyDigest(salt: string, key: string): string {
  return createHmac('sha256', salt).update(key).digest('base64url');
}

export function matchesKeyDigest(salt: string, key: string, digest: string): boolean {
  const expected = Buffer.from(keyDigest(salt, key));
  const given = Buffer.from(digest);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
