import { describe, expectTypeOf, test } from 'vitest';
import type { z } from 'zod';
import type { components, operations, webhooks } from './generated/openapi.js';
import type { componentSchemas, operationSchemas, webhookSchemas } from './generated/zod.js';

// The zod schemas come from our emitter and the types from openapi-typescript, both from one spec.
// Each assertion fails to compile when the two differ in either direction. Mutual assignability is
// checked key by key (expect-type's deep brand cannot compare unions of object types).

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Mismatched<A, B> = { [K in keyof A & keyof B]: Same<A[K], B[K]> extends true ? never : K }[keyof A &
  keyof B];
/** The keys whose types differ, or that only one side has; `never` when the records agree. */
type Diff<A, B> = Mismatched<A, B> | Exclude<keyof A, keyof B> | Exclude<keyof B, keyof A>;

type Ops = typeof operationSchemas;
type WebhookOperationIds = 'customer_created' | 'customer_status_change';
type ActionOperations = Omit<operations, WebhookOperationIds>;
/** `T` with the keys whose zod schema has a default made required: parsing fills them in. */
type WithDefaults<T, Shape> = Omit<T, DefaultedKeys<Shape>> &
  Required<Pick<T, DefaultedKeys<Shape> & keyof T>>;
type DefaultedKeys<Shape> = { [K in keyof Shape]: Shape[K] extends z.ZodDefault ? K : never }[keyof Shape];
type JsonBody<T> = T extends { content: { 'application/json': infer B } } ? B : undefined;

describe('the generated zod schemas and openapi-typescript types', () => {
  test('every component schema infers exactly its type', () => {
    type Zod = { [K in keyof typeof componentSchemas]: z.output<(typeof componentSchemas)[K]> };
    expectTypeOf<Diff<Zod, components['schemas']>>().toBeNever();
  });

  test('both list the same operations', () => {
    expectTypeOf<keyof Ops>().toEqualTypeOf<keyof ActionOperations>();
  });

  test('every query schema infers exactly its query parameters, a defaulted one always present', () => {
    type Zod = { [Id in keyof Ops]: z.output<Ops[Id]['query']> };
    type Spec = {
      [Id in keyof ActionOperations]: WithDefaults<
        NonNullable<ActionOperations[Id]['parameters']['query']>,
        Ops[Id]['query']['shape']
      >;
    };
    expectTypeOf<Diff<Zod, Spec>>().toBeNever();
  });

  test('every request body schema infers exactly its request body', () => {
    type Zod = {
      [Id in keyof Ops]: Ops[Id]['body'] extends z.ZodType ? z.output<Ops[Id]['body']> : undefined;
    };
    type Spec = { [Id in keyof ActionOperations]: JsonBody<ActionOperations[Id]['requestBody']> };
    expectTypeOf<Diff<Zod, Spec>>().toBeNever();
  });

  test('every response schema infers exactly its response body, status by status', () => {
    type Zod<Id extends keyof Ops> = { [S in keyof Ops[Id]['responses']]: z.output<Ops[Id]['responses'][S]> };
    type Spec<Id extends keyof ActionOperations> = {
      [S in keyof ActionOperations[Id]['responses']]: JsonBody<ActionOperations[Id]['responses'][S]>;
    };
    type Mismatches = { [Id in keyof Ops & keyof ActionOperations]: Diff<Zod<Id>, Spec<Id>> }[keyof Ops];
    expectTypeOf<Mismatches>().toBeNever();
  });

  test('every webhook schema infers exactly its payload type', () => {
    type Zod = { [E in keyof typeof webhookSchemas]: z.output<(typeof webhookSchemas)[E]> };
    type Spec = { [E in keyof webhooks]: JsonBody<NonNullable<webhooks[E]['post']>['requestBody']> };
    expectTypeOf<Diff<Zod, Spec>>().toBeNever();
  });
});
