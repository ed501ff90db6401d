import { describe, expect, it } from 'vitest';
import { generateAbn, isValidAbn } from './abn.js';
import { createRandom } from './random.js';

describe('isValidAbn', () => {
  it.each([
    ['the ATO example 51 824 753 556', '51824753556', true],
    ['another real-format ABN', '53004085616', true],
    ['a changed last digit', '51824753557', false],
    ['two swapped digits', '15824753556', false],
    ['ten digits', '5182475355', false],
    ['twelve digits', '518247535560', false],
    ['spaces between groups', '51 824 753 556', false],
    ['letters', '5182475355a', false],
    ['the empty string', '', false],
  ])('%s → %s', (_name, abn, valid) => {
    expect(isValidAbn(abn)).toBe(valid);
  });
});

describe('generateAbn', () => {
  it('generates only 11-digit ABNs with a valid checksum', () => {
    const random = createRandom(42);
    for (let i = 0; i < 2000; i++) {
      const abn = generateAbn(random);
      expect(abn, abn).toMatch(/^[0-9]{11}$/);
      expect(isValidAbn(abn), abn).toBe(true);
    }
  });

  it('generates different ABNs, not one fixed value', () => {
    const random = createRandom(7);
    const abns = new Set(Array.from({ length: 100 }, () => generateAbn(random)));
    expect(abns.size).toBeGreaterThan(95);
  });
});
