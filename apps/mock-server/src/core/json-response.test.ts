import { describe, expect, test } from 'vitest';
import {
  bodyStartsWith,
  frozenResponse,
  jsonBytesResponse,
  jsonTextResponse,
  utf8,
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
