import { type CompanyRecords, changedSince } from './company-records.js';
import type { Company, StoredCustomer, StoredProject, Subscription, User } from './types.js';

/**
 * The records and every index over them. This module's functions are the only writers of a
 * state (records, indexes, subscriptions and the id counters alike), so the indexes cannot drift
 * apart; `applyOp` decides what a change means and calls them, seeding calls them to fill a new
 * state. Records and the small lists are frozen and replaced on change, never edited; lookups are
 * Map gets and binary searches.
 */
export interface WorldState {
  readonly companies: Map<number, Company>;
  readonly companyByKey: Map<string, Company>;
  readonly users: Map<number, User>;
  readonly usersByCompany: Map<number, readonly User[]>;
  /** company id → lower-case email → user */
  readonly userByEmail: Map<number, Map<string, User>>;
  readonly customers: Map<number, StoredCustomer>;
  /** company id → its customers in ascending id order, so a page is a slice */
  readonly customersByCompany: Map<number, StoredCustomer[]>;
  /** company id → lower-case email → customer */
  readonly customerByEmail: Map<number, Map<string, StoredCustomer>>;
  readonly projects: Map<number, StoredProject>;
  readonly projectsByCustomer: Map<number, readonly StoredProject[]>;
  /** company id → its projects in ascending id order */
  readonly projectsByCompany: Map<number, StoredProject[]>;
  readonly subscriptions: Map<number, readonly Subscription[]>;
  /**
   * company id → its records as the control API created it, for a tenant: what a company reset
   * restores. Seeded companies have none here; theirs are the seeded state's (`seededRecords`).
   */
  readonly baselines: Map<number, CompanyRecords>;
  /** The next free id of each kind; ids are global across companies, as in one database. */
  readonly next: { companyId: number; userId: number; customerId: number; projectId: number };
  /** Whether two customers of a company ever shared an email (interpretation I-24 `accepted`). */
  sharedEmails: boolean;
  /**
   * What the change under way has touched (`World.apply` starts each with `[]`): the ids of the
   * customers replaced or given projects, or `null` once it changed anything else a page may show.
   * Every writer below records itself here, so a cache can trust it.
   */
  touched: number[] | null;
  /**
   * The indexes still shared with the state this one was copied from (`copyWorldState`): each is
   * copied the first time a writer here writes to it (`own`). Empty for a state of its own.
   */
  readonly shared: Set<Index>;
}

/** The indexes of a state: the maps and lists `copyWorldState` shares until written. */
export type Index =
  | 'companies'
  | 'companyByKey'
  | 'users'
  | 'usersByCompany'
  | 'userByEmail'
  | 'customers'
  | 'customersByCompany'
  | 'customerByEmail'
  | 'projects'
  | 'projectsByCustomer'
  | 'projectsByCompany'
  | 'subscriptions'
  | 'baselines';

export type IdKind = keyof WorldState['next'];

/** An empty state whose ids start where the seeded ones do. */
export function createWorldState(): WorldState {
  return {
    companies: new Map(),
    companyByKey: new Map(),
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
    baselines: new Map(),
    next: { companyId: 1, userId: 11, customerId: 70001, projectId: 1001 },
    sharedEmails: false,
    touched: null,
    shared: new Set(),
  };
}

/**
 * A state of its own with the same records as `state`. Its indexes are shared until it first writes
 * to each (`own` copies it then), and the records and frozen lists always are (they are replaced
 * on change, never edited). A reset takes a copy of the seeded state instead of seeding again: far
 * quicker, and no second world's worth of garbage. Copying each index only when written means an
 * update after a reset copies the customer indexes, not every index of a 100,000-customer world.
 */
export function copyWorldState(state: WorldState): WorldState {
  // Flags and counters by value (`next` is edited in place, so it is copied now).
  return { ...state, next: { ...state.next }, touched: null, shared: new Set(INDEXES) };
}

const mapCopy = <K, V>(map: Map<K, V>): Map<K, V> => new Map(map);

const COPY: { readonly [K in Index]: (index: WorldState[K]) => WorldState[K] } = {
  companies: mapCopy,
  companyByKey: mapCopy,
  users: mapCopy,
  usersByCompany: mapCopy,
  userByEmail: copyNested,
  customers: mapCopy,
  customersByCompany: copyLists,
  customerByEmail: copyNested,
  projects: mapCopy,
  projectsByCustomer: mapCopy,
  projectsByCompany: copyLists,
  subscriptions: mapCopy,
  baselines: mapCopy,
};
const INDEXES = Object.keys(COPY) as Index[];

