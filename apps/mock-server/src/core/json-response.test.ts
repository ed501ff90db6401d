import { describe, expect, test } from 'vitest';
import {
  bodyStartsWith,
  frozenResponse,
  jsonBytesResponse,
  jsonChunksResponse,
  jsonTextResponse,
  utf8,
  withExtras,
} from './json-response.js';

describe('bodyStartsWith', () => {
  test('reads the prefix of text, frozen text and byte responses alike', () => {
    const error = '{"code":"NOT_FOUND","message":"x"}';
    for (const make of [
      (body: string) => jsonTextResponse(200, body),
      (body: string) => frozenResponse(jsonTextResponse(200, body)),
      (body: string) => jsonBytesResponse(200, utf8(body)),
    ]) {
      expect(bodyStartsWith(make(error), '{"code":')).toBe(true);
      expect(bodyStartsWith(make('[{"code":1}]'), '{"code":')).toBe(false);
      expect(bodyStartsWith(make('{"co'), '{"code":')).toBe(false);
    }
  });

  test('leaves a byte response undecoded', () => {
    const bytes = utf8(`[${'{"a":1},'.repeat(100)}{}]`);
    const response = jsonBytesResponse(200, bytes);
    const decoded = TextDecoder.prototype.decode;
    let decodes = 0;
    TextDecoder.prototype.decode = function (...args) {
      decodes += 1;
      return decoded.apply(this, args);
    };
    try {
      expect(bodyStartsWith(response, '{"code":')).toBe(false);
    } finally {
      TextDecoder.prototype.decode = decoded;
    }
    expect(decodes).toBe(0);
  });
});

describe('responses made from bytes', () => {
  const pieces = () => [utf8('[{"a":'), utf8('1},{"b":'), utf8('"é"}]')];

  test('a response in pieces joins and decodes them only when asked, and keeps what it made', () => {
    const response = jsonChunksResponse(200, pieces());
    expect(response.chunks).toHaveLength(3);
    expect(response.bytes).toBe(response.bytes);
    expect(response.body).toBe('[{"a":1},{"b":"é"}]');
    expect(Object.isFrozen(response)).toBe(true);
  });

  test('changing the array a response was made from leaves the response as it was', () => {
    const given = pieces();
    const response = jsonChunksResponse(200, given);
    given.pop();
    expect(response.body).toBe('[{"a":1},{"b":"é"}]');
  });

  test("a copy with a fault's extras keeps the status, headers and body of a byte response", () => {
    for (const response of [jsonChunksResponse(200, pieces()), jsonBytesResponse(200, utf8('[1]'))]) {
      const copy = withExtras(response, { delayMs: 50, reset: true });
      expect(copy).toMatchObject({ status: 200, headers: response.headers, delayMs: 50, reset: true });
      expect(copy.body).toBe(response.body);
      expect(new TextDecoder().decode(copy.bytes)).toBe(response.body);
    }
  });

  test('a copy with extras of a text response is a plain spread', () => {
    const response = jsonTextResponse(404, '{"code":"NOT_FOUND"}');
    expect(withExtras(response, { delayMs: 5 })).toEqual({ ...response, delayMs: 5 });
  });
});
