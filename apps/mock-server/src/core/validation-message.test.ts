import { createcustomer, getallcustomers } from '@solarproof/schemas';
import { describe, expect, test } from 'vitest';
import { validationMessage } from './validation-message.js';

const bodyMessage = (body: unknown) => {
  const result = createcustomer.body.safeParse(body);
  if (result.success) throw new Error('expected the body to be invalid');
  return validationMessage(result.error, 'body', body);
};
const valid = { firstname: 'A', surname: 'B', email: 'a@b.com', phone1: '0400000000', type: 'RESIDENTIAL' };

describe('validationMessage', () => {
  test.each([
    [
      "a missing field, in the docs' words",
      { data: { ...valid, firstname: undefined } },
      "Required field 'firstname' is missing",
    ],
    ['a missing envelope', { firstname: 'A' }, `Required field 'data' is missing: send {"data": {...}}`],
    [
      'a field of the wrong type',
      { data: { ...valid, surname: 7 } },
      /^The field 'surname' is invalid: .*expected string/,
    ],
    ['a field set to null', { data: { ...valid, email: null } }, /^The field 'email' is invalid/],
    ['a body that is not an object', [], /^Required field 'data' is missing|^The request body is invalid/],
  ])('names %s', (_name, body, want) => {
    if (typeof want === 'string') expect(bodyMessage(body)).toBe(want);
    else expect(bodyMessage(body)).toMatch(want);
  });

  test('calls query values parameters', () => {
    const query = { action: 'getallcustomers', page: 'abc' };
    const result = getallcustomers.query.safeParse(query);
    expect(result.success).toBe(false);
    if (!result.success)
      expect(validationMessage(result.error, 'query', query)).toMatch(/^The parameter 'page' is invalid/);
  });
});
