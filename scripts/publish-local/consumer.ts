// Type-checked in the scratch projects under node16 and bundler resolution: the published
// declarations must resolve and agree with the msw the project installed.
import { type Customer, createClient, isSolarProofApiError, type SolarProofClient } from '@solarproof/client';
import {
  createMockApi,
  createSolarProofHandlers,
  DEFAULT_API_KEY,
  type MockApi,
} from '@solarproof/mock-server';
import { type RunningMockServer, startMockServer } from '@solarproof/mock-server/node';
import type { paths } from '@solarproof/schemas';
import { setupServer } from 'msw/node';

const mock: MockApi = createMockApi({ seed: 1 });
export const server = setupServer(...createSolarProofHandlers({ mock }));
export const client: SolarProofClient = createClient({ apiKey: DEFAULT_API_KEY });

export async function firstEmail(): Promise<string | undefined> {
  const running: RunningMockServer = await startMockServer({ port: 0, mock });
  try {
    const page: Customer[] = await createClient({
      baseUrl: running.url,
      apiKey: DEFAULT_API_KEY,
    }).listCustomers({
      page: 1,
    });
    return page[0]?.customer_email;
  } catch (error) {
    if (isSolarProofApiError(error)) return error.code;
    throw error;
  } finally {
    await running.close();
  }
}

export type AllCustomers = paths['/apidata.php?action=getallcustomers'];
