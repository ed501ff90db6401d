import type { CustomerTypeInput } from '@solarproof/schemas';
import { auStateFacts } from './au-state-facts.js';
import { seededRecords } from './company-records.js';
import { customerUid } from './customer-uid.js';
import { noteDatetime } from './format-time.js';
import { seedTenant } from './seed-world.js';
import type { ApplyResult, CustomerPatch, StoredCustomer, TypeId, WorldOp } from './types.js';
import {
  addCustomer,
  addSubscription,
  findCustomerByEmail,
  keepBaseline,
  removeCustomer,
  removeSubscriptions,
  replaceCustomer,
  restoreCompany,
  takeId,
  type WorldState,
} from './world-state.js';

type Op<K extends WorldOp['kind']> = Extract<WorldOp, { kind: K }>;

const TYPE_IDS: Record<CustomerTypeInput, TypeId> = { RESIDENTIAL: 1, COMMERCIAL: 2, 'LARGE-SCALE': 3 };

const notFound: ApplyResult = { ok: false, reason: 'CUSTOMER_NOT_FOUND' };
const duplicateEmail: ApplyResult = { ok: false, reason: 'DUPLICATE_EMAIL' };

function createCustomer(state: WorldState, op: Op<'createCustomer'>, uidSeed: number): ApplyResult {
  if (!state.companies.has(op.companyId)) return { ok: false, reason: 'UNKNOWN_COMPANY' };
  const owner = state.users.get(op.ownerUserId);
  // The action resolves `useremail` to a user of the key's company first; anything else is a bug.
  if (owner?.companyId !== op.companyId) {
    throw new Error(`User ${op.ownerUserId} is not a user of company ${op.companyId}`);
  }
  if (findCustomerByEmail(state, op.companyId, op.input.email)) return duplicateEmail;
  const id = takeId(state, 'customerId');
  const { input } = op;
  const customer = addCustomer(state, {
    id,
    uid: customerUid(id, uidSeed),
    companyId: op.companyId,
    ownerUserId: owner.id,
    firstName: input.firstname,
    surname: input.surname,
    email: input.email,
    phone1: input.phone1,
    phone2: input.phone2 ?? '',
    companyName: input.companyname ?? '',
    companyPhone: input.companyphone ?? '',
    abn: null,
    statusId: op.statusId ?? 0,
    typeId: TYPE_IDS[input.type],
    gstRegistered: input.gststatus ?? 0,
    createdAt: op.at,
    siteAddress: null,
    bestContactTimes: null,
    notes: [],
  });
  return { ok: true, customer, events: [{ type: 'customer_created', customer }] };
}

/** The customer with the fields present in `patch`; an `undefined` value counts as absent, as JSON drops it. */
function patched(customer: StoredCustomer, patch: CustomerPatch): StoredCustomer {
  // One copy, then assignments: a spread per field made a throwaway object for each.
  const next: { -readonly [K in keyof StoredCustomer]: StoredCustomer[K] } = { ...customer };
  if (patch.firstname !== undefined) next.firstName = patch.firstname;
  if (patch.surname !== undefined) next.surname = patch.surname;
  if (patch.email !== undefined) next.email = patch.email;
  if (patch.phone1 !== undefined) next.phone1 = patch.phone1;
  if (patch.phone2 !== undefined) next.phone2 = patch.phone2;
  if (patch.type !== undefined) next.typeId = TYPE_IDS[patch.type];
  if (patch.companyname !== undefined) next.companyName = patch.companyname;
  if (patch.companyphone !== undefined) next.companyPhone = patch.companyphone;
  if (patch.gststatus !== undefined) next.gstRegistered = patch.gststatus;
  return next;
}

function updateCustomer(state: WorldState, op: Op<'updateCustomer'>): ApplyResult {
  const customer = state.customers.get(op.customerId);
  if (!customer) return notFound;
  const { email } = op.patch;
  if (email !== undefined) {
    const holder = findCustomerByEmail(state, customer.companyId, email);
    if (holder && holder.id !== customer.id && !op.allowDuplicateEmail) return duplicateEmail;
  }
  const stored = replaceCustomer(state, patched(customer, op.patch));
  return { ok: true, customer: stored, events: [] };
}

function deleteCustomer(state: WorldState, op: Op<'deleteCustomer'>): ApplyResult {
  const customer = state.customers.get(op.customerId);
  if (!customer) return notFound;
  removeCustomer(state, customer);
  return { ok: true, customer, events: [] };
}

