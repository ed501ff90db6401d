import type { Customer, ProjectCustomer } from '@solarproof/schemas';
import { describe, expect, test } from 'vitest';
import { loadExample } from '../test/support/fixtures.js';
import { sampleCustomer } from '../test/support/sample-customer.js';
import { normalizeCustomer } from './normalize-customer.js';
import { normalizeProjectCustomer } from './normalize-project-customer.js';

describe('normalizeCustomer', () => {
  test('turns the documented getallcustomers customer into numbers, booleans and camelCase', () => {
    const [customer] = loadExample('getallcustomers-response.json') as Customer[];
    expect(normalizeCustomer(customer as Customer)).toEqual({
      id: 71553,
      firstName: 'Will',
      lastName: 'Jones',
      email: 'mygreatcustomer@willibags.com',
      phones: ['0400 000 888'],
      type: 'RESIDENTIAL',
      gstRegistered: false,
      companyName: '',
      companyPhone: '',
      createdOn: '2020-05-26',
      notes: [{ datetime: '2020-05-28 15:12:40', text: 'Will is a friendly guy. Wants a call next monday' }],
      status: 'No Status Set',
      owner: {
        id: 221,
        firstName: 'John',
        lastName: 'User',
        phone: '0415 644 644',
        email: 'user@bigsolarcity.com.au',
        workTitle: 'Director',
        username: 'user1',
      },
      projects: [
        {
          id: 1640,
          title: 'Project #1640',
          siteAddress: {
            streetnum: '175',
            street: 'Pitt Street',
            suburb: 'Sydney',
            state: 'NSW',
            postcode: '2000',
            country: 'Australia',
          },
          panelQuantity: 7,
          panelType: '320W - SUNPOWER - (SPR-E19-320)',
          inverterQuantity: 1,
          inverterType: 'Zeversolar 4kW (TLC4000)',
          systemSizeKw: 2.24,
          proposalLink: '/uploads/fa00dfba91388/pdfs/1640/proposal_1640.pdf',
        },
      ],
    });
  });

  test('reads the "17.92kW" system size of getcustomerByemail as 17.92', () => {
    const customer = loadExample('getcustomerByemail-response.json') as Customer;
    expect(normalizeCustomer(customer).projects[0]?.systemSizeKw).toBe(17.92);
  });

  test.each([
    ['legacy "" notes become []', { customer_notes: '' as const }, { notes: [] }],
    ['GST Registered becomes true', { gst_status: 'GST Registered' as const }, { gstRegistered: true }],
    ['Large-Scale becomes LARGE-SCALE', { customer_type: 'Large-Scale' as const }, { type: 'LARGE-SCALE' }],
    [
      'a datetime creation date keeps its date',
      { creation_date: '2025-03-09 21:47:48' },
      { createdOn: '2025-03-09' },
    ],
    [
      'a second phone is kept',
      { customer_phone_2: '02 9999 0000' },
      { phones: ['0400 000 888', '02 9999 0000'] },
    ],
  ])('%s', (_name, overrides, want) => {
    expect(normalizeCustomer(sampleCustomer(1, overrides))).toMatchObject(want);
  });
});

describe('normalizeProjectCustomer', () => {
  test('turns the documented getcustomerofproject customer into the same vocabulary', () => {
    const { Customer: customer } = loadExample('getcustomerofproject-response.json') as {
      Customer: ProjectCustomer;
    };
    expect(normalizeProjectCustomer(customer)).toEqual({
      id: 79298,
      uid: null,
      firstName: 'Judy',
      lastName: 'Matherson',
      email: 'judymatherson@gmail.com',
      phones: ['61411549054'],
      gstRegistered: false,
      companyName: 'Solar Proof',
      companyPhone: '1300 602 452',
      abn: null,
      siteAddress: '132 Mono Drive, Brisbane, QLD, 4321',
      notes: [],
      contactTime: null,
    });
  });

  test('a note becomes one undated note', () => {
    const { Customer: customer } = loadExample('getcustomerofproject-response.json') as {
      Customer: ProjectCustomer;
    };
    expect(normalizeProjectCustomer({ ...customer, note: 'Call after 5' }).notes).toEqual([
      { datetime: null, text: 'Call after 5' },
    ]);
  });
});
