import { Customer, GetallcustomersResponse, getallcustomers, ProjectCustomer } from '@solarproof/schemas';
import { describe, expect } from 'vitest';
import { PAGE_SIZE } from '../../src/iterate-customers.js';
import { type ContractContext, countingFetch, rawGet } from './contract-context.js';

/** The read actions, and pagination. */
export function describeReads({ expectPastTheEnd, caseTest, client, session }: ContractContext): void {
  describe('reads', () => {
    caseTest(
      'listCustomers',
      'listCustomers answers one page of at most 50 customers, the same body the spec describes',
      async () => {
        const page = await client().listCustomers({ page: 1 });
        expect(page.length).toBeGreaterThan(0);
        expect(page.length).toBeLessThanOrEqual(PAGE_SIZE);
        expect(GetallcustomersResponse.safeParse(page).error).toBeUndefined();

        const raw = await rawGet(session(), { action: 'getallcustomers', page: '1' });
        expect(raw.status).toBe(200);
        // A reading outside the spec (null for unset texts) is not the spec's body; the ids still are.
        const parsed = session().reading.inSpec
          ? getallcustomers.responses[200].parse(raw.json)
          : (raw.json as { customer_id: string }[]);
        expect(parsed.map((customer) => customer.customer_id)).toEqual(
          page.map((customer) => customer.customer_id),
        );
      },
    );

    caseTest(
      'iterateCustomers',
      'iterateCustomers yields every customer of every page once, requesting each page once and in order',
      async () => {
        const fetch = countingFetch(session());
        const ids: string[] = [];
        for await (const customer of client({ fetch }).iterateCustomers()) ids.push(customer.customer_id);

        expect(new Set(ids).size).toBe(ids.length);
        const known = session().fixtures?.customerCount();
        if (known !== undefined) expect(ids).toHaveLength(known);
        // A short last page ends the loop; a full one costs one more request (NO_CUSTOMERS_FOUND or []).
        const read = Math.floor(ids.length / PAGE_SIZE) + 1;
        // The default prefetch keeps two pages ahead: after the last full page, one past the end too.
        expect(fetch.calls).toHaveLength(read > 1 ? read + 1 : read);
        expect(fetch.calls.map((url) => url.searchParams.get('page'))).toEqual(
          fetch.calls.map((_, index) => String(index + 1)),
        );
      },
    );

    caseTest(
      'iterateCustomers on a full last page',
      'iterateCustomers stops on the answer past a full last page (NO_CUSTOMERS_FOUND or [])',
      async () => {
        const apiKey = await session().createTenant!(2 * PAGE_SIZE);
        const fetch = countingFetch(session());
        let count = 0;
        for await (const _customer of client({ apiKey, fetch }).iterateCustomers()) count += 1;
        expect(count).toBe(2 * PAGE_SIZE);
        // Pages 1-3 read, and page 4 fetched ahead (two pages ahead, the default) and aborted.
        expect(fetch.calls).toHaveLength(4);
        await expectPastTheEnd(client({ apiKey }).listCustomers({ page: 3 }));
      },
    );

    caseTest('getCustomerByEmail', 'getCustomerByEmail answers the customer with that email', async () => {
      const [first] = await client().listCustomers({ page: 1 });
      const customer = await client().getCustomerByEmail(first!.customer_email);
      expect(Customer.safeParse(customer).error).toBeUndefined();
      expect(customer).toMatchObject({
        customer_id: first!.customer_id,
        customer_email: first!.customer_email,
        customer_first_name: first!.customer_first_name,
        customer_last_name: first!.customer_last_name,
      });
    });

    caseTest(
      'getCustomerId',
      'getCustomerId answers the full customer and findCustomerId its numeric id',
      async () => {
        const page = await client().listCustomers({ page: 1 });
        const last = page.at(-1)!;
        const customer = await client().getCustomerId(last.customer_email);
        expect(Customer.safeParse(customer).error).toBeUndefined();
        expect(customer.customer_id).toBe(last.customer_id);
        await expect(client().findCustomerId(last.customer_email)).resolves.toBe(Number(last.customer_id));
      },
    );

    caseTest(
      'getCustomerOfProject',
      "getCustomerOfProject answers the project's customer, unwrapped from its envelope",
      async () => {
        let owner: Customer | undefined;
        for await (const customer of client().iterateCustomers()) {
          if (customer.projects.length > 0) {
            owner = customer;
            break;
          }
        }
        if (!owner) throw new Error('The account has no customer with a project, so this case has no input');
        const projectCustomer = await client().getCustomerOfProject(Number(owner.projects[0]!.project_id));
        expect(ProjectCustomer.safeParse(projectCustomer).error).toBeUndefined();
        expect(projectCustomer).toMatchObject({
          customerID: Number(owner.customer_id),
          email: owner.customer_email,
          firstName: owner.customer_first_name,
          surname: owner.customer_last_name,
        });
      },
    );
  });
}