function setCustomerStatus(state: WorldState, op: Op<'setCustomerStatus'>): ApplyResult {
  const customer = state.customers.get(op.customerId);
  if (!customer) return notFound;
  const oldStatus = customer.statusId;
  if (oldStatus === op.statusId) return { ok: true, customer, events: [] };
  const stored = replaceCustomer(state, { ...customer, statusId: op.statusId });
  return {
    ok: true,
    customer: stored,
    events: [{ type: 'customer_status_change', customer: stored, oldStatus, newStatus: op.statusId }],
  };
}

function addNote(state: WorldState, op: Op<'addNote'>): ApplyResult {
  const customer = state.customers.get(op.customerId);
  if (!customer) return notFound;
  // The account's local time, as the spec says of note datetimes.
  const homeState = state.companies.get(customer.companyId)?.homeState ?? 'NSW';
  const note = { datetime: noteDatetime(op.at, auStateFacts[homeState].utcOffsetMinutes), note: op.note };
  const stored = replaceCustomer(state, { ...customer, notes: [...customer.notes, note] });
  return { ok: true, customer: stored, events: [] };
}

function subscribe(state: WorldState, op: Op<'subscribe'>): ApplyResult {
  if (!state.companies.has(op.companyId)) return { ok: false, reason: 'UNKNOWN_COMPANY' };
  const subscription = { companyId: op.companyId, hookUrl: op.hookUrl, event: op.event, createdAt: op.at };
  addSubscription(state, subscription);
  return { ok: true, events: [] };
}

function unsubscribe(state: WorldState, op: Op<'unsubscribe'>): ApplyResult {
  if (!state.companies.has(op.companyId)) return { ok: false, reason: 'UNKNOWN_COMPANY' };
  if (removeSubscriptions(state, op.companyId, op.hookUrl) === 0)
    return { ok: false, reason: 'NO_MATCHING_WEBHOOK' };
  return { ok: true, events: [] };
}

function createTenant(state: WorldState, op: Op<'createTenant'>, uidSeed: number): ApplyResult {
  // The control API mints tenant keys; a key already in use is a bug there, caught before any write.
  if (state.companyByKey.has(op.apiKey)) throw new Error(`API key ${op.apiKey} already belongs to a company`);
  const company = seedTenant(state, op, uidSeed);
  keepBaseline(state, company.id);
  return { ok: true, tenant: { companyId: company.id, apiKey: op.apiKey }, events: [] };
}

function resetCompany(state: WorldState, op: Op<'resetCompany'>, seeded: WorldState): ApplyResult {
  if (!state.companies.has(op.companyId)) return { ok: false, reason: 'UNKNOWN_COMPANY' };
  // A tenant goes back to its records at creation, a seeded company to the seeded ones.
  const records = state.baselines.get(op.companyId) ?? seededRecords(seeded, op.companyId);
  if (!records) throw new Error(`Company ${op.companyId} has no records to go back to`);
  restoreCompany(state, op.companyId, records);
  return { ok: true, events: [] };
}

/**
 * Applies one operation to `state`. Everything it needs is in the op (its instant included), so a
 * log of ops replayed on a fresh state of the same options rebuilds the same state. `seeded` is the
 * state as seeded, never written (`state` is a copy of it), which a company reset goes back to.
 *
 * @example
 * applyOp(state, { kind: 'addNote', customerId: 70001, note: 'Called', at: '2026-02-01T09:00:00Z' }, 1, seeded);
 */
export function applyOp(state: WorldState, op: WorldOp, uidSeed: number, seeded: WorldState): ApplyResult {
  switch (op.kind) {
    case 'createCustomer':
      return createCustomer(state, op, uidSeed);
    case 'updateCustomer':
      return updateCustomer(state, op);
    case 'deleteCustomer':
      return deleteCustomer(state, op);
    case 'setCustomerStatus':
      return setCustomerStatus(state, op);
    case 'addNote':
      return addNote(state, op);
    case 'subscribe':
      return subscribe(state, op);
    case 'unsubscribe':
      return unsubscribe(state, op);
    case 'createTenant':
      return createTenant(state, op, uidSeed);
    case 'resetCompany':
      return resetCompany(state, op, seeded);
  }
}
