import { describe, expect, it } from 'vitest';
import { PersonalDataScrubber } from './scrub-personal-data.js';

describe('PersonalDataScrubber', () => {
  it('replaces personal fields by name in every vocabulary of the API', () => {
    const scrub = new PersonalDataScrubber();
    const out = scrub.json({
      customer_first_name: 'Jane',
      surname: 'Citizen',
      customeremail: 'jane@home.net',
      phone1: '0412 345 678',
      customer_id: '70001',
      site_address: { streetnum: '12', street: 'Real Street', state: 'NSW' },
    }) as Record<string, unknown>;
    expect(out.customer_first_name).not.toBe('Jane');
    expect(out.surname).not.toBe('Citizen');
    expect(out.customeremail).toMatch(/@example\.com$/);
    expect(out.phone1).toMatch(/^04\d\d \d{3} \d{3}$/);
    expect(out.phone1).not.toBe('0412 345 678');
    expect(out.customer_id).toBe('70001');
    expect(out.site_address).toMatchObject({ streetnum: '12', state: 'NSW' });
  });

  it('maps one original to one stand-in everywhere, and across scrubbers', () => {
    const a = new PersonalDataScrubber();
    const b = new PersonalDataScrubber();
    const email = a.value('email', 'jane@home.net');
    expect(a.json({ email: 'jane@home.net' })).toEqual({ email });
    expect(a.text('No customer with email jane@home.net')).toBe(`No customer with email ${email}`);
    expect(b.value('email', 'jane@home.net')).toBe(email);
    expect(a.value('email', 'john@home.net')).not.toBe(email);
  });

  it('scrubs an email in a query the same way as in the answer', () => {
    const scrub = new PersonalDataScrubber();
    const out = scrub.exchange({
      startedDateTime: 'x',
      timeMs: 1,
      request: {
        method: 'GET',
        url: 'http://h/apidata.php?action=getcustomerByemail&customer_email=jane%40home.net&api_key=***',
        headers: [],
      },
      response: {
        status: 200,
        statusText: 'OK',
        headers: [],
        body: JSON.stringify({ customer_email: 'jane@home.net' }),
      },
    });
    const email = new URL(out.request.url).searchParams.get('customer_email');
    expect(JSON.parse(out.response?.body ?? '')).toEqual({ customer_email: email });
    expect(out.request.url).toContain('api_key=***');
  });
});
