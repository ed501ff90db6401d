import {
  Customer,
  CustomerCreatedV1,
  CustomerCreatedV2,
  CustomerObject,
  CustomerProject,
  CustomerStatusChange,
  getallcustomers,
  getcustomerByemail,
  getcustomerofproject,
  ProjectCustomer,
  webhookSchemas,
} from '@solarproof/schemas';
import { describe, expect, it } from 'vitest';
import { createWorld, DEFAULT_API_KEY } from '../world/create-world.js';
import type { StatusId, StoredCustomer, World } from '../world/types.js';
import { customerObjectView } from './customer-object-view.js';
import { customerView } from './customer-view.js';
import { projectCustomerView } from './project-customer-view.js';
import { customerCreatedPayload, customerStatusChangePayload } from './webhook-payloads.js';

const everyCustomer = (world: World): StoredCustomer[] =>
  world.companies().flatMap((company) => world.customersPage(company.id, 1, Number.MAX_SAFE_INTEGER));

/** Every view of every customer and project, as one JSON string. */
function allViews(world: World): string {
  return JSON.stringify(
    everyCustomer(world).map((customer) => ({
      number: customerView(world, customer, { systemSize: 'number' }),
      kW: customerView(world, customer, { systemSize: 'kW' }),
      object: customerObjectView(customer),
      ofProjects: world.projectsOfCustomer(customer.id).map((p) => projectCustomerView(world, customer, p)),
      created: [customerCreatedPayload(world, customer, 'v1'), customerCreatedPayload(world, customer, 'v2')],
      status: customerStatusChangePayload(world, customer, 0, customer.statusId, 'v2'),
    })),
  );
}

/** The world's customers plus one created through `apply`, whose optional fields are all empty. */
function worldWithNewCustomer(): { world: World; customers: StoredCustomer[] } {
  const world = createWorld();
  const company = world.companyByApiKey(DEFAULT_API_KEY)!;
  world.apply({
    kind: 'createCustomer',
    companyId: company.id,
    ownerUserId: company.keyOwnerUserId,
    input: {
      firstname: 'New',
      surname: 'Person',
      email: 'new@example.com',
      phone1: '0400000000',
      type: 'RESIDENTIAL',
    },
    at: '2026-02-01T10:00:00.123Z',
  });
  return { world, customers: everyCustomer(world) };
}

const { world, customers } = worldWithNewCustomer();
const created = customers.find((c) => c.email === 'new@example.com')!;
const STATUSES: StatusId[] = [0, 1, 2, 3];

describe('views are deterministic', () => {
  it('renders identical JSON for two worlds of one seed', () => {
    expect(allViews(createWorld({ seed: 3 }))).toBe(allViews(createWorld({ seed: 3 })));
  });

  it('renders different JSON for different seeds', () => {
    expect(allViews(createWorld({ seed: 3 }))).not.toBe(allViews(createWorld({ seed: 4 })));
  });
});

