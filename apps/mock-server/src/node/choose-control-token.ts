import { isLoopbackHost } from '../core/control-token.js';

/**
 * The control API's token for a server bound to `host`: the one given; none when opted out with
 * `false`; else none on loopback (only this machine can reach it) and a random one anywhere else.
 */
export function chooseControlToken(host: string, option: string | false | undefined): string | undefined {
  if (option === false) return undefined;
  if (option !== undefined) return option;
  if (isLoopbackHost(host)) return undefined;
  // node:crypto is loaded only here, off loopback: a few milliseconds of every start otherwise.
  return process.getBuiltinModule('node:crypto').randomBytes(24).toString('base64url');
}
