import { operationSchemas } from '@solarproof/schemas';
import fc from 'fast-check';
import type { MockRequest } from '../../../src/index.js';

/** One generated request, transport-neutral: sent over HTTP or handed to `mock.handle`. */
export interface HostileRequest {
  method: string;
  path: string;
  /** What follows `?` in the URL, already percent-encoded (may be empty). */
  rawQuery: string;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: Uint8Array | undefined;
}

/** What the generators draw from: facts of the world under test. */
export interface HostileContext {
  apiKeys: readonly string[];
  /** Emails of seeded customers and users, so duplicates and owners are hit often. */
  emails: readonly string[];
  customerIds: { min: number; max: number };
  projectIds: { min: number; max: number };
}

export const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'] as const;
export const ACTIONS = [...new Set(Object.values(operationSchemas).map((op) => op.action))];
const PROTO_NAMES = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf'];
/** Node answers 431 past 16 KiB of request line and headers; requests above this may get it. */
export const HEADER_BYTES_THAT_MAY_OVERFLOW = 12 * 1024;

const deep = (depth: number, open: string, close: string, inner = '1') =>
  `${open.repeat(depth)}${inner}${close.repeat(depth)}`;
/** Bodies nested 10,000 levels deep, in every place a parser or validator might recurse. */
const DEEP_BODIES = [
  deep(10_000, '[', ']'),
  deep(10_000, '{"a":', '}'),
  `{"data":${deep(10_000, '[', ']')}}`,
  `{"data":{"pkcustomerid":70001,"surname":${deep(10_000, '{"x":', '}')}}}`,
  `{"data":{"firstname":"A","surname":"B","email":"deep@example.com","phone1":"1","type":"RESIDENTIAL","extra":${deep(10_000, '[', ']')}}}`,
  `{"hookUrl":${deep(10_000, '[', ']', '"https://example.com"')},"type_request":"customer_created"}`,
  deep(10_000, '[', ''),
];

const PROTO_BODIES = [
  '{"__proto__":{"polluted":"yes"}}',
  '{"__proto__":{"polluted":"yes"},"data":{"pkcustomerid":70001,"surname":"Proto"}}',
  '{"data":{"__proto__":{"polluted":"yes"},"pkcustomerid":70002,"surname":"Proto"}}',
  '{"data":{"__proto__":{"polluted":"yes","email":"proto@example.com"},"firstname":"A","surname":"B","email":"proto-owner@example.com","phone1":"1","type":"RESIDENTIAL"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}},"data":{"constructor":{"prototype":{"polluted":"yes"}},"pkcustomerid":"70003"}}',
  '{"hookUrl":"https://example.com/h","type_request":"customer_created","__proto__":{"polluted":"yes"}}',
  '{"data":{"pkcustomerid":70004,"hasOwnProperty":"x","toString":"y","valueOf":1,"surname":"Z"}}',
];

/** Replaces lone surrogates, which `encodeURIComponent` refuses. */
const wellFormed = (text: string) =>
  text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
const encode = (text: string) => encodeURIComponent(wellFormed(text));

const hostileText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '0',
      '-1',
      '1e3',
      '0x10',
      '9007199254740993',
      '99999999999999999999999',
      'null',
      'undefined',
      '[]',
      '{}',
      '%',
      '\u0000',
      '\uFEFF1',
      'é'.repeat(40),
      '🌞'.repeat(30),
      ...PROTO_NAMES,
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 6_000 }).map((n) => 'x'.repeat(n)) },
  { weight: 1, arbitrary: fc.integer({ min: 200, max: 1_200 }).map((n) => '☀'.repeat(n)) },
);

function actionValue(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 40, arbitrary: fc.constantFrom(...ACTIONS) },
    { weight: 2, arbitrary: fc.constantFrom(...ACTIONS).map((a) => a.toUpperCase()) },
    { weight: 1, arbitrary: fc.constantFrom(...ACTIONS).map((a) => `${a} `) },
    { weight: 2, arbitrary: fc.constantFrom('', 'nosuchaction', 'getcustomer', ...PROTO_NAMES) },
    { weight: 1, arbitrary: hostileText },
  );
}

