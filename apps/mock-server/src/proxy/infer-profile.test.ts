import { describe, expect, it } from 'vitest';
import type { HarExchange } from './har-exchanges.js';
import { inferProfile } from './infer-profile.js';

const exchange = (query: string, status: number, body: unknown): HarExchange => ({
  method: 'GET',
  url: new URL(`https://solarproof.com.au/apidata.php?${query}&api_key=***`),
  action: new URLSearchParams(query).get('action'),
  requestBody: undefined,
  status,
  contentType: 'application/json',
  json: { ok: true, value: body },
  text: JSON.stringify(body),
});

describe('inferProfile', () => {
  it('reads an empty first page answered 200 [] as I-7 empty-array, and says the rest is not observed', () => {
    const inference = inferProfile([exchange('action=getallcustomers&page=1', 200, [])]);
    const i7 = inference.findings.find((f) => f.id === 'I-7');
    expect(i7).toMatchObject({ value: 'empty-array', telling: 1, matching: 1 });
    expect(i7?.alsoFits).toEqual(['empty-first-page']);
    expect(i7?.fields).toEqual(['getallcustomers (body)', 'getallcustomers (status)']);
    expect(inference.findings.find((f) => f.id === 'I-4')?.value).toBeNull();
    expect(inference.profile).toEqual({
      name: 'inferred',
      basedOn: 'documented',
      switches: { 'I-7': 'empty-array' },
    });
  });

  it('observes nothing in a recording without answers of the API', () => {
    const inference = inferProfile([{ ...exchange('x=1', 0, null), action: null }]);
    expect(inference.findings.every((f) => f.value === null)).toBe(true);
    expect(inference.replayed).toBe(0);
  });
});
