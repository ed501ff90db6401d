import { describe, expect, it } from 'vitest';
import { isValidAbn } from './abn.js';
import type { AuState } from './au-localities.js';
import { AU_STREET_STEMS, AU_SURNAMES } from './au-names.js';
import { auStateFacts } from './au-state-facts.js';
import { createWorld, DEFAULT_API_KEY, OTHER_API_KEY } from './create-world.js';
import { inverterModels, MAX_OVERSIZING } from './inverter-models.js';
import { largeScalePanels, residentialPanels } from './panel-models.js';
import { REFERENCE_DATE } from './seed-world.js';
import type { SiteAddress, StoredCustomer, StoredProject, World } from './types.js';

const world = createWorld();
const main = world.companyByApiKey(DEFAULT_API_KEY)!;
const other = world.companyByApiKey(OTHER_API_KEY)!;
const allCustomers = (w: World, companyId: number): StoredCustomer[] =>
  w.customersPage(companyId, 1, Number.MAX_SAFE_INTEGER).slice();
const customers = [...allCustomers(world, main.id), ...allCustomers(world, other.id)];
const projects: StoredProject[] = [...world.projectsOfCompany(main.id), ...world.projectsOfCompany(other.id)];

const POSTCODES: Record<string, readonly (readonly [number, number])[]> = {
  NSW: [[2000, 2999]],
  VIC: [[3000, 3999]],
  QLD: [[4000, 4999]],
  SA: [[5000, 5799]],
  WA: [[6000, 6797]],
  TAS: [[7000, 7799]],
  ACT: [
    [2600, 2618],
    [2900, 2920],
  ],
  NT: [[800, 899]],
};
const AREA_CODES: Record<string, string> = {
  NSW: '02',
  ACT: '02',
  VIC: '03',
  TAS: '03',
  QLD: '07',
  SA: '08',
  WA: '08',
  NT: '08',
};

const addresses: SiteAddress[] = [
  ...customers.flatMap((c) => (c.siteAddress ? [c.siteAddress] : [])),
  ...projects.map((p) => p.siteAddress),
];

