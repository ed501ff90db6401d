import { STATUS_NAMES } from '../views/vocabulary.js';
import type { WorldRecords } from '../world/add-recorded-records.js';
import { customerUid } from '../world/customer-uid.js';
import type {
  Flag,
  Note,
  SiteAddress,
  StatusId,
  StoredCustomer,
  StoredProject,
  TypeId,
  User,
} from '../world/types.js';
import type { HarExchange } from './har-exchanges.js';
import { PersonalDataScrubber } from './scrub-personal-data.js';

type Json = Record<string, unknown>;
type Customer = Omit<StoredCustomer, 'companyId'>;
type Project = Omit<StoredProject, 'companyId'>;

const RICH_CUSTOMER_ACTIONS = new Set(['getallcustomers', 'getcustomerByemail', 'getcustomerid']);

/**
 * The customers, projects and users a recording shows, scrubbed of personal data (consistently, so a
 * recorded by-email lookup finds the same customer under its new email), as records a world can
 * start from. Reads every reading of the docs: `system_size` as a number or `"17.92kW"`, notes as a
 * list or `""`, types and GST in any of their spellings.
 *
 * @example
 * createMockApi({ records: worldRecordsFromHar(harExchanges(har)) });
 */
export function worldRecordsFromHar(
  exchanges: HarExchange[],
  scrubber = new PersonalDataScrubber(),
): WorldRecords {
  const users = new Map<number, Omit<User, 'companyId'>>();
  const customers = new Map<number, Customer>();
  const projects = new Map<number, Project>();
  const extras = new Map<number, { uid?: string | null; abn?: string | null }>();
  // Customers the session created were not there when it began: replaying the creation makes them.
  const created = new Set<number>();

  for (const exchange of exchanges) {
    if (exchange.status !== 200 || !exchange.json.ok) continue;
    const body = scrubber.json(exchange.json.value);
    if (exchange.action === 'createcustomer') {
      const id = toInt((body as { id?: unknown }).id);
      if (id !== undefined) created.add(id);
    }
    if (exchange.action && RICH_CUSTOMER_ACTIONS.has(exchange.action)) {
      for (const item of Array.isArray(body) ? body : [body]) {
        const parsed = richCustomer(item as Json);
        // The first sight of a record is the closest to the world the session began with.
        if (!parsed || created.has(parsed.customer.id) || customers.has(parsed.customer.id)) continue;
        customers.set(parsed.customer.id, parsed.customer);
        if (parsed.owner && !users.has(parsed.owner.id)) users.set(parsed.owner.id, parsed.owner);
        for (const project of parsed.projects)
          if (!projects.has(project.id)) projects.set(project.id, project);
      }
    }
    if (exchange.action === 'getcustomerofproject') {
      const found = (body as { Customer?: Json }).Customer;
      const id = toInt(found?.customerID ?? found?.customer_id);
      if (found && id !== undefined) {
        extras.set(id, {
          uid: typeof found.uid === 'string' ? found.uid : null,
          abn: typeof found.customerabn === 'string' ? found.customerabn : null,
        });
      }
    }
  }
  for (const [id, extra] of extras) {
    const customer = customers.get(id);
    if (customer)
      customers.set(id, { ...customer, uid: extra.uid ?? customer.uid, abn: extra.abn ?? customer.abn });
  }
  return { users: [...users.values()], customers: [...customers.values()], projects: [...projects.values()] };
}