function queryPairs(ctx: HostileContext): fc.Arbitrary<Array<[string, string]>> {
  const id = fc.integer({ min: ctx.customerIds.min, max: ctx.customerIds.max }).map(String);
  const email = fc.oneof(
    fc.constantFrom(...ctx.emails),
    fc.constantFrom(...ctx.emails).map((e) => e.toUpperCase()),
    hostileText,
  );
  const pair = (name: string, value: fc.Arbitrary<string>) => value.map((v): [string, string] => [name, v]);
  const extra = fc.oneof(
    {
      weight: 3,
      arbitrary: pair('page', fc.oneof(fc.integer({ min: -2, max: 6 }).map(String), hostileText)),
    },
    { weight: 3, arbitrary: pair('customer_email', email) },
    {
      weight: 3,
      arbitrary: pair(
        'project_id',
        fc.oneof(fc.integer({ min: ctx.projectIds.min, max: ctx.projectIds.max }).map(String), hostileText),
      ),
    },
    { weight: 1, arbitrary: pair('customer_id', id) },
    { weight: 1, arbitrary: pair('api_key', fc.constantFrom(...ctx.apiKeys)) },
    { weight: 1, arbitrary: pair('action', actionValue()) },
    {
      weight: 2,
      arbitrary: fc.tuple(
        fc.constantFrom(...PROTO_NAMES, '__proto__[polluted]', 'constructor[prototype][polluted]'),
        hostileText,
      ),
    },
    { weight: 1, arbitrary: fc.tuple(hostileText, hostileText) },
  );
  return fc
    .record({
      action: fc.option(actionValue(), { freq: 12, nil: undefined }),
      key: fc.option(
        fc.oneof(
          { weight: 10, arbitrary: fc.constantFrom(...ctx.apiKeys) },
          { weight: 1, arbitrary: hostileText },
        ),
        { freq: 10, nil: undefined },
      ),
      extras: fc.array(extra, { maxLength: 4 }),
      order: fc.nat(),
    })
    .map(({ action, key, extras, order }) => {
      const pairs: Array<[string, string]> = [...extras];
      const insert = (p: [string, string]) => pairs.splice(order % (pairs.length + 1), 0, p);
      if (key !== undefined) insert(['api_key', key]);
      if (action !== undefined) pairs.unshift(['action', action]);
      return pairs;
    });
}

function rawQuery(ctx: HostileContext): fc.Arbitrary<string> {
  const structured = queryPairs(ctx).map((pairs) =>
    pairs.map(([name, value]) => `${encode(name)}=${encode(value)}`).join('&'),
  );
  const oddity = fc.constantFrom('', '&', '&&', '=', '==x', 'action', 'action=', '%', '%ZZ', '%E0%A4%A', '+');
  return fc.oneof(
    { weight: 12, arbitrary: structured },
    { weight: 2, arbitrary: fc.tuple(structured, oddity).map(([q, o]) => `${q}&${o}`) },
    { weight: 1, arbitrary: fc.tuple(oddity, structured).map(([o, q]) => `${o}&${q}`) },
  );
}

/** JSON values of the wrong type for any field, the huge and the deep among them. */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, '', [], {}, ['a'], { a: 1 }),
  hostileText,
  fc.jsonValue({ maxDepth: 3 }),
);

interface Envelopes {
  /** Any envelope, valid or with one field of the wrong type. */
  any: fc.Arbitrary<Record<string, unknown>>;
  /** A valid-looking body for each write and webhook action, as JSON text. */
  byAction: fc.Arbitrary<Record<string, string>>;
}

