import { describe, expect, it } from 'vitest';
import { type Interpretation, PROFILE_NAMES } from '../../src/index.js';
import { describeEachInterpretation } from '../../src/vitest.js';

const seen: string[] = [];
/** The status a page past the end answers under a reading. */
const wanted = ({ switches }: Interpretation) =>
  switches['I-7'] === 'empty-array'
    ? 200
    : { mapped: 404, 'always-200': 200, 'always-400': 400 }[switches['U-1']];
const pastTheEnd = (baseUrl: string, apiKey: string) =>
  fetch(`${baseUrl}/apidata.php?action=getallcustomers&page=9&api_key=${apiKey}`);

describeEachInterpretation(
  'a page past the end',
  (fake) => {
    it('answers as the profile of the block says', async () => {
      seen.push(fake.interpretation.label);
      const response = await pastTheEnd(fake.baseUrl, fake.apiKey);
      expect(response.status).toBe(wanted(fake.interpretation));
    });
    it('starts from a fresh world', async () => {
      expect(fake.mock.journal.entries()).toHaveLength(1);
      expect(fake.mock.world.customerCount(fake.mock.world.companies()[0]!.id)).toBe(3);
    });
  },
  { mock: { customers: 3, otherCustomers: 1 } },
);

describeEachInterpretation(
  'in-process, one switch',
  (fake) => {
    it('answers through MSW at the live origin', async () => {
      seen.push(fake.interpretation.label);
      expect(fake.baseUrl).toBe('https://solarproof.com.au');
      const response = await pastTheEnd(fake.baseUrl, fake.apiKey);
      expect(response.status).toBe(wanted(fake.interpretation));
    });
  },
  { switch: 'I-7', profile: 'strictest', transport: 'msw', mock: { customers: 3, otherCustomers: 1 } },
);

describe('describeEachInterpretation', () => {
  it('ran a block per profile, then one per value of the switch', () => {
    expect(seen).toEqual([
      ...PROFILE_NAMES,
      'strictest I-7=not-found',
      'strictest I-7=empty-array',
      'strictest I-7=empty-first-page',
    ]);
  });

  it('refuses an unknown profile when the blocks are defined', () => {
    expect(() => describeEachInterpretation('x', () => {}, { profiles: ['php'] })).toThrow(
      /Unknown profile 'php'/,
    );
  });
});