describe('the default world', () => {
  it('has 130 customers (three pages of 50) for the default key and 12 for the other company', () => {
    expect(world.customerCount(main.id)).toBe(130);
    expect(world.customersPage(main.id, 3, 50)).toHaveLength(30);
    expect(world.customersPage(main.id, 4, 50)).toEqual([]);
    expect(world.customerCount(other.id)).toBe(12);
  });

  it('gives each company 3 to 5 users, the first of them the key owner', () => {
    for (const company of [main, other]) {
      const users = world.usersOfCompany(company.id);
      expect(users.length).toBeGreaterThanOrEqual(3);
      expect(users.length).toBeLessThanOrEqual(5);
      expect(users[0]?.id).toBe(company.keyOwnerUserId);
    }
  });

  it('gives both companies projects without a customer as well as with one', () => {
    for (const company of [main, other]) {
      const list = world.projectsOfCompany(company.id);
      expect(list.some((p) => p.customerId === null)).toBe(true);
      expect(list.some((p) => p.customerId !== null)).toBe(true);
    }
  });

  it('uses global ids: customers from 70001, projects from 1001, users from 11, interleaved', () => {
    const ids = (list: readonly { id: number }[]) => list.map((r) => r.id);
    expect(Math.min(...ids(customers))).toBeGreaterThanOrEqual(70001);
    expect(Math.min(...ids(projects))).toBeGreaterThanOrEqual(1001);
    expect(Math.min(...world.companies().flatMap((c) => ids(world.usersOfCompany(c.id))))).toBe(11);
    const otherIds = ids(allCustomers(world, other.id));
    const mainIds = ids(allCustomers(world, main.id));
    // Interleaved: some of the other company's ids fall between the default company's.
    expect(otherIds.some((id) => id > Math.min(...mainIds) && id < Math.max(...mainIds))).toBe(true);
    expect(new Set([...mainIds, ...otherIds]).size).toBe(mainIds.length + otherIds.length);
  });

  it('gives every customer 0 to 3 projects, of its own company', () => {
    for (const customer of customers) {
      const own = world.projectsOfCustomer(customer.id);
      expect(own.length).toBeLessThanOrEqual(3);
      for (const project of own) expect(project.companyId).toBe(customer.companyId);
    }
  });

  it('keeps emails unique within a company, ignoring case', () => {
    for (const company of [main, other]) {
      const emails = allCustomers(world, company.id).map((c) => c.email.toLowerCase());
      expect(new Set(emails).size).toBe(emails.length);
    }
  });

  it('dates customers within the two years before the reference date, notes after creation', () => {
    const end = Date.parse(REFERENCE_DATE);
    for (const customer of customers) {
      const created = Date.parse(customer.createdAt);
      expect(created).toBeLessThan(end);
      expect(created).toBeGreaterThanOrEqual(end - 731 * 86_400_000);
      let previous = customer.createdAt.slice(0, 19).replace('T', ' ');
      for (const note of customer.notes) {
        expect(note.datetime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
        expect(note.datetime > previous).toBe(true);
        previous = note.datetime;
      }
    }
  });

  it('mixes statuses 0-3 and types, mostly residential', () => {
    expect(new Set(customers.map((c) => c.statusId))).toEqual(new Set([0, 1, 2, 3]));
    const residential = customers.filter((c) => c.typeId === 1).length;
    expect(residential / customers.length).toBeGreaterThan(0.6);
    expect(customers.some((c) => c.typeId !== 1)).toBe(true);
  });

  it('gives every business customer a trading name and a valid ABN', () => {
    for (const customer of customers.filter((c) => c.typeId !== 1)) {
      expect(customer.companyName).not.toBe('');
      expect(isValidAbn(customer.abn ?? ''), `${customer.id} ${customer.abn}`).toBe(true);
    }
    for (const customer of customers) {
      if (customer.abn) expect(isValidAbn(customer.abn)).toBe(true);
    }
  });

  it('writes phones in Australian formats, landlines with the area code of their state', () => {
    const mobile = /^04\d{8}$|^04\d{2} \d{3} \d{3}$/;
    const landline = /^\((0[2378])\) [3-9]\d{3} \d{4}$/;
    for (const customer of customers) {
      expect(customer.phone1).toMatch(new RegExp(`${mobile.source}|${landline.source}`));
      if (customer.phone2 !== '') expect(customer.phone2).toMatch(landline);
      if (customer.companyPhone !== '')
        expect(customer.companyPhone).toMatch(/^1300 \d{3} \d{3}$|^\(0[2378]\) /);
      const code = landline.exec(customer.phone2)?.[1];
      if (code && customer.siteAddress) expect(code).toBe(AREA_CODES[customer.siteAddress.state]);
    }
  });

  it('pairs every address with a postcode of its state', () => {
    expect(addresses.length).toBeGreaterThan(100);
    for (const address of addresses) {
      const ranges = POSTCODES[address.state];
      expect(ranges, address.state).toBeDefined();
      expect(address.postcode).toMatch(/^\d{4}$/);
      const code = Number(address.postcode);
      expect(
        ranges!.some(([low, high]) => code >= low && code <= high),
        `${address.suburb} ${address.state} ${address.postcode}`,
      ).toBe(true);
      expect(address.country).toBe('Australia');
    }
  });

  it('sizes every system from its panels, with a known panel and an inverter that fits', () => {
    const panels = new Map([...residentialPanels, ...largeScalePanels].map((p) => [p.label, p.watts]));
    const inverters = new Map(inverterModels.map((m) => [m.label, m.kw]));
    for (const project of projects) {
      expect(panels.get(project.panelType)).toBe(project.panelWatts);
      expect(project.systemSizeKw).toBe(Math.round((project.panelQuantity * project.panelWatts) / 10) / 100);
      const kw = inverters.get(project.inverterType);
      expect(kw, project.inverterType).toBeDefined();
      expect(project.inverterQuantity).toBeGreaterThanOrEqual(1);
      expect(kw! * project.inverterQuantity * MAX_OVERSIZING).toBeGreaterThanOrEqual(project.systemSizeKw);
    }
  });

  it('titles projects by id and links proposals of published ones only', () => {
    for (const project of projects) {
      expect(project.title).toBe(`Project #${project.id}`);
      if (project.proposalLink !== '') {
        expect(project.proposalLink).toMatch(
          new RegExp(`^/uploads/[0-9a-f]{12}/pdfs/${project.id}/proposal_${project.id}\\.pdf$`),
        );
      }
    }
    expect(projects.some((p) => p.proposalLink === '')).toBe(true);
    expect(projects.some((p) => p.proposalLink !== '')).toBe(true);
  });

  it('gives customers distinct 8-hex uids, and about one in four none, as the documented example', () => {
    const uids = customers.flatMap((c) => (c.uid === null ? [] : [c.uid]));
    for (const uid of uids) expect(uid).toMatch(/^[0-9a-f]{8}$/);
    expect(new Set(uids).size).toBe(uids.length);
    const none = customers.length - uids.length;
    expect(none / customers.length).toBeGreaterThan(0.1);
    expect(none / customers.length).toBeLessThan(0.4);
  });

  it('names people and streets as they are named in Australia', () => {
    const surnames = new Set(AU_SURNAMES);
    const stems = new Set(AU_STREET_STEMS);
    for (const customer of customers) expect(surnames, customer.surname).toContain(customer.surname);
    for (const address of addresses) {
      const stem = address.street.slice(0, address.street.lastIndexOf(' '));
      expect(stems, address.street).toContain(stem);
    }
  });

  it("names the electricity network of the site's state in notes", () => {
    const lodged = customers.flatMap((c) =>
      c.notes.filter((n) => n.note.startsWith('Meter needs upgrading')).map((n) => [c, n.note] as const),
    );
    expect(lodged.length).toBeGreaterThan(0);
    const everyNetwork = Object.values(auStateFacts).flatMap((facts) => facts.networks);
    for (const [customer, note] of lodged) {
      const network = note.replace('Meter needs upgrading, lodged with ', '');
      // A customer without a site address still lives somewhere: any state's network will do.
      const state = customer.siteAddress?.state;
      const networks = state ? auStateFacts[state as AuState].networks : everyNetwork;
      expect(networks, `${customer.id} in ${state ?? 'no site address'}`).toContain(network);
    }
  });

  it("writes seeded notes within the account's business hours, 08:00 to 17:59 local time", () => {
    const times = customers.flatMap((c) => c.notes.map((n) => n.datetime.slice(11)));
    expect(times.length).toBeGreaterThan(50);
    for (const time of times) expect(time >= '08:00:00' && time <= '17:59:59', time).toBe(true);
  });

  it('gives landlines a prefix in use in their state', () => {
    const landline = /^\(0[2378]\) (\d{2})\d{2} \d{4}$/;
    let checked = 0;
    for (const customer of customers) {
      const prefix = landline.exec(customer.phone2)?.[1];
      if (!prefix || !customer.siteAddress) continue;
      checked++;
      const { metro, regional } = auStateFacts[customer.siteAddress.state as AuState].landlinePrefixes;
      expect([...metro, ...regional]).toContain(prefix);
    }
    expect(checked).toBeGreaterThan(5);
  });
});