describe('customerView', () => {
  it('validates every page of getallcustomers against its response schema', () => {
    for (const company of world.companies()) {
      for (let page = 1; page <= Math.ceil(world.customerCount(company.id) / 50); page++) {
        const views = world
          .customersPage(company.id, page, 50)
          .map((c) => customerView(world, c, { systemSize: 'number' }));
        expect(() => getallcustomers.responses[200].parse(views)).not.toThrow();
      }
    }
  });

  it('validates every customer as getcustomerByemail answers it', () => {
    for (const customer of customers) {
      const view = customerView(world, customer, { systemSize: 'kW' });
      expect(getcustomerByemail.responses[200].parse(view)).toEqual(view);
    }
  });

  it('keeps the key order of the documented examples, with exactly the schema keys', () => {
    const customer = customers.find((c) => world.projectsOfCustomer(c.id).length > 0)!;
    const byNumber = customerView(world, customer, { systemSize: 'number' });
    expect(Object.keys(byNumber)).toEqual(Object.keys(Customer.shape));
    expect(Object.keys(byNumber)).toEqual([
      'customer_id',
      'gst_status',
      'customer_first_name',
      'customer_last_name',
      'customer_phone_1',
      'customer_phone_2',
      'customer_email',
      'customer_type',
      'company_name',
      'company_phone',
      'owner_user_info',
      'creation_date',
      'customer_notes',
      'customer_status',
      'projects',
    ]);
    const projectKeys = [
      'project_id',
      'project_title',
      'site_address',
      'solar_panel_quantity',
      'solar_panel_type',
    ];
    expect(Object.keys(byNumber.projects[0]!)).toEqual([
      ...projectKeys,
      'inverter_quantity',
      'inverter_type',
      'system_size',
      'proposal_link',
    ]);
    const byKw = customerView(world, customer, { systemSize: 'kW' });
    expect(Object.keys(byKw.projects[0]!)).toEqual([
      ...projectKeys,
      'inverter_type',
      'inverter_quantity',
      'system_size',
      'proposal_link',
    ]);
    expect(new Set(Object.keys(byKw.projects[0]!))).toEqual(new Set(Object.keys(CustomerProject.shape)));
  });

  it('writes system_size as a number or as "<n>kW", both equal to the stored size', () => {
    for (const customer of customers) {
      const projects = world.projectsOfCustomer(customer.id);
      const byNumber = customerView(world, customer, { systemSize: 'number' }).projects;
      const byKw = customerView(world, customer, { systemSize: 'kW' }).projects;
      projects.forEach((project, i) => {
        expect(byNumber[i]?.system_size).toBe(project.systemSizeKw);
        expect(byKw[i]?.system_size).toBe(`${project.systemSizeKw}kW`);
      });
    }
  });

  it.each([
    [0, 'No Status Set'],
    [1, 'New Contacts'],
    [2, 'Signed'],
    [3, 'Mega Status'],
  ] as const)('names status %i "%s"', (statusId, name) => {
    const customer = { ...customers[0]!, statusId };
    expect(customerView(world, customer, { systemSize: 'number' }).customer_status).toBe(name);
  });

  it.each([
    [1, 'Residential'],
    [2, 'Commercial'],
    [3, 'Large-Scale'],
  ] as const)('names type %i "%s"', (typeId, name) => {
    const customer = { ...customers[0]!, typeId };
    expect(customerView(world, customer, { systemSize: 'number' }).customer_type).toBe(name);
  });

  it('shows ids and counts as strings, GST as text, the owner and the creation date', () => {
    const customer = customers.find((c) => c.gstRegistered === 1)!;
    const view = customerView(world, customer, { systemSize: 'number' });
    const owner = world.user(customer.ownerUserId)!;
    expect(view.customer_id).toBe(String(customer.id));
    expect(view.gst_status).toBe('GST Registered');
    expect(view.owner_user_info).toEqual({
      user_id: String(owner.id),
      first_name: owner.firstName,
      last_name: owner.lastName,
      phone_number: owner.phone,
      email: owner.email,
      work_title: owner.workTitle,
      username: owner.username,
    });
    expect(view.creation_date).toBe(customer.createdAt.slice(0, 10));
    expect(view.customer_notes).toEqual(customer.notes);
  });
});

