import { describe, expect, test } from 'vitest';
import { corsHeaders, preflightHeaders } from './cors.js';

const API = '/apidata.php';
const CONTROL = '/__mock/reset';

describe('corsHeaders', () => {
  test.each([
    ['any origin may call the API by default', {}, 'http://localhost:5173', API, '*'],
    ['no origin may call the control API through *', {}, 'http://localhost:5173', CONTROL, undefined],
    [
      'a listed origin may call the API',
      { origins: ['http://a.test'] },
      'http://a.test',
      API,
      'http://a.test',
    ],
    [
      'a listed origin may call the control API',
      { origins: ['http://a.test'] },
      'http://a.test',
      CONTROL,
      'http://a.test',
    ],
    [
      'an unlisted origin may not call the API',
      { origins: ['http://a.test'] },
      'http://b.test',
      API,
      undefined,
    ],
    ['none lets no origin in', { origins: [] }, 'http://a.test', API, undefined],
  ])('%s', (_name, options, origin, path, allowed) => {
    expect(corsHeaders(options, origin, path)?.['access-control-allow-origin']).toBe(allowed);
  });

  test('adds nothing to a request without an Origin (not from a browser page)', () => {
    expect(corsHeaders({}, undefined, API)).toBeUndefined();
  });

  test('answers a preflight with the methods and the headers a browser app sends', () => {
    const headers = preflightHeaders({}, 'http://localhost:5173', API);
    expect(headers?.['access-control-allow-methods']).toContain('POST');
    expect(headers?.['access-control-allow-headers']).toContain('content-type');
    expect(headers?.['access-control-allow-headers']).toContain('x-solarproof-mock-fault');
  });
});
