import { GetallcustomersError } from '@solarproof/schemas';
import { describe, expect } from 'vitest';
import { type ContractContext, rawGet, unknownEmail } from './contract-context.js';

/** Every error code a read action documents. */
export function describeReadErrors({
  expectApiError,
  expectPastTheEnd,
  caseTest,
  client,
  session,
}: ContractContext): void {
  describe('read errors', () => {
    caseTest('INVALID_API_KEY', 'a wrong key fails every read with INVALID_API_KEY (401)', async () => {
      const wrong = client({ apiKey: 'sp_contract_not_a_key_0000000000000000' });
      await expectApiError(wrong.listCustomers(), {
        code: 'INVALID_API_KEY',
        action: 'getallcustomers',
        status: 401,
      });
      await expectApiError(wrong.getCustomerByEmail('someone@example.com'), {
        code: 'INVALID_API_KEY',
        action: 'getcustomerByemail',
        status: 401,
      });
      await expectApiError(wrong.getCustomerOfProject(1), {
        code: 'INVALID_API_KEY',
        action: 'getcustomerofproject',
        status: 401,
      });
    });

    caseTest(
      'INVALID_PARAMETERS',
      'a page below 1 or an empty email fails with INVALID_PARAMETERS (400)',
      async () => {
        await expectApiError(client().listCustomers({ page: 0 }), {
          code: 'INVALID_PARAMETERS',
          action: 'getallcustomers',
          status: 400,
        });
        await expectApiError(client().getCustomerByEmail(''), {
          code: 'INVALID_PARAMETERS',
          action: 'getcustomerByemail',
          status: 400,
        });
        await expectApiError(client().getCustomerId(''), {
          code: 'INVALID_PARAMETERS',
          action: 'getcustomerid',
          status: 400,
        });
      },
    );

    caseTest(
      'NO_CUSTOMERS_FOUND',
      'a page past the end fails with NO_CUSTOMERS_FOUND (404), a body the spec describes, or is empty where the reading says so (I-7)',
      async () => {
        await expectPastTheEnd(client().listCustomers({ page: 100_000 }));
        const raw = await rawGet(session(), { action: 'getallcustomers', page: '100000' });
        if (Array.isArray(raw.json)) {
          expect(session().reading.pastTheEnd).not.toBe('NO_CUSTOMERS_FOUND');
          expect(raw).toEqual({ status: 200, json: [] });
        } else {
          expect(session().reading.errorStatuses('NO_CUSTOMERS_FOUND', 404)).toContain(raw.status);
          expect(GetallcustomersError.parse(raw.json).code).toBe('NO_CUSTOMERS_FOUND');
        }
      },
    );

    caseTest(
      'CUSTOMER_NOT_FOUND',
      'an email no customer has fails every lookup with CUSTOMER_NOT_FOUND (404)',
      async () => {
        const email = unknownEmail();
        await expectApiError(client().getCustomerByEmail(email), {
          code: 'CUSTOMER_NOT_FOUND',
          action: 'getcustomerByemail',
          status: 404,
        });
        await expectApiError(client().getCustomerId(email), {
          code: 'CUSTOMER_NOT_FOUND',
          action: 'getcustomerid',
          status: 404,
        });
        await expectApiError(client().findCustomerId(email), {
          code: 'CUSTOMER_NOT_FOUND',
          action: 'getcustomerid',
          status: 404,
        });
      },
    );

    caseTest(
      'PROJECT_NOT_FOUND',
      'a project that does not exist fails with PROJECT_NOT_FOUND (404)',
      async () => {
        await expectApiError(client().getCustomerOfProject(999_999_999), {
          code: 'PROJECT_NOT_FOUND',
          action: 'getcustomerofproject',
          status: 404,
        });
      },
    );

    caseTest(
      'NO_CUSTOMER_ASSIGNED',
      'a project without a customer fails with NO_CUSTOMER_ASSIGNED (404)',
      async () => {
        await expectApiError(client().getCustomerOfProject(session().fixtures!.orphanProjectId), {
          code: 'NO_CUSTOMER_ASSIGNED',
          action: 'getcustomerofproject',
          status: 404,
        });
      },
    );

    caseTest('UNAUTHORISED', "another company's project fails with UNAUTHORISED (403)", async () => {
      await expectApiError(client().getCustomerOfProject(session().fixtures!.foreignProjectId), {
        code: 'UNAUTHORISED',
        action: 'getcustomerofproject',
        status: 403,
      });
    });
  });
}
