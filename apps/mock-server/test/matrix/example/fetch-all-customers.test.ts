import { describeEachInterpretation } from '@solarproof/mock-server/vitest';
import { expect, it } from 'vitest';
import { fetchAllCustomers } from './fetch-all-customers.js';

describeEachInterpretation('fetchAllCustomers', (fake) => {
  it('gets every customer under this reading of the docs', async () => {
    expect(await fetchAllCustomers(fake.baseUrl, fake.apiKey)).toHaveLength(130);
  });
});
