import type { Capability } from './target.js';

/**
 * Every case of the contract suite, with the capabilities it needs. A target's `cannot` list is
 * keyed by these names, so a misspelt or stale entry fails to compile.
 */
export const CONTRACT_CASES = {
  listCustomers: [],
  iterateCustomers: [],
  'iterateCustomers on a full last page': ['canCreateTenants'],
  getCustomerByEmail: [],
  getCustomerId: [],
  getCustomerOfProject: [],
  createCustomer: ['canWrite'],
  updateCustomer: ['canWrite'],
  deleteCustomer: ['canWrite'],
  'subscribe and unsubscribe': ['canWrite'],
  INVALID_API_KEY: [],
  INVALID_PARAMETERS: [],
  NO_CUSTOMERS_FOUND: [],
  CUSTOMER_NOT_FOUND: [],
  'CUSTOMER_NOT_FOUND on writes': ['canWrite'],
  PROJECT_NOT_FOUND: [],
  NO_CUSTOMER_ASSIGNED: ['knowsFixtures'],
  UNAUTHORISED: ['knowsFixtures'],
  USER_NOT_FOUND: ['canWrite'],
  DUPLICATE_EMAIL: ['canWrite'],
  PERMISSION_DENIED: ['knowsFixtures', 'canWrite'],
  UPDATE_FAILED: ['canInjectFaults', 'canWrite'],
  DELETION_FAILED: ['canInjectFaults', 'canWrite'],
  'webhook: Invalid API key': [],
  'webhook: No matching webhook found for this user': [],
  'webhook: invalid subscription bodies': ['canWrite'],
  RATE_LIMITED: ['canInjectFaults'],
  'every error code forced on every action': ['canInjectFaults'],
  'network failures': ['canInjectFaults'],
  timeouts: ['canInjectFaults'],
} as const satisfies Record<string, readonly Capability[]>;

export type ContractCase = keyof typeof CONTRACT_CASES;

/** The cases a target lacks a capability for; each must be in its `cannot` list. */
export function casesNeedingMissingCapabilities(capabilities: Record<Capability, boolean>): ContractCase[] {
  return (Object.entries(CONTRACT_CASES) as [ContractCase, readonly Capability[]][])
    .filter(([, needs]) => needs.some((capability) => !capabilities[capability]))
    .map(([name]) => name);
}