/**
 * `state[index]`, to be written to: copied first if it is still shared with the state this one was
 * copied from. Every write to an index goes through here, so the original is never written.
 */
export function own<K extends Index>(state: WorldState, index: K): WorldState[K] {
  if (state.shared.size > 0 && state.shared.delete(index)) {
    (state as { -readonly [P in Index]: WorldState[P] })[index] = COPY[index](state[index]);
  }
  return state[index];
}

function copyNested<K, L, V>(map: Map<K, Map<L, V>>): Map<K, Map<L, V>> {
  const copy = new Map<K, Map<L, V>>();
  for (const [key, inner] of map) copy.set(key, new Map(inner));
  return copy;
}

function copyLists<K, V>(map: Map<K, V[]>): Map<K, V[]> {
  const copy = new Map<K, V[]>();
  for (const [key, list] of map) copy.set(key, list.slice());
  return copy;
}

const emailKey = (email: string): string => email.toLowerCase();

/** Records that the change under way touched this customer (or its projects) only. */
function touchCustomer(state: WorldState, customerId: number): void {
  if (state.touched !== null) state.touched.push(customerId);
}

/** Records that the change under way changed more than some customers: which ones a company has, a user, a company. */
export function touchAll(state: WorldState): void {
  state.touched = null;
}

/** Takes the next id of a kind. */
export function takeId(state: WorldState, kind: IdKind): number {
  const id = state.next[kind];
  state.next[kind] = id + 1;
  return id;
}

