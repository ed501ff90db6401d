import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import * as schemas from '../src/index.js';

const dir = join(import.meta.dirname, 'fixtures', 'examples');
const read = (file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'));

/** Each documented example and the schema it must satisfy. */
const valid: ReadonlyArray<[file: string, schema: z.ZodType]> = [
  ['getallcustomers-response.json', schemas.getallcustomers.responses[200]],
  ['getallcustomers-error.json', schemas.getallcustomers.responses[401]],
  ['getcustomerByemail-response.json', schemas.getcustomerByemail.responses[200]],
  ['getcustomerid-response.json', schemas.getcustomerid.responses[200]],
  ['getcustomerofproject-response.json', schemas.getcustomerofproject.responses[200]],
  ['getcustomerofproject-error.json', schemas.getcustomerofproject.responses[404]],
  ['createcustomer-request.json', schemas.createcustomer.body],
  ['createcustomer-request-legacy.json', schemas.createcustomer.body],
  ['createcustomer-response.json', schemas.createcustomer.responses[200]],
  ['createcustomer-response-legacy-returns-block.json', schemas.createcustomer.responses[200]],
  ['createcustomer-error.json', schemas.createcustomer.responses[400]],
  ['updatecustomer-request.json', schemas.updatecustomer.body],
  ['updatecustomer-request-partial.json', schemas.updatecustomer.body],
  ['updatecustomer-request-single-field.json', schemas.updatecustomer.body],
  ['updatecustomer-request-legacy.json', schemas.updatecustomer.body],
  ['updatecustomer-response.json', schemas.updatecustomer.responses[200]],
  ['updatecustomer-response-legacy.json', schemas.updatecustomer.responses[200]],
  ['updatecustomer-error.json', schemas.updatecustomer.responses[404]],
  ['deletecustomer-request-legacy.json', schemas.deletecustomer.body],
  ['deletecustomer-response.json', schemas.deletecustomer.responses[200]],
  ['deletecustomer-error.json', schemas.deletecustomer.responses[404]],
  ['subscribe_customer-response.json', schemas.subscribe_customer.responses[200]],
  ['subscribe_customer-error.json', schemas.subscribe_customer.responses[400]],
  ['unsubscribe_customer-request.json', schemas.unsubscribe_customer.body],
  ['unsubscribe_customer-response.json', schemas.unsubscribe_customer.responses[200]],
  ['unsubscribe_customer-error.json', schemas.unsubscribe_customer.responses[400]],
  ['customer-object.json', schemas.CustomerObject],
  ['project-object.json', schemas.ProjectObject],
  ['webhook-customer_created-v1.json', schemas.webhookSchemas.customer_created],
  ['webhook-customer_created-v2.json', schemas.webhookSchemas.customer_created],
];

/** Documented examples that must not validate, each against the schema it fails, and why. */
const invalid: ReadonlyArray<[file: string, schema: z.ZodType, reason: string]> = [
  [
    'createcustomer-response-legacy.json',
    schemas.createcustomer.responses[200],
    'the legacy example response has no `id`, although its own Returns block has one (I-13)',
  ],
  [
    'updatecustomer-response-legacy-returns-block.json',
    schemas.updatecustomer.responses[200],
    'the legacy Returns block names the id `id`; the example and the current page use `CustomerId` (I-14)',
  ],
  [
    'authentication-createcustomer-request.json',
    schemas.createcustomer.body,
    'the authentication page sends `customer_email`/`customer_name`, not the createcustomer fields (I-20)',
  ],
];

describe('the documented examples', () => {
  test('every example file is either expected to validate or listed with the reason it does not', () => {
    const listed = [...valid.map(([file]) => file), ...invalid.map(([file]) => file)].sort();
    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort(),
    ).toEqual(listed);
  });

  // Plain loops: test.each would pretty-print the zod schemas into the test names.
  for (const [file, schema] of valid) {
    test(`${file} validates`, () => {
      expect(schema.safeParse(read(file)).error?.issues ?? []).toEqual([]);
    });
  }

  for (const [file, schema, reason] of invalid) {
    test(`${file} does not validate: ${reason}`, () => {
      expect(schema.safeParse(read(file)).success).toBe(false);
    });
  }
});
