import { describe, expect, test } from 'vitest';
import { customerTypeFromInput, customerTypeToInput, parseSystemSizeKw } from './vocabulary.js';

describe('parseSystemSizeKw', () => {
  test.each([
    ['a number of kW', 2.24, 2.24],
    ['a string with the unit', '17.92kW', 17.92],
    ['a whole number with the unit', '6kW', 6],
    ['the unit in another case, with a space', '6.6 KW', 6.6],
  ])('reads %s', (_name, given, want) => {
    expect(parseSystemSizeKw(given)).toBe(want);
  });

  test.each(['', 'kW', '17.92', 'twelve kW'])('rejects %j', (given) => {
    expect(() => parseSystemSizeKw(given)).toThrow(/Not a system size/);
  });
});

describe('customer type spellings', () => {
  test.each([
    ['RESIDENTIAL', 'Residential'],
    ['COMMERCIAL', 'Commercial'],
    ['LARGE-SCALE', 'Large-Scale'],
  ] as const)('%s on input is %s on output, and back', (input, output) => {
    expect(customerTypeFromInput(input)).toBe(output);
    expect(customerTypeToInput(output)).toBe(input);
  });
});
