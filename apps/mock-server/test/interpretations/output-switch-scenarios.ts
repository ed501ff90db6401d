import { expect, it } from 'vitest';
import type { SwitchValues } from '../../src/index.js';
import { newCustomer } from '../support/scenario-helpers.js';
import type { InterpretationContext } from './interpretation-context.js';

type Scenarios<Id extends keyof SwitchValues> = (ctx: InterpretationContext, value: SwitchValues[Id]) => void;
type Json = Record<string, unknown>;

const i7: Scenarios<'I-7'> = (ctx, value) => {
  const pastEnd = value === 'empty-array' ? 'answers 200 []' : 'answers NO_CUSTOMERS_FOUND';
  it(`${pastEnd} past the last page`, async () => {
    const response = await ctx.get({ action: 'getallcustomers', page: '3' });
    if (value === 'empty-array') expect([response.status, response.json]).toEqual([200, []]);
    else expect([response.status, (response.json as Json).code]).toEqual([404, 'NO_CUSTOMERS_FOUND']);
  });
  const first = value === 'not-found' ? 'answers NO_CUSTOMERS_FOUND' : 'answers 200 []';
  it(`${first} on page 1 of an empty account`, async () => {
    const key = await ctx.emptyTenant();
    const response = await ctx.get({ action: 'getallcustomers' }, key);
    if (value === 'not-found')
      expect([response.status, (response.json as Json).code]).toEqual([404, 'NO_CUSTOMERS_FOUND']);
    else expect([response.status, response.json]).toEqual([200, []]);
  });
};

const u1: Scenarios<'U-1'> = (ctx, value) => {
  const status = { mapped: 404, 'always-200': 200, 'always-400': 400 }[value];
  it(`answers CUSTOMER_NOT_FOUND with status ${status}, in the documented body`, async () => {
    const response = await ctx.get({ action: 'getcustomerByemail', customer_email: 'nobody@example.com' });
    expect(response.status).toBe(status);
    expect(response.json).toMatchObject({ code: 'CUSTOMER_NOT_FOUND', message: expect.any(String) });
  });
  it(`answers a wrong key with status ${value === 'mapped' ? 401 : status}`, async () => {
    const response = await ctx.get({ action: 'getallcustomers' }, 'sp_wrong_key_000');
    expect(response.status).toBe(value === 'mapped' ? 401 : status);
    expect((response.json as Json).code).toBe('INVALID_API_KEY');
  });
  it('keeps the webhook actions at their documented 400', async () => {
    const response = await ctx.send({ method: 'POST', query: { action: 'subscribe_customer' }, body: {} });
    expect([response.status, (response.json as Json).success]).toEqual([400, false]);
  });
};

const u2: Scenarios<'U-2'> = (ctx, value) => {
  it(`writes an unset company_name as ${value === 'null' ? 'null' : "''"} in the customer object`, async () => {
    const customer = ctx.customers().find((c) => c.companyName === '' && c.phone2 === '')!;
    const response = await ctx.get({ action: 'getcustomerByemail', customer_email: customer.email });
    const body = response.json as Json;
    const want = value === 'null' ? null : '';
    expect([body.company_name, body.company_phone, body.customer_phone_2]).toEqual([want, want, want]);
    expect(body.customer_first_name).toBe(customer.firstName);
  });
  it('writes an unset customerabn the way the reading says in getcustomerofproject', async () => {
    const world = ctx.world();
    const project = world.projectsOfCompany(ctx.company().id).find((p) => {
      const customer = p.customerId === null ? undefined : world.customer(p.customerId);
      return customer?.abn === null && customer.phone2 === '';
    })!;
    const response = await ctx.get({ action: 'getcustomerofproject', project_id: String(project.id) });
    const customer = (response.json as { Customer: Json }).Customer;
    expect(customer.customerabn).toBe(value === 'empty-string' ? '' : null);
    expect(customer.phone2).toBe(value === 'null' ? null : '');
  });
};

const i4: Scenarios<'I-4'> = (ctx, value) => {
  const forms = {
    'as-documented': ['number', 'string'],
    number: ['number', 'number'],
    'kw-string': ['string', 'string'],
  }[value];
  it(`writes system_size as a ${forms[0]} in getallcustomers and a ${forms[1]} by email`, async () => {
    const customer = ctx.customers().find((c) => ctx.world().projectsOfCustomer(c.id).length > 0)!;
    const page = (await ctx.get({ action: 'getallcustomers' })).json as {
      customer_id: string;
      projects: Json[];
    }[];
    const listed = page.find((c) => c.customer_id === String(customer.id))!;
    const single = (await ctx.get({ action: 'getcustomerByemail', customer_email: customer.email })).json as {
      projects: Json[];
    };
    expect([typeof listed.projects[0]?.system_size, typeof single.projects[0]?.system_size]).toEqual(forms);
    if (forms[1] === 'string') expect(single.projects[0]?.system_size).toMatch(/^[0-9]+(\.[0-9]+)?kW$/);
  });
};

const i5: Scenarios<'I-5'> = (ctx, value) => {
  it(`writes no notes as ${value === 'array' ? '[]' : '""'}`, async () => {
    const customer = ctx.customers().find((c) => c.notes.length === 0)!;
    const body = (await ctx.get({ action: 'getcustomerid', customer_email: customer.email })).json as Json;
    expect(body.customer_notes).toEqual(value === 'array' ? [] : '');
  });
};

const i16: Scenarios<'I-16'> = (ctx, value) => {
  it(`writes creation_date as ${value === 'date' ? 'YYYY-MM-DD' : 'YYYY-MM-DD HH:MM:SS'}`, async () => {
    const customer = ctx.customers()[0]!;
    const body = (await ctx.get({ action: 'getcustomerByemail', customer_email: customer.email }))
      .json as Json;
    expect(body.creation_date).toMatch(
      value === 'date' ? /^\d{4}-\d\d-\d\d$/ : /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/,
    );
  });
};

const i3: Scenarios<'I-3'> = (ctx, value) => {
  const name = value === 'new-contacts' ? 'New Contacts' : 'No Status Set';
  it(`gives a customer created through the API the status ${name}`, async () => {
    expect((await ctx.write('createcustomer', newCustomer('status'))).status).toBe(200);
    const body = (
      await ctx.get({ action: 'getcustomerByemail', customer_email: 'ada.status@example.com.au' })
    ).json;
    expect((body as Json).customer_status).toBe(name);
  });
};

/** The scenarios of every switch that changes a response. */
export const outputSwitchScenarios = {
  'I-7': i7,
  'U-1': u1,
  'U-2': u2,
  'I-4': i4,
  'I-5': i5,
  'I-16': i16,
  'I-3': i3,
};