describe('projectCustomerView', () => {
  it('validates for every project with a customer, inside the getcustomerofproject envelope', () => {
    let checked = 0;
    for (const customer of customers) {
      for (const project of world.projectsOfCustomer(customer.id)) {
        const view = projectCustomerView(world, customer, project);
        expect(ProjectCustomer.parse(view)).toEqual(view);
        getcustomerofproject.responses[200].parse({
          Message: 'Customer details retrieved successfully!',
          Customer: view,
        });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it("writes the project's address as one line and the latest note", () => {
    const customer = customers.find((c) => c.notes.length > 1 && world.projectsOfCustomer(c.id).length > 0)!;
    const project = world.projectsOfCustomer(customer.id)[0]!;
    const view = projectCustomerView(world, customer, project);
    const a = project.siteAddress;
    expect(view.siteAddress).toBe(`${a.streetnum} ${a.street}, ${a.suburb}, ${a.state}, ${a.postcode}`);
    expect(view.note).toBe(customer.notes.at(-1)?.note);
    expect(view.customerID).toBe(customer.id);
  });

  it.each([
    ['no preferences', null, null],
    ['all zero', { mornings: 0, middays: 0, afternoons: 0, evenings: 0 }, null],
    ['mornings and evenings', { mornings: 1, middays: 0, afternoons: 0, evenings: 1 }, 'Mornings, Evenings'],
    [
      'every time',
      { mornings: 1, middays: 1, afternoons: 1, evenings: 1 },
      'Mornings, Middays, Afternoons, Evenings',
    ],
  ] as const)('writes contactTime for %s', (_name, bestContactTimes, text) => {
    const customer = { ...customers[0]!, bestContactTimes };
    const project = world.projectsOfCompany(customer.companyId)[0]!;
    expect(projectCustomerView(world, customer, project).contactTime).toBe(text);
  });

  it('gives a new customer empty note, null ABN and null contact time', () => {
    const project = world.projectsOfCompany(created.companyId)[0]!;
    expect(projectCustomerView(world, created, project)).toMatchObject({
      note: '',
      customerabn: null,
      contactTime: null,
    });
  });
});

describe('customerObjectView', () => {
  it('validates for every customer, with exactly the schema keys', () => {
    for (const customer of customers) {
      const view = customerObjectView(customer);
      expect(CustomerObject.parse(view)).toEqual(view);
      expect(new Set(Object.keys(view))).toEqual(new Set(Object.keys(CustomerObject.shape)));
    }
  });

  it('uses the stored ids and flags, and empty values where the record has none', () => {
    expect(customerObjectView(created)).toMatchObject({
      pkcustomerid: created.id,
      customerabn: '',
      fkcustomerstatusid: 0,
      fkcustomertypeid: 1,
      created_at: '2026-02-01',
      customer_site_address: '',
      best_contact_times: { mornings: 0, middays: 0, afternoons: 0, evenings: 0 },
    });
  });
});

describe('webhook payloads', () => {
  it('validates customer_created v1 and v2 for every customer', () => {
    for (const customer of customers) {
      const v1 = customerCreatedPayload(world, customer, 'v1');
      const v2 = customerCreatedPayload(world, customer, 'v2');
      expect(CustomerCreatedV1.parse(v1)).toEqual(v1);
      expect(CustomerCreatedV2.parse(v2)).toEqual(v2);
      expect(webhookSchemas.customer_created.parse(v1)).toEqual(v1);
      expect(webhookSchemas.customer_created.parse(v2)).toEqual(v2);
      expect(new Set(Object.keys(v2))).toEqual(new Set(Object.keys(CustomerCreatedV2.shape)));
    }
  });

  it('writes v2 timestamps to the second in UTC and names the assigned user and company', () => {
    const owner = world.user(created.ownerUserId)!;
    expect(customerCreatedPayload(world, created, 'v2')).toMatchObject({
      customer_created_at: '2026-02-01T10:00:00Z',
      customer_type_id: 1,
      customer_status_id: 0,
      abn: '',
      site_address: '',
      customer_notes: '',
      assigned_user_id: owner.id,
      assigned_user_name: `${owner.firstName} ${owner.lastName}`,
      company_name_full: world.company(created.companyId)?.name,
    });
    expect(customerCreatedPayload(world, created, 'v1')).toEqual({
      pkcustomerid: created.id,
      fkuserid: owner.id,
      customer_email: 'new@example.com',
      customer_name: 'New Person',
      customer_type: 'RESIDENTIAL',
      customer_status: 0,
    });
  });

  it('validates customer_status_change as an object in v1 and an array of one in v2', () => {
    for (const customer of customers) {
      for (const newStatus of STATUSES) {
        const v1 = customerStatusChangePayload(world, customer, customer.statusId, newStatus, 'v1');
        const v2 = customerStatusChangePayload(world, customer, customer.statusId, newStatus, 'v2');
        expect(CustomerStatusChange.parse(v1)).toEqual(v1);
        expect(webhookSchemas.customer_status_change.parse(v1)).toEqual(v1);
        expect(webhookSchemas.customer_status_change.parse(v2)).toEqual(v2);
        expect(v2).toEqual([v1]);
        expect(v1).toMatchObject({ old_status: customer.statusId, new_status: newStatus });
      }
    }
  });
});
