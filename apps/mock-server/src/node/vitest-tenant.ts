import { inject } from 'vitest';
import type { TenantRequest, TenantResponse } from '../control/control-schemas.js';
import type { SolarProofMockContext } from './vitest-global-setup.js';

export interface SolarProofTenant extends TenantResponse {
  /** The fake's base URL, for `createClient({ baseUrl })`. */
  baseUrl: string;
  /**
   * Puts this tenant back to the customers it was created with, its faults and journal gone
   * (`POST /__mock/reset?api_key=`); every other file's tenant is left alone. For `beforeEach`.
   */
  reset(): Promise<void>;
}

/**
 * A fresh company of the run's fake (see `@solarproof/mock-server/vitest-global-setup`), with its
 * own key, users and customers: call it once per test file, at the top or in `beforeAll`.
 *
 * @example
 * const tenant = await useSolarProofTenant({ customers: 5 });
 * const client = createClient({ baseUrl: tenant.baseUrl, apiKey: tenant.apiKey });
 * beforeEach(() => tenant.reset()); // each test starts from the tenant's first five customers
 */
export async function useSolarProofTenant(request: TenantRequest = {}): Promise<SolarProofTenant> {
  const context: SolarProofMockContext | undefined = inject('solarproofMock');
  if (!context) {
    throw new Error(
      "useSolarProofTenant() needs the fake of the run: add '@solarproof/mock-server/vitest-global-setup' to test.globalSetup in vitest.config",
    );
  }
  const response = await fetch(`${context.url}/__mock/tenants`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  if (!response.ok) throw new Error(`the fake refused a tenant: ${response.status} ${await response.text()}`);
  const tenant = (await response.json()) as TenantResponse;
  const reset = async () => {
    const answer = await fetch(`${context.url}/__mock/reset?api_key=${encodeURIComponent(tenant.apiKey)}`, {
      method: 'POST',
    });
    if (!answer.ok)
      throw new Error(`the fake refused to reset the tenant: ${answer.status} ${await answer.text()}`);
  };
  return { ...tenant, baseUrl: context.url, reset };
}
