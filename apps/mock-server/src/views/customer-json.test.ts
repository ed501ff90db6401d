import { describe, expect, it } from 'vitest';
import { OUTPUT_SWITCHES } from '../interpretations/output-switches.js';
import { resolveInterpretation } from '../interpretations/resolve-interpretation.js';
import type { SwitchValues } from '../interpretations/switch-catalogue.js';
import { createWorld, DEFAULT_API_KEY, OTHER_API_KEY } from '../world/create-world.js';
import type { StoredCustomer, World } from '../world/types.js';
import { customerJsonForm, writeCustomerJson } from './customer-json.js';
import { customerView } from './customer-view.js';
import { growingWriter } from './json-byte-writer.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Every combination of every alternative of every output switch. */
function everyReading(): SwitchValues[] {
  let combos: Record<string, string>[] = [{}];
  for (const s of OUTPUT_SWITCHES) {
    combos = combos.flatMap((combo) => s.alternatives.map((a) => ({ ...combo, [s.id]: a.value })));
  }
  return combos.map((interpret) => resolveInterpretation({ interpret }).switches);
}

/** The writer's bytes, as text (strings compare far faster than byte arrays). */
function written(world: World, id: number, order: 'number' | 'kW', switches: SwitchValues): string {
  const out = growingWriter(16);
  writeCustomerJson(out, world, world.customer(id)!, customerJsonForm(order, switches));
  return decoder.decode(out.buf.subarray(0, out.at));
}

/** What the view gives, through the same UTF-8 round trip (a lone surrogate would not survive it unescaped). */
function viewed(world: World, id: number, order: 'number' | 'kW', switches: SwitchValues): string {
  const text = JSON.stringify(customerView(world, world.customer(id)!, { systemSize: order, switches }));
  return decoder.decode(encoder.encode(text));
}

/** A line for a customer whose written bytes differ from the view's (one expect per customer would take seconds). */
function differ(world: World, id: number, order: 'number' | 'kW', switches: SwitchValues): string[] {
  const json = written(world, id, order, switches);
  const want = viewed(world, id, order, switches);
  return json === want
    ? []
    : [`customer ${id} (${customerJsonForm(order, switches).key}): ${json} != ${want}`];
}

const readings = everyReading();
const PROFILES = ['documented', 'lenient-php', 'strictest'].map(
  (profile) => resolveInterpretation({ profile }).switches,
);

describe('writeCustomerJson', () => {
  it('writes the bytes of JSON.stringify of the customer view under every reading (every alternative of every output switch)', () => {
    expect(readings.length).toBe(OUTPUT_SWITCHES.reduce((n, s) => n * s.alternatives.length, 1));
    const world = createWorld({ customers: 60 });
    const differences: string[] = [];
    const all = [DEFAULT_API_KEY, OTHER_API_KEY].flatMap((key) =>
      world.customersPage(world.companyByApiKey(key)!.id, 1, 1000),
    );
    // A few customers, one of each shape the switches act on (no notes, no projects, two projects, an empty field).
    const shapes: ((c: StoredCustomer) => boolean)[] = [
      (c) => c.notes.length === 0,
      (c) => c.notes.length > 1,
      (c) => world.projectsOfCustomer(c.id).length === 0,
      (c) => world.projectsOfCustomer(c.id).length > 1,
      (c) => c.phone2 === '' && c.companyName !== '',
      (c) => c.companyId !== all[0]!.companyId,
    ];
    const customers = shapes.map((shape) => all.find(shape)!);
    expect(customers.every(Boolean)).toBe(true);
    for (const switches of [...readings, ...PROFILES]) {
      for (const order of ['number', 'kW'] as const) {
        for (const customer of customers) differences.push(...differ(world, customer.id, order, switches));
      }
    }
    expect(differences).toEqual([]);
  });

  it('writes the same for every customer of seeded worlds, in each form of the object', () => {
    const forms = new Map<string, SwitchValues>();
    for (const switches of readings) forms.set(customerJsonForm('number', switches).key, switches);
    const differences: string[] = [];
    for (const seed of [1, 2]) {
      const world = createWorld({ seed, customers: 150 });
      const customers = [DEFAULT_API_KEY, OTHER_API_KEY].flatMap((key) =>
        world.customersPage(world.companyByApiKey(key)!.id, 1, 1000),
      );
      for (const switches of forms.values()) {
        for (const order of ['number', 'kW'] as const) {
          for (const customer of customers) differences.push(...differ(world, customer.id, order, switches));
        }
      }
    }
    expect(differences).toEqual([]);
  });

  it('keeps apart exactly the readings whose customer object differs', () => {
    const world = createWorld({ customers: 20 });
    const ids = world.customersPage(world.companyByApiKey(DEFAULT_API_KEY)!.id, 1, 20).map((c) => c.id);
    const byKey = new Map<string, string>();
    for (const switches of readings) {
      const key = customerJsonForm('number', switches).key;
      const text = ids.map((id) => viewed(world, id, 'number', switches)).join();
      // One form key never stands for two different texts.
      expect(byKey.get(key) ?? text).toBe(text);
      byKey.set(key, text);
    }
    expect(new Set(byKey.values()).size).toBe(byKey.size);
  });

  it('escapes quotes, backslashes, control characters, U+2028/2029 and lone surrogates as JSON.stringify does', () => {
    const world = createWorld({ customers: 3 });
    const customer = world.customersPage(world.companyByApiKey(DEFAULT_API_KEY)!.id, 1, 1)[0]!;
    const at = '2026-02-01T00:00:00Z';
    const nasty = [
      'O"Brien \\ tab\there',
      'Café ☀ 🌞 \ud800 end \udc00',
      'line\nbreak \u0001 \u001f \u007f "quoted"',
      '\u2028\u2029 separators',
      '\ud83d',
      '',
    ];
    for (const [index, text] of nasty.entries()) {
      const updated = world.apply({
        kind: 'updateCustomer',
        customerId: customer.id,
        patch: { surname: text, companyname: nasty[(index + 1) % nasty.length] },
        at,
      });
      const noted = world.apply({ kind: 'addNote', customerId: customer.id, note: text, at });
      expect([updated.ok, noted.ok]).toEqual([true, true]);
      for (const switches of PROFILES) {
        for (const order of ['number', 'kW'] as const) {
          const json = written(world, customer.id, order, switches);
          expect(json).toBe(viewed(world, customer.id, order, switches));
          expect(JSON.parse(json).customer_notes.at(-1).note).toBe(text);
        }
      }
    }
  });
});
