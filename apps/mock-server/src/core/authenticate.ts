import type { Company, World } from '../world/types.js';

export type Authentication = { ok: true; company: Company; key: string } | { ok: false; message: string };

/**
 * Finds the caller's company from `api_key` in the query or `data.apikey` in a write's body
 * (decision I-29: either place; both must agree). No message ever repeats a key.
 */
export function authenticate(world: World, queryKey: string | null, bodyKey: unknown): Authentication {
  const fromBody = typeof bodyKey === 'string' && bodyKey !== '' ? bodyKey : null;
  const fromQuery = queryKey !== null && queryKey !== '' ? queryKey : null;
  if (fromQuery !== null && fromBody !== null && fromQuery !== fromBody) {
    return { ok: false, message: 'The api_key in the query and data.apikey in the body differ' };
  }
  const key = fromQuery ?? fromBody;
  if (key === null) return { ok: false, message: 'The API key is missing: pass api_key in the query string' };
  const company = world.companyByApiKey(key);
  if (!company) return { ok: false, message: 'The provided API key is invalid' };
  return { ok: true, company, key };
}
