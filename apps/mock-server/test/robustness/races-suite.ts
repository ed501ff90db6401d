import { Agent } from 'node:http';
import { getallcustomers } from '@solarproof/schemas';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMockApi, type MockApi } from '../../src/index.js';
import { type RunningMockServer, startMockServer } from '../../src/node.js';
import { robustnessSeed, scaled } from './support/context.js';
import { type Exchange, keepAliveAgent, send } from './support/http-client.js';

type Answer = Extract<Exchange, { kind: 'answer' }>;

/**
 * The races suite at SOLARPROOF_TEST_SCALE: at 1 (the default tier) 50 concurrent creates and 60
 * update/delete interleavings (fewer would often miss a run ending deleted, or one not); the long
 * tier's 20 makes them 1,000 and 1,200.
 */
export function racesSuite(): void {
  const crowdSize = scaled(50);
  const interleavings = scaled(60);

  describe('races over HTTP', () => {
    let mock: MockApi;
    let server: RunningMockServer;
    let agent: Agent;
    const seed = robustnessSeed();

    beforeAll(async () => {
      mock = createMockApi({ validateResponses: true, journalLimit: 100 });
      server = await startMockServer({ port: 0, mock });
      agent = keepAliveAgent(32);
    });
    afterAll(async () => {
      agent.destroy();
      await server.close();
    });

    const answered = (exchange: Exchange): Answer => {
      if (exchange.kind !== 'answer') throw new Error(`no answer: ${JSON.stringify(exchange)}`);
      return exchange;
    };
    const codeOf = (answer: Answer) => (JSON.parse(answer.text) as { code?: string }).code;
    const write = async (action: string, data: unknown, key: string, via: Agent = agent) =>
      answered(
        await send(
          server.port,
          {
            method: 'POST',
            target: `/apidata.php?action=${action}&api_key=${key}`,
            headers: { 'content-type': 'application/json' },
            body: Buffer.from(JSON.stringify({ data })),
          },
          via,
        ),
      );
    const read = async (query: Record<string, string>, key: string) =>
      answered(
        await send(
          server.port,
          {
            method: 'GET',
            target: `/apidata.php?${new URLSearchParams({ ...query, api_key: key })}`,
            headers: {},
          },
          agent,
        ),
      );
    const tenant = async (customers: number) => {
      const answer = answered(
        await send(
          server.port,
          {
            method: 'POST',
            target: '/__mock/tenants',
            headers: { 'content-type': 'application/json' },
            body: Buffer.from(JSON.stringify({ customers })),
          },
          agent,
        ),
      );
      expect(answer.status).toBe(201);
      return JSON.parse(answer.text) as { apiKey: string; companyId: number };
    };
    const customer = (email: string, surname = 'Original') => ({
      firstname: 'Race',
      surname,
      email,
      phone1: '0412 345 678',
      type: 'RESIDENTIAL',
    });

    test(`${crowdSize.toLocaleString('en')} concurrent createcustomer calls with one email store one customer: one 200, the rest DUPLICATE_EMAIL`, {
      timeout: 30_000,
    }, async () => {
      const { apiKey, companyId } = await tenant(5);
      const email = 'one.email@race.example.com.au';
      // One connection each, all opened at once; half of them write the email in upper case.
      const crowd = new Agent({ keepAlive: false, maxSockets: crowdSize });
      try {
        const answers = await Promise.all(
          Array.from({ length: crowdSize }, (_, i) =>
            write('createcustomer', customer(i % 2 ? email.toUpperCase() : email, `N${i}`), apiKey, crowd),
          ),
        );
        const ok = answers.filter((a) => a.status === 200);
        const conflicts = answers.filter((a) => a.status === 409 && codeOf(a) === 'DUPLICATE_EMAIL');
        expect(ok).toHaveLength(1);
        expect(conflicts).toHaveLength(crowdSize - 1);
      } finally {
        crowd.destroy();
      }
      const stored = mock.world
        .customersPage(companyId, 1, 10_000)
        .filter((c) => c.email.toLowerCase() === email);
      expect(stored).toHaveLength(1);
      expect(mock.world.customerCount(companyId)).toBe(6);
      const byEmail = await read({ action: 'getcustomerByemail', customer_email: email }, apiKey);
      expect(byEmail.status).toBe(200);
    });

    test('concurrent updates and deletes of one customer leave it deleted everywhere or holding one of the written values', {
      timeout: Math.max(40_000, interleavings * 100),
    }, async () => {
      const { apiKey, companyId } = await tenant(3);
      const op = fc.oneof(
        { weight: 5, arbitrary: fc.constant('update' as const) },
        { weight: 3, arbitrary: fc.constantFrom('getcustomerid' as const, 'getcustomerByemail' as const) },
        { weight: 1, arbitrary: fc.constant('delete' as const) },
      );
      let round = 0;
      let deletedRounds = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(op, { minLength: 2, maxLength: 30 }), async (ops) => {
          round += 1;
          const email = `interleave.${round}@race.example.com.au`;
          const created = await write('createcustomer', customer(email), apiKey);
          expect(created.status).toBe(200);
          const id = Number((JSON.parse(created.text) as { id: string }).id);
          const written = new Set<string>(['Original']);

          const answers = await Promise.all(
            ops.map((kind, i) => {
              if (kind === 'update') {
                const surname = `Written${i}`;
                written.add(surname);
                return write('updatecustomer', { pkcustomerid: id, surname }, apiKey);
              }
              if (kind === 'delete') return write('deletecustomer', { pkcustomerid: String(id) }, apiKey);
              return read({ action: kind, customer_email: email }, apiKey);
            }),
          );
          for (const [i, answer] of answers.entries()) {
            expect(answer.status, `${ops[i]}: ${answer.text}`).toBeLessThan(500);
            if (answer.status !== 200) {
              expect({ status: answer.status, code: codeOf(answer) }).toEqual({
                status: 404,
                code: 'CUSTOMER_NOT_FOUND',
              });
            } else if (ops[i] === 'getcustomerid' || ops[i] === 'getcustomerByemail') {
              expect(written).toContain(
                (JSON.parse(answer.text) as { customer_last_name: string }).customer_last_name,
              );
            }
          }
          const deletes = ops.flatMap((kind, i) => (kind === 'delete' ? [answers[i] as Answer] : []));
          expect(deletes.filter((a) => a.status === 200)).toHaveLength(deletes.length > 0 ? 1 : 0);

          const afterwards = await Promise.all([
            read({ action: 'getcustomerid', customer_email: email }, apiKey),
            read({ action: 'getcustomerByemail', customer_email: email.toUpperCase() }, apiKey),
            write('updatecustomer', { pkcustomerid: id, firstname: 'Probe' }, apiKey),
          ]);
          const stored = mock.world.customer(id);
          const paged = mock.world.customersPage(companyId, 1, 10_000).some((c) => c.id === id);
          if (deletes.length > 0) {
            deletedRounds += 1;
            for (const answer of afterwards) {
              expect({ status: answer.status, code: codeOf(answer) }).toEqual({
                status: 404,
                code: 'CUSTOMER_NOT_FOUND',
              });
            }
            expect(stored).toBeUndefined();
            expect(paged).toBe(false);
            expect(mock.world.customerByEmail(companyId, email)).toBeUndefined();
          } else {
            expect(afterwards.map((a) => a.status)).toEqual([200, 200, 200]);
            expect(written).toContain(stored?.surname);
            expect(paged).toBe(true);
            // Every update succeeded, so the stored surname is one of the updates' unless there was none.
            if (ops.includes('update')) expect(stored?.surname).not.toBe('Original');
          }
        }),
        { numRuns: interleavings, seed, verbose: 1 },
      );
      console.log(
        `races: ${round} update/delete interleavings (${deletedRounds} ending deleted), 0 inconsistent`,
      );
      expect(deletedRounds).toBeGreaterThan(0);
      expect(deletedRounds).toBeLessThan(round);
    });

    test('paging through getallcustomers while customers are created never repeats or skips one that existed before the walk', {
      timeout: 40_000,
    }, async () => {
      const { apiKey, companyId } = await tenant(120);
      let created = 0;
      let walking = true;
      // A steady stream of creations for the whole test, besides the bursts between pages below.
      const background = (async () => {
        while (walking) {
          await Promise.all(
            Array.from({ length: 4 }, () =>
              write('createcustomer', customer(`bg.${created++}@walk.example.com.au`), apiKey),
            ),
          );
        }
      })();
      try {
        for (let walk = 0; walk < 6; walk++) {
          const before = mock.world.customersPage(companyId, 1, 100_000).map((c) => String(c.id));
          const seen: string[] = [];
          for (let page = 1; ; page++) {
            const [answer] = await Promise.all([
              read({ action: 'getallcustomers', page: String(page) }, apiKey),
              ...Array.from({ length: 6 }, () =>
                write('createcustomer', customer(`burst.${created++}@walk.example.com.au`), apiKey),
              ),
            ]);
            if (answer.status === 404) {
              expect(codeOf(answer)).toBe('NO_CUSTOMERS_FOUND');
              break;
            }
            expect(answer.status).toBe(200);
            seen.push(
              ...getallcustomers.responses[200].parse(JSON.parse(answer.text)).map((c) => c.customer_id),
            );
            if (page > 1_000) throw new Error('the walk never ends');
          }
          expect(new Set(seen).size, 'a customer was repeated').toBe(seen.length);
          const missing = before.filter((id) => !seen.includes(id));
          expect(missing, 'customers that existed before the walk were skipped').toEqual([]);
        }
      } finally {
        walking = false;
        await background;
      }
      console.log(
        `races: 6 walks over getallcustomers while ${created} customers were created, 0 repeats, 0 skips`,
      );
      expect(created).toBeGreaterThan(100);
    });
  });
}
