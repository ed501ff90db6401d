import type { Company, StoredCustomer, StoredProject, Subscription, User } from './types.js';

/**
 * The records and every index over them. Only this module's functions write the indexes, so they
 * cannot drift apart; lookups are Map gets and binary searches.
 */
export interface WorldState {
  readonly companies: Map<number, Company>;
  readonly companyByKey: Map<string, Company>;
  readonly versions: Map<number, number>;
  readonly users: Map<number, User>;
  readonly usersByCompany: Map<number, User[]>;
  /** company id → lower-case email → user */
  readonly userByEmail: Map<number, Map<string, User>>;
  readonly customers: Map<number, StoredCustomer>;
  /** company id → its customers in ascending id order, so a page is a slice */
  readonly customersByCompany: Map<number, StoredCustomer[]>;
  /** company id → lower-case email → customer */
  readonly customerByEmail: Map<number, Map<string, StoredCustomer>>;
  readonly projects: Map<number, StoredProject>;
  readonly projectsByCustomer: Map<number, StoredProject[]>;
  readonly projectsByCompany: Map<number, StoredProject[]>;
  readonly subscriptions: Map<number, Subscription[]>;
  /** The next free id of each kind; ids are global across companies, as in one database. */
  readonly next: { companyId: number; userId: number; customerId: number; projectId: number };
}

/** An empty state whose ids start where the seeded ones do. */
export function createWorldState(): WorldState {
  return {
    companies: new Map(),
    companyByKey: new Map(),
    versions: new Map(),
    users: new Map(),
    usersByCompany: new Map(),
    userByEmail: new Map(),
    customers: new Map(),
    customersByCompany: new Map(),
    customerByEmail: new Map(),
    projects: new Map(),
    projectsByCustomer: new Map(),
    projectsByCompany: new Map(),
    subscriptions: new Map(),
    next: { companyId: 1, userId: 11, customerId: 70001, projectId: 1001 },
  };
}

const emailKey = (email: string): string => email.toLowerCase();

function listOf<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) {
    list = [];
    map.set(key, list);
  }
  return list;
}

/** Index of `id` in an ascending list of records, or -1. */
function indexById(list: readonly { readonly id: number }[], id: number): number {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const midId = (list[mid] as { readonly id: number }).id;
    if (midId === id) return mid;
    if (midId < id) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/** Marks a company's data as changed (keys caches of rendered pages). */
export function bumpVersion(state: WorldState, companyId: number): void {
  state.versions.set(companyId, (state.versions.get(companyId) ?? 0) + 1);
}

/** Adds a company; its API keys must not belong to another company. */
export function addCompany(state: WorldState, company: Company): void {
  for (const key of company.apiKeys) {
    if (state.companyByKey.has(key)) throw new Error(`API key ${key} already belongs to a company`);
  }
  state.companies.set(company.id, company);
  for (const key of company.apiKeys) state.companyByKey.set(key, company);
  state.versions.set(company.id, state.versions.get(company.id) ?? 0);
  state.customersByCompany.set(company.id, []);
  state.customerByEmail.set(company.id, new Map());
  state.userByEmail.set(company.id, new Map());
}

/** Adds a user to its company. */
export function addUser(state: WorldState, user: User): void {
  state.users.set(user.id, user);
  listOf(state.usersByCompany, user.companyId).push(user);
  state.userByEmail.get(user.companyId)?.set(emailKey(user.email), user);
}

/** Adds a customer whose id is above every id of its company (ids grow with creation). */
export function addCustomer(state: WorldState, customer: StoredCustomer): void {
  state.customers.set(customer.id, customer);
  listOf(state.customersByCompany, customer.companyId).push(customer);
  state.customerByEmail.get(customer.companyId)?.set(emailKey(customer.email), customer);
}

/** The customer of `companyId` with this email (any case). */
export function findCustomerByEmail(
  state: WorldState,
  companyId: number,
  email: string,
): StoredCustomer | undefined {
  return state.customerByEmail.get(companyId)?.get(emailKey(email));
}

/** Changes a customer's email and its index entry together. */
export function changeCustomerEmail(state: WorldState, customer: StoredCustomer, email: string): void {
  const old = customer.email;
  customer.email = email;
  unindexEmail(state, customer, old);
  const byEmail = state.customerByEmail.get(customer.companyId);
  const holder = byEmail?.get(emailKey(email));
  // With duplicates allowed (interpretation I-24), the lowest id keeps the email, as a LIMIT 1 would.
  if (holder && holder !== customer) withDuplicateEmails.add(state);
  if (!holder || holder.id > customer.id) byEmail?.set(emailKey(email), customer);
}

/** States where two customers of a company ever shared an email: only they need the slow re-index. */
const withDuplicateEmails = new WeakSet<WorldState>();

/** Drops `customer` as the holder of `email`, handing it to another customer with that email, if any. */
function unindexEmail(state: WorldState, customer: StoredCustomer, email: string): void {
  const byEmail = state.customerByEmail.get(customer.companyId);
  if (byEmail?.get(emailKey(email)) !== customer) return;
  byEmail.delete(emailKey(email));
  if (!withDuplicateEmails.has(state)) return;
  const key = emailKey(email);
  const next = state.customersByCompany
    .get(customer.companyId)
    ?.find((other) => other !== customer && state.customers.has(other.id) && emailKey(other.email) === key);
  if (next) byEmail.set(key, next);
}

/** Removes a customer; its projects stay in the company with no customer. */
export function removeCustomer(state: WorldState, customer: StoredCustomer): void {
  state.customers.delete(customer.id);
  const list = state.customersByCompany.get(customer.companyId);
  const at = list ? indexById(list, customer.id) : -1;
  if (list && at >= 0) list.splice(at, 1);
  unindexEmail(state, customer, customer.email);
  for (const project of state.projectsByCustomer.get(customer.id) ?? []) project.customerId = null;
  state.projectsByCustomer.delete(customer.id);
}

/** Adds a project whose id is above every project id (ids grow with creation). */
export function addProject(state: WorldState, project: StoredProject): void {
  state.projects.set(project.id, project);
  listOf(state.projectsByCompany, project.companyId).push(project);
  if (project.customerId !== null) listOf(state.projectsByCustomer, project.customerId).push(project);
}
