import fc from 'fast-check';
import { describe, expect, inject, test } from 'vitest';
import { growingWriter, JsonText } from './json-byte-writer.js';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

function written(write: (out: ReturnType<typeof growingWriter>) => void): Uint8Array {
  const out = growingWriter(4);
  write(out);
  return out.buf.slice(0, out.at);
}

describe('JsonByteWriter', () => {
  test.each([0, 7, 10, 99, 70001, 999_999_999_999_999, 1e15, -1, 1.5, Number.MAX_SAFE_INTEGER])(
    'writes %d as JSON.stringify(String(n)) does',
    (value) => {
      expect(decoder.decode(written((out) => out.quotedInteger(value)))).toBe(JSON.stringify(String(value)));
    },
  );

  const strings = [
    ['plain ASCII', 'Project #1065'],
    ['quotes and backslashes', 'O"Brien \\ C:\\path'],
    ['control characters and DEL', '\u0000\u0001\b\f\n\r\t\u001f\u007f'],
    ['non-ASCII', 'Café ☀ 🌞'],
    ['line and paragraph separators', '\u2028\u2029'],
    ['lone surrogates', '\ud800 \udc00 end \udbff'],
    ['empty', ''],
    ['a quote after a long plain run', `${'x'.repeat(100)}"`],
  ];

  test.each(strings)('writes a string with %s as the UTF-8 of JSON.stringify', (_name, value) => {
    expect(written((out) => out.string(value))).toEqual(encoder.encode(JSON.stringify(value)));
  });

  test.each(strings)(
    'writes a key and a string with %s as the key and the UTF-8 of JSON.stringify',
    (_name, value) => {
      const key = new JsonText(',"customer_first_name":');
      expect(written((out) => out.pair(key, value, false))).toEqual(
        encoder.encode(`,"customer_first_name":${JSON.stringify(value)}`),
      );
    },
  );

  test('writes a prefix of a string as JSON.stringify of its slice, escaped or not', () => {
    for (const value of ['2024-08-23T01:02:03Z', '2024"08\\23T', 'short']) {
      expect(decoder.decode(written((out) => out.stringPrefix(value, 10)))).toBe(
        JSON.stringify(value.slice(0, 10)),
      );
    }
  });

  test('writes numbers as JSON.stringify does, non-finite ones as null', () => {
    for (const value of [8.8, 0.1 + 0.2, 1e21, -0, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(decoder.decode(written((out) => out.number(value)))).toBe(JSON.stringify(value));
    }
  });

  test('writes any double, and any of two decimals, as JSON.stringify does', () => {
    const hundredths = fc.integer({ min: -1e11, max: 1e12 }).map((n) => n / 100);
    fc.assert(
      fc.property(fc.oneof(fc.double(), hundredths), (value) => {
        expect(decoder.decode(written((out) => out.number(value)))).toBe(JSON.stringify(value));
      }),
      { numRuns: Math.ceil(2000 * inject('testScale')) },
    );
  });

  test('writes constant text of any length as its bytes, whole words and the bytes after them', () => {
    const textOf = (parts: readonly string[]) =>
      decoder.decode(
        written((out) => {
          for (const part of parts) out.text(new JsonText(part));
        }),
      );
    // Lengths 0-9 cover no word, whole words only, and every remainder; in a row they land at
    // every alignment of the buffer.
    const texts = Array.from({ length: 10 }, (_, n) => 'abcdefghij'.slice(0, n)).map((t) => `"${t}"`);
    expect(textOf(texts)).toBe(texts.join(''));
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme-ascii', maxLength: 40 })), (parts) => {
        expect(textOf(parts)).toBe(parts.join(''));
      }),
      { numRuns: Math.ceil(500 * inject('testScale')) },
    );
  });

  test('writes a key across a full buffer into the next one', () => {
    const key = new JsonText(',"a_key_longer_than_the_first_buffer":');
    expect(decoder.decode(written((out) => out.pair(key, 'value', false)))).toBe(
      ',"a_key_longer_than_the_first_buffer":"value"',
    );
  });

  test('writes null for an empty field only when unset fields are null', () => {
    const key = new JsonText('"k":');
    expect(decoder.decode(written((out) => out.pair(key, '', true)))).toBe('"k":null');
    expect(decoder.decode(written((out) => out.pair(key, '', false)))).toBe('"k":""');
    expect(decoder.decode(written((out) => out.pair(key, 'x', true)))).toBe('"k":"x"');
  });
});