/** Leaves `count` ids of a kind unused, like rows deleted long ago. */
export function skipIds(state: WorldState, kind: IdKind, count: number): void {
  state.next[kind] += count;
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

function frozenCustomer(customer: StoredCustomer): StoredCustomer {
  if (Object.isFrozen(customer)) return customer;
  // A changed copy of a stored customer shares its notes, frozen already.
  if (!Object.isFrozen(customer.notes)) {
    for (const note of customer.notes) Object.freeze(note);
    Object.freeze(customer.notes);
  }
  if (customer.siteAddress) Object.freeze(customer.siteAddress);
  if (customer.bestContactTimes) Object.freeze(customer.bestContactTimes);
  return Object.freeze(customer);
}

function frozenProject(project: StoredProject): StoredProject {
  Object.freeze(project.siteAddress);
  return Object.freeze(project);
}

/** Adds a company; its API keys must not belong to another company. */
export function addCompany(state: WorldState, company: Company): void {
  for (const key of company.apiKeys) {
    if (state.companyByKey.has(key)) throw new Error(`API key ${key} already belongs to a company`);
  }
  touchAll(state);
  Object.freeze(company.apiKeys);
  Object.freeze(company);
  own(state, 'companies').set(company.id, company);
  for (const key of company.apiKeys) own(state, 'companyByKey').set(key, company);
  own(state, 'customersByCompany').set(company.id, []);
  own(state, 'projectsByCompany').set(company.id, []);
  own(state, 'customerByEmail').set(company.id, new Map());
  own(state, 'userByEmail').set(company.id, new Map());
}

/** Adds a user to its company. */
export function addUser(state: WorldState, user: User): void {
  touchAll(state);
  Object.freeze(user);
  own(state, 'users').set(user.id, user);
  own(state, 'usersByCompany').set(
    user.companyId,
    Object.freeze([...(state.usersByCompany.get(user.companyId) ?? []), user]),
  );
  own(state, 'userByEmail').get(user.companyId)?.set(emailKey(user.email), user);
}

/** Adds a customer whose id is above every id of its company (ids grow with creation). */
export function addCustomer(state: WorldState, customer: StoredCustomer): StoredCustomer {
  touchAll(state);
  const stored = frozenCustomer(customer);
  own(state, 'customers').set(stored.id, stored);
  own(state, 'customersByCompany').get(stored.companyId)?.push(stored);
  own(state, 'customerByEmail').get(stored.companyId)?.set(emailKey(stored.email), stored);
  return stored;
}

/** The customer of `companyId` with this email (any case). */
export function findCustomerByEmail(
  state: WorldState,
  companyId: number,
  email: string,
): StoredCustomer | undefined {
  return state.customerByEmail.get(companyId)?.get(emailKey(email));
}

/** Puts `next` where the customer of the same id was, in every index; returns the stored record. */
export function replaceCustomer(state: WorldState, next: StoredCustomer): StoredCustomer {
  const previous = state.customers.get(next.id);
  if (!previous) throw new Error(`No customer ${next.id} to replace`);
  if (previous.companyId !== next.companyId) throw new Error(`Customer ${next.id} cannot change company`);
  touchCustomer(state, next.id);
  const stored = frozenCustomer(next);
  own(state, 'customers').set(stored.id, stored);
  const list = own(state, 'customersByCompany').get(stored.companyId);
  const at = list ? indexById(list, stored.id) : -1;
  if (list && at >= 0) list[at] = stored;
  const email = emailKey(stored.email);
  if (previous.email === stored.email || emailKey(previous.email) === email) {
    const byEmail = own(state, 'customerByEmail').get(stored.companyId);
    if (byEmail?.get(email)?.id === stored.id) byEmail.set(email, stored);
  } else {
    releaseEmail(state, previous);
    claimEmail(state, stored);
  }
  return stored;
}

/**
 * Points the customer's email at it, unless a customer of lower id has it too: with duplicates
 * allowed (interpretation I-24), lookups find the oldest, as a `LIMIT 1` would.
 */
function claimEmail(state: WorldState, customer: StoredCustomer): void {
  const byEmail = own(state, 'customerByEmail').get(customer.companyId);
  const holder = byEmail?.get(emailKey(customer.email));
  if (holder && holder.id !== customer.id) state.sharedEmails = true;
  if (!holder || holder.id >= customer.id) byEmail?.set(emailKey(customer.email), customer);
}

/** Drops the customer as its email's holder, handing the email to another customer with it, if any. */
function releaseEmail(state: WorldState, customer: StoredCustomer): void {
  const byEmail = own(state, 'customerByEmail').get(customer.companyId);
  const key = emailKey(customer.email);
  if (byEmail?.get(key)?.id !== customer.id) return;
  byEmail.delete(key);
  if (!state.sharedEmails) return;
  const next = state.customersByCompany
    .get(customer.companyId)
    ?.find((other) => other.id !== customer.id && emailKey(other.email) === key);
  if (next) byEmail.set(key, next);
}

/** Removes a customer; its projects stay in the company with no customer. */
export function removeCustomer(state: WorldState, customer: StoredCustomer): void {
  touchAll(state);
  own(state, 'customers').delete(customer.id);
  const list = own(state, 'customersByCompany').get(customer.companyId);
  const at = list ? indexById(list, customer.id) : -1;
  if (list && at >= 0) list.splice(at, 1);
  releaseEmail(state, customer);
  for (const project of state.projectsByCustomer.get(customer.id) ?? []) {
    const unassigned = frozenProject({ ...project, customerId: null });
    own(state, 'projects').set(project.id, unassigned);
    const ofCompany = own(state, 'projectsByCompany').get(project.companyId);
    const index = ofCompany ? indexById(ofCompany, project.id) : -1;
    if (ofCompany && index >= 0) ofCompany[index] = unassigned;
  }
  own(state, 'projectsByCustomer').delete(customer.id);
}

/** Adds a project whose id is above every project id (ids grow with creation). */
export function addProject(state: WorldState, project: StoredProject): void {
  const stored = frozenProject(project);
  own(state, 'projects').set(stored.id, stored);
  own(state, 'projectsByCompany').get(stored.companyId)?.push(stored);
  if (stored.customerId !== null) {
    touchCustomer(state, stored.customerId);
    const mine = state.projectsByCustomer.get(stored.customerId) ?? [];
    own(state, 'projectsByCustomer').set(stored.customerId, Object.freeze([...mine, stored]));
  }
}

/**
 * Adds a new customer's projects (ids above every project id, ascending) at once: one list for
 * the customer, where adding them one by one copies it for each.
 */
export function addCustomerProjects(state: WorldState, customerId: number, projects: StoredProject[]): void {
  for (const project of projects) {
    const stored = frozenProject(project);
    own(state, 'projects').set(stored.id, stored);
    own(state, 'projectsByCompany').get(stored.companyId)?.push(stored);
  }
  touchCustomer(state, customerId);
  if (projects.length > 0) own(state, 'projectsByCustomer').set(customerId, Object.freeze(projects));
}

/** Adds a subscription unless the same URL and event are already subscribed; true when added. */
export function addSubscription(state: WorldState, subscription: Subscription): boolean {
  const list = state.subscriptions.get(subscription.companyId) ?? [];
  if (list.some((s) => s.hookUrl === subscription.hookUrl && s.event === subscription.event)) return false;
  own(state, 'subscriptions').set(
    subscription.companyId,
    Object.freeze([...list, Object.freeze(subscription)]),
  );
  return true;
}

/** Removes every subscription of `hookUrl` in the company; how many went. */
export function removeSubscriptions(state: WorldState, companyId: number, hookUrl: string): number {
  const list = state.subscriptions.get(companyId) ?? [];
  const kept = list.filter((s) => s.hookUrl !== hookUrl);
  if (kept.length !== list.length) own(state, 'subscriptions').set(companyId, Object.freeze(kept));
  return list.length - kept.length;
}

const noRecords: readonly never[] = Object.freeze([]);

/**
 * Keeps a company's records as they are now (a tenant just created) for a later company reset. The
 * lists are copied, as this state goes on changing; the records and project lists are shared.
 */
export function keepBaseline(state: WorldState, companyId: number): void {
  const customers = Object.freeze(state.customersByCompany.get(companyId)?.slice() ?? []);
  const projectsByCustomer = new Map<number, readonly StoredProject[]>();
  for (const customer of customers) {
    const projects = state.projectsByCustomer.get(customer.id);
    if (projects) projectsByCustomer.set(customer.id, projects);
  }
  own(state, 'baselines').set(companyId, {
    customers,
    customerByEmail: new Map(state.customerByEmail.get(companyId)),
    projects: Object.freeze(state.projectsByCompany.get(companyId)?.slice() ?? []),
    projectsByCustomer,
    subscriptions: state.subscriptions.get(companyId) ?? noRecords,
  });
}

/**
 * Puts one company's customers, projects and subscriptions back to `records`, in every index,
 * leaving every other company's as they are. Only what changed since is touched, so a reset after
 * a few writes costs a walk over the company's lists, however big. The id sequences go on: ids
 * are global, as in one database, so an id the company used since is never handed out again.
 * Restored records are the very objects `records` holds, so a page cached from them is still
 * right and is served again.
 */
export function restoreCompany(state: WorldState, companyId: number, records: CompanyRecords): void {
  touchAll(state);
  const customers = changedSince(state.customersByCompany.get(companyId) ?? noRecords, records.customers);
  const byEmail = own(state, 'customerByEmail').get(companyId);
  // With every email held by one customer only, the email index changes where the customers did;
  // once two ever shared one (I-24), who holds it depends on the rest, so it is copied whole.
  const emailsByChange = byEmail !== undefined && !state.sharedEmails;
  for (const customer of customers.gone) {
    own(state, 'customers').delete(customer.id);
    own(state, 'projectsByCustomer').delete(customer.id);
    const key = emailKey(customer.email);
    if (emailsByChange && byEmail.get(key) === customer) byEmail.delete(key);
  }
  for (const customer of customers.back) {
    own(state, 'customers').set(customer.id, customer);
    const projects = records.projectsByCustomer.get(customer.id);
    if (projects) own(state, 'projectsByCustomer').set(customer.id, projects);
    if (emailsByChange) byEmail.set(emailKey(customer.email), customer);
  }
  if (!emailsByChange) own(state, 'customerByEmail').set(companyId, new Map(records.customerByEmail));
  const projects = changedSince(state.projectsByCompany.get(companyId) ?? noRecords, records.projects);
  for (const project of projects.gone) own(state, 'projects').delete(project.id);
  for (const project of projects.back) own(state, 'projects').set(project.id, project);
  // Lists of their own: this state's lists are edited in place, the records' never.
  own(state, 'customersByCompany').set(companyId, records.customers.slice());
  own(state, 'projectsByCompany').set(companyId, records.projects.slice());
  if (records.subscriptions.length > 0) own(state, 'subscriptions').set(companyId, records.subscriptions);
  else own(state, 'subscriptions').delete(companyId);
}
