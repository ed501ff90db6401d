import { describe, expect, it } from 'vitest';
import { journalDetail } from './journal-detail.js';

const response = { status: 200, headers: { 'content-type': 'application/json' }, body: '{}' };
const withBody = (body: string | undefined) => ({
  method: 'POST',
  path: '/apidata.php',
  query: new URLSearchParams(),
  headers: { 'content-type': 'application/json' },
  body,
});

describe('journalDetail', () => {
  it.each([
    ['{"data":{"apikey":"sp_mock_secret","email":"a@b.au"}}', '{"data":{"apikey":"***","email":"a@b.au"}}'],
    ['{"data":{"API_KEY" : "x\\"y"}}', '{"data":{"API_KEY" : "***"}}'],
    ['{"token":"t","password":"p","name":"keyed"}', '{"token":"***","password":"***","name":"keyed"}'],
    ['action=createcustomer&api_key=sp_mock_secret&x=1', 'action=createcustomer&api_key=***&x=1'],
  ])('hides the key-like members of %s', (body, kept) => {
    expect(journalDetail(withBody(body), response).requestBody).toBe(kept);
  });

  it('keeps no body when there was none or it is over 64 kB', () => {
    expect(journalDetail(withBody(undefined), response).requestBody).toBeNull();
    expect(journalDetail(withBody('x'.repeat(70_000)), response).requestBody).toBeNull();
  });
});
