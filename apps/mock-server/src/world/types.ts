/**
 * The canonical records of the fake Solar Proof. One stored record per customer; every response
 * shape is a view of it (see ../views). The vocabulary follows "The Customer Object" of the docs.
 * Records are immutable (readonly here, frozen at run time): a change replaces the record, so
 * what the world hands out can never change the world behind `apply`'s back.
 */
import type {
  CreateCustomerData,
  SiteAddress as SpecSiteAddress,
  WebhookEventType,
} from '@solarproof/schemas';
import type { WorldRecords } from './add-recorded-records.js';
import type { AuState } from './au-localities.js';

/** A project's site address: the spec's own type (read-only, as every record here), not a copy. */
export type SiteAddress = Readonly<SpecSiteAddress>;

export type StatusId = 0 | 1 | 2 | 3; // 0 No Status Set, 1 New Contacts, 2 Signed, 3 Mega Status
export type TypeId = 1 | 2 | 3; // 1 Residential, 2 Commercial, 3 Large-Scale
export type Flag = 0 | 1;

export interface Company {
  readonly id: number;
  readonly name: string;
  readonly apiKeys: readonly string[];
  /** The user who owns the API key: customers created without `useremail` belong to them. */
  readonly keyOwnerUserId: number;
  /** Where the installer works; its clock is the account's local time. Default NSW. */
  readonly homeState?: AuState | undefined;
  /** A tenant's own reading of the docs; without one, the world's applies. */
  readonly interpretation?: TenantInterpretation | undefined;
}

/** A profile and single switches, as JSON (the options of `resolveInterpretation`). */
export interface TenantInterpretation {
  profile?: string | { name: string; basedOn?: string; switches: Record<string, string> } | undefined;
  interpret?: Record<string, string> | undefined;
}

export interface User {
  readonly id: number;
  readonly companyId: number;
  readonly firstName: string;
  readonly lastName: string;
  readonly phone: string;
  readonly email: string;
  readonly workTitle: string;
  readonly username: string;
}

export interface Note {
  /** `YYYY-MM-DD HH:MM:SS` */
  readonly datetime: string;
  readonly note: string;
}

export interface BestContactTimes {
  readonly mornings: Flag;
  readonly middays: Flag;
  readonly afternoons: Flag;
  readonly evenings: Flag;
}

export interface StoredCustomer {
  readonly id: number;
  /** null for some seeded (older) customers, as the documented example shows. */
  readonly uid: string | null;
  readonly companyId: number;
  readonly ownerUserId: number;
  readonly firstName: string;
  readonly surname: string;
  readonly email: string;
  readonly phone1: string;
  readonly phone2: string;
  readonly companyName: string;
  readonly companyPhone: string;
  readonly abn: string | null;
  readonly statusId: StatusId;
  readonly typeId: TypeId;
  readonly gstRegistered: Flag;
  /** ISO-8601 UTC instant of creation; views cut it to `YYYY-MM-DD`. */
  readonly createdAt: string;
  readonly siteAddress: SiteAddress | null;
  readonly bestContactTimes: BestContactTimes | null;
  readonly notes: readonly Note[];
}

export interface StoredProject {
  readonly id: number;
  readonly companyId: number;
  readonly customerId: number | null;
  readonly ownerUserId: number;
  readonly title: string;
  readonly siteAddress: SiteAddress;
  readonly panelQuantity: number;
  /** e.g. `320W - SUNPOWER - (SPR-E19-320)` */
  readonly panelType: string;
  readonly panelWatts: number;
  readonly inverterQuantity: number;
  /** e.g. `Zeversolar 4kW (TLC4000)` */
  readonly inverterType: string;
  /** panelQuantity * panelWatts / 1000, rounded to 2 decimals */
  readonly systemSizeKw: number;
  /** `/uploads/<hex>/pdfs/<id>/proposal_<id>.pdf`, or '' when unpublished */
  readonly proposalLink: string;
  readonly createdAt: string;
}

export interface Subscription {
  readonly companyId: number;
  readonly hookUrl: string;
  readonly event: WebhookEventType;
  readonly createdAt: string;
}

/** The fields createcustomer may set (already validated by the action): the spec's, less the key, action and owner. */
export type CustomerInput = Omit<CreateCustomerData, 'apikey' | 'action' | 'useremail'>;

export type CustomerPatch = Partial<CustomerInput>;

/**
 * Every change to the world is one of these JSON-serialisable operations, applied by `World.apply`.
 * Replaying the same operations on a world of the same options gives the same world (durable state
 * is an append-only log of them).
 */