function envelopes(ctx: HostileContext): Envelopes {
  const email = fc.oneof(
    fc.constantFrom(...ctx.emails),
    fc.constantFrom(...ctx.emails).map((e) => e.toUpperCase()),
    fc.integer({ min: 0, max: 400 }).map((n) => `fuzz.${n}@example.com.au`),
    fc.integer({ min: 0, max: 400 }).map((n) => `FUZZ.${n}@Example.com.au`),
  );
  const id = fc.oneof(
    fc.integer({ min: ctx.customerIds.min, max: ctx.customerIds.max }),
    fc.integer({ min: ctx.customerIds.min, max: ctx.customerIds.max }).map(String),
    fc.constantFrom(0, '0070001', '99999999999999999999', 2 ** 53),
  );
  const name = fc.oneof(
    fc.constantFrom('Ada', 'Grace', 'Ōtautahi'),
    fc.string({ minLength: 1, maxLength: 20 }),
  );
  const type = fc.constantFrom('RESIDENTIAL', 'COMMERCIAL', 'LARGE-SCALE');
  const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
  const create = fc.record(
    {
      action: optional(fc.constantFrom('createcustomer', 'updatecustomer')),
      apikey: optional(fc.constantFrom(...ctx.apiKeys, '')),
      useremail: optional(fc.oneof(fc.constantFrom(...ctx.emails), fc.constant(''))),
      firstname: name,
      surname: name,
      email,
      phone1: fc.constantFrom('0412 345 678', '(02) 9876 5432'),
      phone2: optional(fc.constant('')),
      type,
      companyname: optional(name),
      gststatus: optional(fc.constantFrom(0, 1)),
    },
    { requiredKeys: ['firstname', 'surname', 'email', 'phone1', 'type'] },
  );
  const update = fc.record(
    {
      action: optional(fc.constantFrom('updatecustomer', 'deletecustomer')),
      apikey: optional(fc.constantFrom(...ctx.apiKeys)),
      pkcustomerid: id,
      firstname: optional(name),
      surname: optional(name),
      email: optional(email),
      type: optional(type),
      gststatus: optional(fc.constantFrom(0, 1)),
    },
    { requiredKeys: ['pkcustomerid'] },
  );
  const remove = fc.record({ action: optional(fc.constant('deletecustomer')), pkcustomerid: id });
  const hookUrl = fc.oneof(
    fc.constantFrom('https://hooks.example.com/a', 'http://127.0.0.1:9/x', 'ftp://x', 'not a url', ''),
    fc.webUrl(),
  );
  const subscribe = fc.record({
    hookUrl,
    type_request: fc.constantFrom('customer_created', 'customer_status_change', 'contract_signed', 'nope'),
  });
  const data = fc.oneof(create, update, remove);
  const valid = fc.oneof(
    { weight: 4, arbitrary: data.map((d) => ({ data: d })) },
    { weight: 1, arbitrary: subscribe },
  );
  // One field of a valid envelope replaced by a value of the wrong type.
  const mutated = fc
    .tuple(
      data,
      fc.constantFrom('firstname', 'email', 'pkcustomerid', 'type', 'apikey', 'action'),
      wrongValue,
    )
    .map(([d, field, value]) => ({ data: { ...d, [field]: value } }));
  const text = (arb: fc.Arbitrary<unknown>) => arb.map((value) => JSON.stringify(value));
  return {
    any: fc.oneof({ weight: 6, arbitrary: valid }, { weight: 2, arbitrary: mutated }),
    byAction: fc.record({
      createcustomer: text(create.map((d) => ({ data: d }))),
      updatecustomer: text(update.map((d) => ({ data: d }))),
      deletecustomer: text(remove.map((d) => ({ data: d }))),
      subscribe_customer: text(subscribe),
      unsubscribe_customer: text(subscribe.map(({ hookUrl }) => ({ hookUrl }))),
    }),
  };
}

function bodies(ctx: HostileContext): fc.Arbitrary<string | Uint8Array | undefined> {
  const json = envelopes(ctx).any.map((value) => JSON.stringify(value));
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined) },
    { weight: 14, arbitrary: json },
    {
      weight: 2,
      arbitrary: fc.tuple(json, fc.nat()).map(([text, cut]) => text.slice(0, cut % text.length)),
    },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: wrongValue.map((v) => JSON.stringify({ data: v })) },
    { weight: 1, arbitrary: fc.constantFrom(...DEEP_BODIES) },
    { weight: 1, arbitrary: fc.constantFrom(...PROTO_BODIES) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '',
        '   ',
        'null',
        '"data"',
        '{"data":',
        '{"data":{}',
        "{'data':{}}",
        '{"data":{"pkcustomerid":70001,}}',
        'data[firstname]=A&data[surname]=B&data[email]=form@example.com',
        'hookUrl=https%3A%2F%2Fexample.com&type_request=customer_created',
        '\uFEFF{"data":{"pkcustomerid":70001}}',
      ),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 512 }) },
  );
}

