import { describe, expect, test } from 'vitest';
import { createRedactor, redactKnownFields } from './redact.js';

describe('createRedactor', () => {
  const redact = createRedactor('s3cret key/+=');

  test.each([
    ['the key as is', 'key is s3cret key/+= here', 'key is *** here'],
    ['the URL-encoded key', 'api?x=s3cret%20key%2F%2B%3D', 'api?x=***'],
    ['the form-encoded key', 'x=s3cret+key%2F%2B%3D', 'x=***'],
    ['every occurrence', 's3cret key/+= and s3cret key/+=', '*** and ***'],
    [
      'any api_key query value',
      'https://x/apidata.php?action=a&api_key=other&page=2',
      'https://x/apidata.php?action=a&api_key=***&page=2',
    ],
    [
      'any apikey body field',
      '{"data":{"apikey":"other","action":"x"}}',
      '{"data":{"apikey":"***","action":"x"}}',
    ],
  ])('removes %s', (_name, input, want) => {
    expect(redact(input)).toBe(want);
  });

  test('an empty key leaves text alone apart from the known fields', () => {
    expect(createRedactor('')('plain text')).toBe('plain text');
    expect(redactKnownFields('?api_key=abc')).toBe('?api_key=***');
  });
});
