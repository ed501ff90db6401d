import { describe, expect, it } from 'vitest';
import { DEFAULT_API_KEY, SWITCHES } from '../../src/index.js';
import { interpretationContext, type MakeTarget } from './interpretation-context.js';

type Json = Record<string, unknown>;

/** Readings chosen per tenant through the control API, and the list of switches it serves. */
export function interpretationControlScenarios(makeTarget: MakeTarget): void {
  describe('the control API', () => {
    const ctx = interpretationContext(makeTarget, {});
    const createTenant = (body: unknown) => ctx.send({ method: 'POST', path: '/__mock/tenants', body }, null);

    it('lists every switch with its alternatives and their evidence, and the profiles', async () => {
      const response = await ctx.send({ path: '/__mock/interpretations' }, null);
      const body = response.json as { world: Json; profiles: Json[]; switches: typeof SWITCHES };
      expect(response.status).toBe(200);
      expect(body.switches.map((s) => s.id)).toEqual(SWITCHES.map((s) => s.id));
      expect(body.switches[0]?.alternatives[0]?.evidence[0]).toMatchObject({ source: 'seed000' });
      expect(body.profiles.map((p) => p.name)).toEqual(['documented', 'lenient-php', 'strictest']);
      expect(body.world).toMatchObject({ profile: 'documented', label: 'documented' });
    });

    it('answers a tenant by its own profile while the world keeps its own', async () => {
      const created = await createTenant({
        customers: 0,
        profile: 'lenient-php',
        interpret: ['I-7=not-found'],
      });
      expect(created.status).toBe(201);
      const { apiKey, profile } = created.json as { apiKey: string; profile: string };
      expect(profile).toBe('lenient-php I-7=not-found');
      const missing = { action: 'getcustomerByemail', customer_email: 'nobody@example.com' };
      expect((await ctx.get(missing, apiKey)).status).toBe(200);
      expect((await ctx.get(missing, DEFAULT_API_KEY)).status).toBe(404);
      const journal = (await ctx.send({ path: '/__mock/journal' }, null)).json as { entries: Json[] };
      expect(journal.entries.slice(-2).map((e) => e.profile)).toEqual([
        'lenient-php I-7=not-found',
        'documented',
      ]);
    });

    it('takes a profile as a profile file holds it', async () => {
      const profile = { name: 'ours', basedOn: 'strictest', switches: { 'U-1': 'mapped' } };
      const created = await createTenant({ customers: 1, profile });
      expect((created.json as Json).profile).toBe('ours');
    });

    const bad: [string, unknown, RegExp][] = [
      [
        'an unknown profile',
        { profile: 'php' },
        /Unknown profile 'php': one of documented, lenient-php, strictest/,
      ],
      ['an unknown switch', { interpret: { 'I-99': 'x' } }, /Unknown interpretation switch 'I-99'/],
      ['an unknown value', { interpret: ['I-7=maybe'] }, /Unknown value 'maybe' for I-7/],
    ];
    it.each(bad)('refuses a tenant with %s, naming the valid choices', async (_name, body, message) => {
      const response = await createTenant(body);
      expect([response.status, (response.json as Json).code]).toEqual([400, 'INVALID_PARAMETERS']);
      expect((response.json as { message: string }).message).toMatch(message);
    });
  });
}
