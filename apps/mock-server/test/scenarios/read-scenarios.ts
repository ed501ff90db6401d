import { getallcustomers, getcustomerByemail, getcustomerofproject } from '@solarproof/schemas';
import { describe, expect, test } from 'vitest';
import { OTHER_API_KEY } from '../../src/index.js';
import { expectApiError } from '../support/scenario-helpers.js';
import type { ScenarioContext } from './scenario-context.js';
/** The scenarios of the read actions, run through every transport. */
export function readScenarios({ get, world, defaultCompany, otherCompany, tenant }: ScenarioContext): void {
  describe('getallcustomers', () => {
    test('answers 50 customers a page, in the documented shape', async () => {
      const response = await get({ action: 'getallcustomers', page: '1' });
      expect(response.status).toBe(200);
      expect(getallcustomers.responses[200].parse(response.json)).toHaveLength(50);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    });

    test('defaults to page 1 and walks the 130 seeded customers over three pages', async () => {
      const first = await get({ action: 'getallcustomers' });
      const pages = await Promise.all(
        ['1', '2', '3'].map((page) => get({ action: 'getallcustomers', page })),
      );
      expect(first.text).toBe(pages[0]?.text);
      const ids = pages.flatMap((page) =>
        (page.json as Array<{ customer_id: string }>).map((c) => c.customer_id),
      );
      expect(ids).toHaveLength(130);
      expect(new Set(ids).size).toBe(130);
    });

    test.each([
      [49, [49]],
      [50, [50]],
      [51, [50, 1]],
      [100, [50, 50]],
    ])('pages a company of %i customers as %j, then answers NO_CUSTOMERS_FOUND', async (count, sizes) => {
      const { apiKey } = await tenant(count);
      for (const [index, size] of sizes.entries()) {
        const page = await get({ action: 'getallcustomers', page: String(index + 1) }, apiKey);
        expect((page.json as unknown[]).length).toBe(size);
      }
      const past = await get({ action: 'getallcustomers', page: String(sizes.length + 1) }, apiKey);
      expectApiError(past, 404, 'NO_CUSTOMERS_FOUND');
    });

    test('answers NO_CUSTOMERS_FOUND for a company with no customers', async () => {
      const { apiKey } = await tenant(0);
      expectApiError(
        await get({ action: 'getallcustomers' }, apiKey),
        404,
        'NO_CUSTOMERS_FOUND',
        /No customers exist/,
      );
    });

    test.each(['0', '-1', 'abc', '1.5', '', '0x2'])(
      'answers INVALID_PARAMETERS for page %j',
      async (page) => {
        expectApiError(await get({ action: 'getallcustomers', page }), 400, 'INVALID_PARAMETERS', /page/);
      },
    );

    test.each([
      ['a missing key', null, /missing/],
      ['a wrong key', 'sp_not_a_key', /invalid/],
    ])('answers INVALID_API_KEY for %s', async (_name, key, message) => {
      expectApiError(await get({ action: 'getallcustomers' }, key), 401, 'INVALID_API_KEY', message);
    });

    test("shows only the key company's customers", async () => {
      const other = await get({ action: 'getallcustomers' }, OTHER_API_KEY);
      const ids = new Set((other.json as Array<{ customer_id: string }>).map((c) => Number(c.customer_id)));
      expect(ids.size).toBe(world().customerCount(otherCompany().id));
      for (const id of ids) expect(world().customer(id)?.companyId).toBe(otherCompany().id);
    });
  });

  describe('getcustomerByemail and getcustomerid', () => {
    test.each(['getcustomerByemail', 'getcustomerid'])(
      '%s returns the full customer, found case-insensitively',
      async (action) => {
        const customer = world().customersPage(defaultCompany().id, 1, 1)[0]!;
        const response = await get({ action, customer_email: customer.email.toUpperCase() });
        expect(response.status).toBe(200);
        const body = getcustomerByemail.responses[200].parse(response.json);
        expect(body.customer_id).toBe(String(customer.id));
      },
    );

    test.each(['getcustomerByemail', 'getcustomerid'])(
      '%s answers CUSTOMER_NOT_FOUND for an unknown email',
      async (action) => {
        expectApiError(
          await get({ action, customer_email: 'nobody@example.com' }),
          404,
          'CUSTOMER_NOT_FOUND',
        );
      },
    );

    test.each(['getcustomerByemail', 'getcustomerid'])(
      "%s does not find another company's customer",
      async (action) => {
        const foreign = world().customersPage(otherCompany().id, 1, 1)[0]!;
        expectApiError(await get({ action, customer_email: foreign.email }), 404, 'CUSTOMER_NOT_FOUND');
      },
    );

    test.each(['getcustomerByemail', 'getcustomerid'])(
      '%s answers INVALID_PARAMETERS without customer_email',
      async (action) => {
        expectApiError(await get({ action }), 400, 'INVALID_PARAMETERS', /customer_email/);
      },
    );
  });

  describe('getcustomerofproject', () => {
    const projects = () => world().projectsOfCompany(defaultCompany().id);

    test("returns the project's customer in camelCase", async () => {
      const project = projects().find((p) => p.customerId !== null)!;
      const response = await get({ action: 'getcustomerofproject', project_id: String(project.id) });
      const body = getcustomerofproject.responses[200].parse(response.json);
      expect(body.Customer.customerID).toBe(project.customerId);
      expect(body.Message).toBe('Customer details retrieved successfully!');
    });

    test.each([
      ['an unknown project', (): string | undefined => '999999', 404, 'PROJECT_NOT_FOUND'],
      [
        "another company's project",
        (): string | undefined => String(world().projectsOfCompany(otherCompany().id)[0]!.id),
        403,
        'UNAUTHORISED',
      ],
      [
        'a project with no customer',
        (): string | undefined => String(projects().find((p) => p.customerId === null)!.id),
        404,
        'NO_CUSTOMER_ASSIGNED',
      ],
      ['a missing project_id', (): string | undefined => undefined, 400, 'INVALID_PARAMETERS'],
      ['a project_id that is not a number', (): string | undefined => 'abc', 400, 'INVALID_PARAMETERS'],
    ] as const)('answers %s with %i %s', async (_name, id, status, code) => {
      const projectId = id();
      const query: Record<string, string> = { action: 'getcustomerofproject' };
      if (projectId !== undefined) query.project_id = projectId;
      expectApiError(await get(query), status, code);
    });
  });
}
