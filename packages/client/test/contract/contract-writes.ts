import { CreatecustomerResponse, DeletecustomerResponse, UpdatecustomerResponse } from '@solarproof/schemas';
import { describe, expect } from 'vitest';
import type { CreateCustomerInput } from '../../src/customer-inputs.js';
import type { ContractContext } from './contract-context.js';

/**
 * The write actions as one cycle on ONE customer (what the live target may do with
 * SOLARPROOF_LIVE_WRITES=1): create, read back, the write errors, update, delete, gone. The cases run
 * in order and share that customer; the session deletes it on close if a case failed half way.
 */
export function describeWrites({ expectApiError, caseTest, client, session }: ContractContext): void {
  describe('writes: one customer, created, updated and deleted', () => {
    let created: { id: string; email: string; input: CreateCustomerInput } | undefined;
    const createdCustomer = () => {
      if (!created) throw new Error('No customer: the createCustomer case did not pass');
      return created;
    };

    caseTest(
      'createCustomer',
      'createCustomer creates a customer that the read actions then find',
      async () => {
        const email = session().uniqueEmail();
        const input: CreateCustomerInput = {
          firstname: 'Contract',
          surname: 'Suite',
          email,
          phone1: '0400 000 111',
          type: 'RESIDENTIAL',
        };
        const answer = await client().createCustomer(input);
        expect(CreatecustomerResponse.safeParse(answer).error).toBeUndefined();
        created = { id: answer.id, email, input };

        const customer = await client().getCustomerByEmail(email);
        expect(customer).toMatchObject({
          customer_id: answer.id,
          customer_email: email,
          customer_first_name: 'Contract',
          customer_last_name: 'Suite',
          customer_phone_1: '0400 000 111',
          customer_type: 'Residential',
        });
        await expect(client().findCustomerId(email)).resolves.toBe(Number(answer.id));
      },
    );

    caseTest(
      'DUPLICATE_EMAIL',
      'createCustomer with the email of an existing customer fails with DUPLICATE_EMAIL (409)',
      async () => {
        const { input, id } = createdCustomer();
        await expectApiError(client().createCustomer({ ...input, firstname: 'Twice' }), {
          code: 'DUPLICATE_EMAIL',
          action: 'createcustomer',
          status: 409,
        });
        await expect(client().findCustomerId(input.email)).resolves.toBe(Number(id));
      },
    );

    caseTest(
      'USER_NOT_FOUND',
      'createCustomer for a user the account does not have fails with USER_NOT_FOUND (404) and creates nothing',
      async () => {
        const email = session().uniqueEmail('ghost-owner');
        await expectApiError(
          client().createCustomer({
            useremail: `solarproof-devkit-ghost+${Date.now()}@example.com`,
            firstname: 'Ghost',
            surname: 'Owner',
            email,
            phone1: '0400 000 222',
            type: 'COMMERCIAL',
          }),
          { code: 'USER_NOT_FOUND', action: 'createcustomer', status: 404 },
        );
        await expectApiError(client().getCustomerByEmail(email), {
          code: 'CUSTOMER_NOT_FOUND',
          action: 'getcustomerByemail',
          status: 404,
        });
      },
    );

    caseTest('updateCustomer', 'updateCustomer changes the given fields and keeps the others', async () => {
      const { id, email } = createdCustomer();
      const answer = await client().updateCustomer(id, { surname: 'Suite-Updated', phone1: '0400 000 333' });
      expect(UpdatecustomerResponse.safeParse(answer).error).toBeUndefined();
      expect(answer.CustomerId).toBe(id);

      const customer = await client().getCustomerByEmail(email);
      expect(customer).toMatchObject({
        customer_id: id,
        customer_email: email,
        customer_first_name: 'Contract',
        customer_last_name: 'Suite-Updated',
        customer_phone_1: '0400 000 333',
        customer_type: 'Residential',
      });
    });

    caseTest(
      'PERMISSION_DENIED',
      "updating or deleting another company's customer fails with PERMISSION_DENIED (403)",
      async () => {
        const foreign = session().fixtures!.foreignCustomerId;
        await expectApiError(client().updateCustomer(foreign, { surname: 'Not Yours' }), {
          code: 'PERMISSION_DENIED',
          action: 'updatecustomer',
          status: 403,
        });
        await expectApiError(client().deleteCustomer(foreign), {
          code: 'PERMISSION_DENIED',
          action: 'deletecustomer',
          status: 403,
        });
      },
    );

    caseTest(
      'UPDATE_FAILED',
      'an update the server fails fails with UPDATE_FAILED (500), is not retried and changes nothing',
      async () => {
        const { id, email } = createdCustomer();
        const before = await client().getCustomerByEmail(email);
        await session().injectFault!({ action: 'updatecustomer', code: 'UPDATE_FAILED' });
        await expectApiError(client().updateCustomer(id, { surname: 'Never Written' }), {
          code: 'UPDATE_FAILED',
          action: 'updatecustomer',
          status: 500,
        });
        await expect(client().getCustomerByEmail(email)).resolves.toEqual(before);
      },
    );

    caseTest(
      'DELETION_FAILED',
      'a deletion the server fails fails with DELETION_FAILED (500) and the customer stays',
      async () => {
        const { id, email } = createdCustomer();
        await session().injectFault!({ action: 'deletecustomer', code: 'DELETION_FAILED' });
        await expectApiError(client().deleteCustomer(id), {
          code: 'DELETION_FAILED',
          action: 'deletecustomer',
          status: 500,
        });
        await expect(client().findCustomerId(email)).resolves.toBe(Number(id));
      },
    );

    caseTest('deleteCustomer', 'deleteCustomer removes the customer for good', async () => {
      const { id, email } = createdCustomer();
      const answer = await client().deleteCustomer(id);
      expect(DeletecustomerResponse.safeParse(answer).error).toBeUndefined();
      expect(answer.CustomerId).toBe(id);
      await expectApiError(client().getCustomerByEmail(email), {
        code: 'CUSTOMER_NOT_FOUND',
        action: 'getcustomerByemail',
        status: 404,
      });
    });

    caseTest(
      'CUSTOMER_NOT_FOUND on writes',
      'updating or deleting the deleted customer fails with CUSTOMER_NOT_FOUND (404)',
      async () => {
        const { id } = createdCustomer();
        await expectApiError(client().updateCustomer(id, { surname: 'Gone' }), {
          code: 'CUSTOMER_NOT_FOUND',
          action: 'updatecustomer',
          status: 404,
        });
        await expectApiError(client().deleteCustomer(id), {
          code: 'CUSTOMER_NOT_FOUND',
          action: 'deletecustomer',
          status: 404,
        });
      },
    );
  });
}