function richCustomer(
  item: Json,
): { customer: Customer; owner?: Omit<User, 'companyId'>; projects: Project[] } | undefined {
  if (!item || typeof item !== 'object') return undefined;
  const id = toInt(item.customer_id ?? item.customerID ?? item.pkcustomerid);
  if (id === undefined) return undefined;
  const ownerInfo = (item.owner_user_info ?? {}) as Json;
  const ownerId = toInt(ownerInfo.user_id) ?? 0;
  const createdAt = instant(item.creation_date);
  const projects = (Array.isArray(item.projects) ? item.projects : []).flatMap((p) => {
    const project = projectOf(p as Json, id, ownerId, createdAt);
    return project ? [project] : [];
  });
  const customer: Customer = {
    id,
    uid: customerUid(id, 1),
    ownerUserId: ownerId,
    firstName: text(item.customer_first_name),
    surname: text(item.customer_last_name),
    email: text(item.customer_email),
    phone1: text(item.customer_phone_1),
    phone2: text(item.customer_phone_2),
    companyName: text(item.company_name),
    companyPhone: text(item.company_phone),
    abn: null,
    statusId: statusOf(item.customer_status),
    typeId: typeOf(item.customer_type),
    gstRegistered: gstOf(item.gst_status),
    createdAt,
    siteAddress: projects[0]?.siteAddress ?? null,
    bestContactTimes: null,
    notes: notesOf(item.customer_notes),
  };
  const owner =
    ownerId > 0
      ? {
          id: ownerId,
          firstName: text(ownerInfo.first_name),
          lastName: text(ownerInfo.last_name),
          phone: text(ownerInfo.phone_number),
          email: text(ownerInfo.email),
          workTitle: text(ownerInfo.work_title),
          username: text(ownerInfo.username),
        }
      : undefined;
  return { customer, ...(owner ? { owner } : {}), projects };
}

function projectOf(p: Json, customerId: number, ownerUserId: number, createdAt: string): Project | undefined {
  const id = toInt(p.project_id);
  if (id === undefined) return undefined;
  const panelType = text(p.solar_panel_type);
  const size = typeof p.system_size === 'number' ? p.system_size : Number.parseFloat(text(p.system_size));
  return {
    id,
    customerId,
    ownerUserId,
    title: text(p.project_title),
    siteAddress: addressOf(p.site_address),
    panelQuantity: toInt(p.solar_panel_quantity) ?? 0,
    panelType,
    panelWatts: toInt(/^(\d+)\s*W/i.exec(panelType)?.[1]) ?? 0,
    inverterQuantity: toInt(p.inverter_quantity) ?? 0,
    inverterType: text(p.inverter_type),
    systemSizeKw: Number.isFinite(size) ? size : 0,
    proposalLink: text(p.proposal_link),
    createdAt,
  };
}

function addressOf(value: unknown): SiteAddress {
  const a = (value && typeof value === 'object' ? value : {}) as Json;
  return {
    streetnum: text(a.streetnum),
    street: text(a.street),
    suburb: text(a.suburb),
    state: text(a.state),
    postcode: text(a.postcode),
    country: text(a.country) || 'Australia',
  };
}

const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

function toInt(value: unknown): number | undefined {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\d+$/.test(value.trim())
        ? Number(value)
        : Number.NaN;
  return Number.isInteger(n) ? n : undefined;
}

function instant(value: unknown): string {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}:\d{2}))?/.exec(text(value));
  return match ? `${match[1]}T${match[2] ?? '00:00:00'}Z` : '2026-01-15T00:00:00Z';
}

function statusOf(value: unknown): StatusId {
  if (typeof value === 'number' && value >= 0 && value <= 3) return value as StatusId;
  const found = Object.entries(STATUS_NAMES).find(
    ([, name]) => name.toLowerCase() === text(value).toLowerCase(),
  );
  return found ? (Number(found[0]) as StatusId) : 0;
}

function typeOf(value: unknown): TypeId {
  const t = text(value).toLowerCase();
  if (t === '2' || t.startsWith('comm')) return 2;
  if (t === '3' || t.startsWith('large')) return 3;
  return 1;
}

function gstOf(value: unknown): Flag {
  if (value === 1 || value === true || value === '1') return 1;
  const t = text(value).toLowerCase();
  return t.includes('registered') && !t.startsWith('not') ? 1 : 0;
}

function notesOf(value: unknown): Note[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((n) =>
    n && typeof n === 'object'
      ? [{ datetime: text((n as Json).datetime), note: text((n as Json).note) }]
      : [],
  );
}