const contentTypes = fc.oneof(
  { weight: 12, arbitrary: fc.constant('application/json') },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'application/json; charset=utf-8',
      'APPLICATION/JSON',
      ' application/json ;charset=latin1',
      'application/vnd.api+json',
      'application/merge-patch+json',
      'text/plain',
      'text/json',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=xyz',
      'application/octet-stream',
      'application/jsonx',
      'json',
      '',
      ';',
    ),
  },
  { weight: 2, arbitrary: fc.constant(undefined) },
);

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9a-z-]+$/;
/** Printable header values: node's client refuses control characters before sending. */
const headerValue = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.string({
      unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
      maxLength: 40,
    }),
  },
  { weight: 3, arbitrary: fc.constantFrom('', '__proto__', '{"polluted":1}') },
  { weight: 2, arbitrary: fc.integer({ min: 1_000, max: 8_000 }).map((n) => 'h'.repeat(n)) },
  // Past node's 16 KiB header limit: a JSON 431, or a closed connection.
  { weight: 1, arbitrary: fc.integer({ min: 16_000, max: 40_000 }).map((n) => 'H'.repeat(n)) },
);
const extraHeaders = fc.array(
  fc.tuple(
    fc.oneof(
      fc.constantFrom(
        'x-fuzz',
        'accept',
        'accept-encoding',
        'cookie',
        'x-forwarded-for',
        '__proto__',
        'constructor',
      ),
      fc.string({ minLength: 1, maxLength: 12 }).filter((n) => HEADER_NAME.test(n)),
    ),
    headerValue,
  ),
  { maxLength: 2 },
);

const allowedMethods = new Map<string, string[]>();
for (const op of Object.values(operationSchemas)) {
  allowedMethods.set(op.action, [...(allowedMethods.get(op.action) ?? []), op.method]);
}

/** The action the core routes by: the last `action` parameter, as PHP's `$_GET` keeps. */
export function actionOf(rawQuery: string): string | undefined {
  let action: string | undefined;
  for (const [name, value] of new URLSearchParams(rawQuery)) if (name === 'action') action = value;
  return action;
}

/**
 * Hostile requests, mostly aimed at `/apidata.php` with real actions and keys so they reach the
 * core: about half use a method the action allows and a body made for it (with a random content
 * type), the rest mix methods, actions and bodies freely.
 */
export function hostileRequests(ctx: HostileContext): fc.Arbitrary<HostileRequest> {
  return fc
    .record({
      method: fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom('GET', 'POST') },
        { weight: 2, arbitrary: fc.constantFrom(...METHODS) },
      ),
      path: fc.oneof(
        { weight: 30, arbitrary: fc.constant('/apidata.php') },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            '/',
            '/apidata.php/',
            '/APIDATA.PHP',
            '/api/apidata.php',
            '/apidata.php%00',
          ),
        },
      ),
      rawQuery: rawQuery(ctx),
      body: bodies(ctx),
      aligned: fc.nat(9),
      made: envelopes(ctx).byAction,
      contentType: contentTypes,
      headers: extraHeaders,
    })
    .map(({ method, path, rawQuery: query, body, aligned, made, contentType, headers }) => {
      const all: Record<string, string> = {};
      // Never the fault or latency headers: this run injects nothing.
      for (const [name, value] of headers) if (!name.startsWith('x-solarproof')) all[name] = value;
      if (contentType !== undefined) all['content-type'] = contentType;
      const action = actionOf(query);
      const methods = action === undefined ? undefined : allowedMethods.get(action);
      let chosenMethod: string = method;
      let chosenBody = body;
      if (methods && aligned < 5) {
        chosenMethod = methods[aligned % methods.length] as string;
        chosenBody = action !== undefined && Object.hasOwn(made, action) ? made[action] : body;
      }
      const bytes = typeof chosenBody === 'string' ? new TextEncoder().encode(chosenBody) : chosenBody;
      return { method: chosenMethod, path, rawQuery: query, headers: all, body: bytes };
    });
}

/** About how many bytes the request line and headers take on the wire. */
export function headerBytes(request: HostileRequest): number {
  let size = request.method.length + request.path.length + request.rawQuery.length + 64;
  for (const [name, value] of Object.entries(request.headers)) size += name.length + value.length + 4;
  return size;
}

/** `path?query` as the request line carries it. */
export function requestTarget(request: HostileRequest): string {
  return request.rawQuery === '' ? request.path : `${request.path}?${request.rawQuery}`;
}

/** The request as the core takes it, as the node:http adapter would build it. */
export function toMockRequest(request: HostileRequest): MockRequest {
  const headers: Record<string, string> = Object.create(null);
  for (const [name, value] of Object.entries(request.headers)) headers[name] = value;
  return {
    method: request.method,
    path: request.path,
    query: new URLSearchParams(request.rawQuery),
    headers,
    // The adapter passes no body when no bytes came.
    body:
      request.body === undefined || request.body.byteLength === 0
        ? undefined
        : Buffer.from(request.body).toString('utf8'),
  };
}
