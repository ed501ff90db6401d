import { expect, it } from 'vitest';
import { DEFAULT_API_KEY, type SwitchValues } from '../../src/index.js';
import { newCustomer } from '../support/scenario-helpers.js';
import type { InterpretationContext } from './interpretation-context.js';

type Scenarios<Id extends keyof SwitchValues> = (ctx: InterpretationContext, value: SwitchValues[Id]) => void;
type Json = Record<string, unknown>;

const accepts = (yes: boolean) => (yes ? 'accepts' : 'rejects');

const u3: Scenarios<'U-3'> = (ctx, value) => {
  const lenient = value === 'lenient-php';
  it(`${accepts(lenient)} type in lower case and gststatus "1"`, async () => {
    const response = await ctx.write(
      'createcustomer',
      newCustomer('lower', { type: 'residential', gststatus: '1' }),
    );
    expect(response.status).toBe(lenient ? 200 : 400);
  });
  it(`${accepts(lenient)} a form body with data=<JSON>`, async () => {
    const data = JSON.stringify(newCustomer('form'));
    const response = await ctx.send({
      method: 'POST',
      query: { action: 'createcustomer' },
      body: new URLSearchParams({ data }).toString(),
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(response.status).toBe(lenient ? 200 : 415);
  });
  it(`${accepts(lenient)} a JSON body without a content type`, async () => {
    const response = await ctx.send({
      method: 'POST',
      query: { action: 'createcustomer' },
      body: { data: newCustomer('notype') },
      contentType: null,
    });
    expect(response.status).toBe(lenient ? 200 : 415);
  });
  it(`${accepts(lenient)} page= as page 1`, async () => {
    const response = await ctx.get({ action: 'getallcustomers', page: '' });
    expect(response.status).toBe(lenient ? 200 : 400);
  });
  it(`${accepts(lenient)} an empty firstname on update as a field not given`, async () => {
    const response = await ctx.write('updatecustomer', {
      pkcustomerid: 70001,
      firstname: '',
      surname: 'Nguyen',
    });
    expect(response.status).toBe(lenient ? 200 : 400);
  });
  const strict = value === 'strict';
  it(`${accepts(!strict)} pkcustomerid as a string of digits`, async () => {
    const response = await ctx.write('updatecustomer', {
      action: 'updatecustomer',
      pkcustomerid: '70001',
      surname: 'Nguyen',
    });
    expect(response.status).toBe(strict ? 400 : 200);
  });
  it(`${accepts(!strict)} a write without data.action`, async () => {
    const { action: _action, ...data } = newCustomer('noaction');
    expect((await ctx.write('createcustomer', data)).status).toBe(strict ? 400 : 200);
  });
};

const i24: Scenarios<'I-24'> = (ctx, value) => {
  const accepted = value === 'accepted';
  it(`${accepts(accepted)} an update to another customer's email`, async () => {
    const [first, second] = ctx.customers();
    const response = await ctx.write('updatecustomer', { pkcustomerid: second!.id, email: first!.email });
    if (accepted) {
      expect(response.status).toBe(200);
      expect(ctx.world().customer(second!.id)?.email).toBe(first!.email);
      // The older record keeps answering for the email, as a LIMIT 1 lookup would.
      const found = await ctx.get({ action: 'getcustomerid', customer_email: first!.email });
      expect((found.json as Json).customer_id).toBe(String(first!.id));
    } else {
      expect([response.status, (response.json as Json).code]).toEqual([400, 'INVALID_PARAMETERS']);
    }
  });
};

const u4: Scenarios<'U-4'> = (ctx, value) => {
  it(`${accepts(value === 'accepted')} an update with no field to change`, async () => {
    const response = await ctx.write('updatecustomer', { pkcustomerid: 70001 });
    if (value === 'accepted')
      expect(response.json).toEqual({ Message: 'Customer updated successfully!', CustomerId: '70001' });
    else expect((response.json as Json).message).toMatch(/Nothing to update/);
  });
};

const i29: Scenarios<'I-29'> = (ctx, value) => {
  it(`${accepts(value === 'accepted')} a write whose key is only in data.apikey`, async () => {
    const data = { ...newCustomer('bodykey'), apikey: DEFAULT_API_KEY };
    const response = await ctx.write('createcustomer', data, null);
    if (value === 'accepted') expect(response.status).toBe(200);
    else expect([response.status, (response.json as Json).code]).toEqual([401, 'INVALID_API_KEY']);
  });
};

const i1: Scenarios<'I-1'> = (ctx, value) => {
  it(`${accepts(value === 'accepted')} updatecustomer by PUT, its heading's method`, async () => {
    const response = await ctx.send({
      method: 'PUT',
      query: { action: 'updatecustomer' },
      body: { data: { pkcustomerid: 70001, surname: 'Nguyen' } },
    });
    expect(response.status).toBe(value === 'accepted' ? 200 : 405);
  });
};

/** The scenarios of every switch that changes which requests are accepted. */
export const inputSwitchScenarios = { 'U-3': u3, 'I-24': i24, 'U-4': u4, 'I-29': i29, 'I-1': i1 };