export type WorldOp =
  | {
      kind: 'createCustomer';
      companyId: number;
      ownerUserId: number;
      input: CustomerInput;
      at: string;
      /** The new customer's status (interpretation I-3); default 0. */
      statusId?: StatusId | undefined;
    }
  | {
      kind: 'updateCustomer';
      customerId: number;
      patch: CustomerPatch;
      at: string;
      /** Store an email another customer of the company has (interpretation I-24). */
      allowDuplicateEmail?: boolean | undefined;
    }
  | { kind: 'deleteCustomer'; customerId: number; at: string }
  | { kind: 'setCustomerStatus'; customerId: number; statusId: StatusId; at: string }
  | { kind: 'addNote'; customerId: number; note: string; at: string }
  | { kind: 'subscribe'; companyId: number; hookUrl: string; event: WebhookEventType; at: string }
  | { kind: 'unsubscribe'; companyId: number; hookUrl: string; at: string }
  | {
      kind: 'createTenant';
      name?: string | undefined;
      interpretation?: TenantInterpretation | undefined;
      customers: number;
      seed: number;
      apiKey: string;
      at: string;
    }
  /**
   * One company back to its seeded records (a tenant: to those it was created with), every other
   * company left as it is. Its users, key and reading of the docs never change; ids go on counting.
   */
  | { kind: 'resetCompany'; companyId: number };

/** What a change did, for webhooks and journals. */
export type WorldEvent =
  | { type: 'customer_created'; customer: StoredCustomer }
  | { type: 'customer_status_change'; customer: StoredCustomer; oldStatus: StatusId; newStatus: StatusId };

export interface WorldOptions {
  /** Seed of the faker data; the same seed gives the same world, byte for byte. Default 1. */
  seed?: number;
  /** Customers of the default company. Default 130 (three pages of getallcustomers). */
  customers?: number;
  /** API key of the default company. Default `DEFAULT_API_KEY`. */
  apiKey?: string;
  /** Customers of the second company. Default 12. */
  otherCustomers?: number;
  /** Recorded customers and projects that replace the default company's seeded ones (`--world-from`). */
  records?: WorldRecords | null;
}

/** The result of `World.apply`: what changed, or why nothing did. */
export type ApplyResult =
  | {
      ok: true;
      customer?: StoredCustomer;
      tenant?: { companyId: number; apiKey: string };
      events: WorldEvent[];
    }
  | {
      ok: false;
      reason: 'CUSTOMER_NOT_FOUND' | 'DUPLICATE_EMAIL' | 'NO_MATCHING_WEBHOOK' | 'UNKNOWN_COMPANY';
    };

/** The fake's whole state: read by the actions, changed only through `apply`. */
export interface World {
  readonly options: Required<WorldOptions>;

  companyByApiKey(apiKey: string): Company | undefined;
  company(companyId: number): Company | undefined;
  companies(): readonly Company[];
  user(userId: number): User | undefined;
  usersOfCompany(companyId: number): readonly User[];
  /** Case-insensitive. */
  userByEmail(companyId: number, email: string): User | undefined;

  /** The company's customers in ascending id order (creation order). */
  customerCount(companyId: number): number;
  /** `page` is 1-based; an empty array past the end. */
  customersPage(companyId: number, page: number, perPage: number): readonly StoredCustomer[];
  customer(customerId: number): StoredCustomer | undefined;
  /** Case-insensitive, within one company. */
  customerByEmail(companyId: number, email: string): StoredCustomer | undefined;

  project(projectId: number): StoredProject | undefined;
  projectsOfCustomer(customerId: number): readonly StoredProject[];
  projectsOfCompany(companyId: number): readonly StoredProject[];

  subscriptions(companyId: number, event?: WebhookEventType): readonly Subscription[];

  /**
   * Seeds up to `customers` more of the seeded customers not yet seeded (they are otherwise seeded
   * as reads need them); true once every one is. For a server with time on its hands (node's CLI
   * calls it between requests): what any read returns is the same either way.
   */
  seedAhead(customers: number): boolean;

  /** Applies one change; every change of the world goes through here (and is logged by callers). */
  apply(op: WorldOp): ApplyResult;
  /**
   * Back to the state `options` describe: seeded data only, tenants and changes gone. One company
   * alone goes back with the op `resetCompany`.
   */
  reset(): void;
  /**
   * A number that changes whenever the world may have changed (each `apply`, each `reset`): while
   * it stays the same, every read answers the same, so a cache may skip checking what it depends on.
   */
  revision(): number;
  /**
   * The ids of the customers replaced or given projects by every change after revision `since`
   * (in any order, perhaps repeated), when that is all they did; undefined when one did more
   * (which customers a company has, a user, a reset) or `since` is too old to tell. Nothing else a
   * customer page shows can change, so a page whose customers are none of these is unchanged.
   */
  customersTouchedSince(since: number): readonly number[] | undefined;
}
