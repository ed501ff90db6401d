import {
  createMockApi,
  DEFAULT_API_KEY,
  type MockApi,
  type MockOptions,
  type TenantResponse,
} from '@solarproof/mock-server';
import type { ClientOptions } from '../../src/client-options.js';
import {
  type Capabilities,
  type ContractReading,
  createEmailLedger,
  type FaultRule,
  type Session,
} from './target.js';

/** The mocks can do everything the suite asks. */
export const MOCK_CAPABILITIES: Capabilities = {
  canCreateTenants: true,
  canInjectFaults: true,
  canWrite: true,
  knowsFixtures: true,
};

/** How a mock target is made. */
export interface ContractTargetOptions {
  /** A profile of the mock's interpretation switches (`documented` when absent). */
  profile?: string | undefined;
}

/** A target's name, with its profile when it has one. */
export function withProfile(name: string, profile: string | undefined): string {
  return profile === undefined ? name : `${name}, profile ${profile}`;
}

/** Customers of each file's tenant: three pages, the last one short. */
const TENANT_CUSTOMERS = 120;

/**
 * A mock that checks its own answers against the spec (a drift fails loudly as UNKNOWN) and never
 * sends webhook deliveries anywhere.
 */
export function createContractMock(profile?: string): MockApi {
  return createMockApi({ ...CONTRACT_MOCK_OPTIONS, profile });
}

/** The contract mock's options besides its reading of the docs. */
export const CONTRACT_MOCK_OPTIONS = {
  seed: 4,
  validateResponses: true,
  webhooks: { fetch: async () => new Response(null, { status: 204 }) },
} satisfies MockOptions;

export interface MockSessionOptions {
  mock: MockApi;
  /** Where the control API is: the mock's origin. */
  origin: string;
  clientOptions: Pick<ClientOptions, 'baseUrl' | 'fetch'>;
  close(): Promise<void>;
}

/**
 * A fresh tenant, made through the control API (so files never share a company), with its fixtures
 * read from the mock's world: ids no API action reveals.
 */
export async function openMockSession(options: MockSessionOptions): Promise<Session> {
  const { mock, origin } = options;
  const control = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    const response = await fetch(`${origin}/__mock/${path}`, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer: unknown = await response.json();
    if (!response.ok)
      throw new Error(`${method} /__mock/${path} answered ${response.status}: ${JSON.stringify(answer)}`);
    return answer;
  };
  const createTenant = async (customers: number) =>
    (await control('POST', 'tenants', { name: 'Contract Suite Pty Ltd', customers })) as TenantResponse;

  const tenant = await createTenant(TENANT_CUSTOMERS);
  const other = mock.world.companyByApiKey(DEFAULT_API_KEY);
  if (!other) throw new Error('The mock has no default company');
  const orphan = mock.world
    .projectsOfCompany(tenant.companyId)
    .find((project) => project.customerId === null);
  const foreignProject = mock.world.projectsOfCompany(other.id)[0];
  const foreignCustomer = mock.world.customersPage(other.id, 1, 1)[0];
  if (!orphan || !foreignProject || !foreignCustomer) {
    throw new Error('The mock world lacks a project without customer, or another company with data');
  }
  const emails = createEmailLedger();

  return {
    apiKey: tenant.apiKey,
    reading: readingOf(mock),
    clientOptions: options.clientOptions,
    fixtures: {
      foreignProjectId: foreignProject.id,
      foreignCustomerId: foreignCustomer.id,
      orphanProjectId: orphan.id,
      customerCount: () => mock.world.customerCount(tenant.companyId),
    },
    injectFault: async (rule: FaultRule) => {
      await control('POST', 'faults', rule);
    },
    clearFaults: async () => {
      await control('DELETE', 'faults');
    },
    createTenant: async (customers) => (await createTenant(customers)).apiKey,
    uniqueEmail: (label) => emails.next(label),
    close: options.close,
  };
}

/** The suite's expectations under the mock's reading of the docs, from its switches. */
export function readingOf(mock: MockApi): ContractReading {
  const { switches, label, inSpec } = mock.interpretation;
  return {
    profile: label,
    inSpec,
    // RATE_LIMITED keeps its 429 under every reading: its Retry-After is what a transport acts on.
    errorStatuses: (code, documented) => {
      if (switches['U-1'] === 'mapped' || code === 'RATE_LIMITED') return [documented];
      return [switches['U-1'] === 'always-200' ? 200 : 400];
    },
    pastTheEnd: switches['I-7'] === 'empty-array' ? 'empty-page' : 'NO_CUSTOMERS_FOUND',
  };
}
