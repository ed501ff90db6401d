import { inject } from 'vitest';
import type { TenantRequest, TenantResponse } from '../control/control-schemas.js';
import type { SolarProofMockContext } from './vitest-global-setup.js';

export interface SolarProofTenant extends TenantResponse {
  /** The fake's base URL, for `createClient({ baseUrl })`. */
  baseUrl: string;
}

/**
 * A fresh company of the run's fake (see `@solarproof/mock-server/vitest-global-setup`), with its
 * own key, users and customers: call it once per test file, at the top or in `beforeAll`.
 *
 * @example
 * const tenant = await useSolarProofTenant({ customers: 5 });
 * const client = createClient({ baseUrl: tenant.baseUrl, apiKey: tenant.apiKey });
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
  return { ...((await response.json()) as TenantResponse), baseUrl: context.url };
}
