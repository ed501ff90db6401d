import type { ErrorCode } from '@solarproof/schemas';
import type { ClientOptions } from '../../src/client-options.js';
import type { ContractCase } from './contract-cases.js';

/** What a target can do; a case that needs a missing capability must be in the target's `cannot` list. */
export interface Capabilities {
  /** Fresh companies on demand (the mock's `POST /__mock/tenants`). */
  canCreateTenants: boolean;
  /** Make the next call of an action fail, stall or drop the connection (`POST /__mock/faults`). */
  canInjectFaults: boolean;
  /** Calls that may change the account: create, update and delete customers, webhooks. */
  canWrite: boolean;
  /** Knows ids the API alone does not reveal: another company's project and customer, a project without customer. */
  knowsFixtures: boolean;
}

export type Capability = keyof Capabilities;

/** Ids only a target that sees the whole world knows. */
export interface Fixtures {
  /** A project of another company: getcustomerofproject answers UNAUTHORISED. */
  foreignProjectId: number;
  /** A customer of another company: update and delete answer PERMISSION_DENIED. */
  foreignCustomerId: number;
  /** A project of this company with no customer: NO_CUSTOMER_ASSIGNED. */
  orphanProjectId: number;
  /** How many customers this session's company has right now. */
  customerCount(): number;
}

/** A fault for the next call(s) of an action, as `POST /__mock/faults` takes it. */
export interface FaultRule {
  action: string;
  code?: ErrorCode;
  count?: number;
  latencyMs?: number;
  retryAfterSeconds?: number;
  reset?: boolean;
}

/**
 * The reading of the docs a target answers by (a profile of the mock's interpretation switches): what
 * the suite must expect where the docs allow more than one answer.
 */
export interface ContractReading {
  /** The profile's label, for test titles. */
  profile: string;
  /** Every answer is one the spec's schemas describe: the client then validates strictly. */
  inSpec: boolean;
  /** The HTTP statuses an error may come with, given the one the spec maps its code to. */
  errorStatuses(code: ErrorCode, documented: number): readonly number[];
  /** What a page past the last answers: the error, an empty page (I-7), or either when unknown. */
  pastTheEnd: 'NO_CUSTOMERS_FOUND' | 'empty-page' | 'either';
}

/**
 * Any documented reading: the live API's is not known, so each point the docs leave open may be
 * answered any documented way (and anything else is drift, which fails the case).
 */
export const ANY_DOCUMENTED_READING: ContractReading = {
  profile: 'any documented reading',
  inSpec: false,
  errorStatuses: (_code, documented) => [documented, 200, 400],
  pastTheEnd: 'either',
};

/** One test file's access to a target: its key, where it is, and the helpers its capabilities allow. */
export interface Session {
  apiKey: string;
  /** The reading of the docs the target answers by. */
  reading: ContractReading;
  /** Passed to `createClient` with the key; `baseUrl` absent means the client's default. */
  clientOptions: Pick<ClientOptions, 'baseUrl' | 'fetch'>;
  /** Present when `knowsFixtures`. */
  fixtures?: Fixtures | undefined;
  /** Present when `canInjectFaults`. */
  injectFault?: ((rule: FaultRule) => Promise<void>) | undefined;
  /** Present when `canInjectFaults`: drops faults a failed case left queued. */
  clearFaults?: (() => Promise<void>) | undefined;
  /** Present when `canCreateTenants`: a new company with `customers` customers; answers its key. */
  createTenant?: ((customers: number) => Promise<string>) | undefined;
  /** A unique, clearly marked email for a customer the suite creates; the session remembers it. */
  uniqueEmail(label?: string): string;
  /** Undoes what the session set up, and deletes any customer the suite created and left behind. */
  close(): Promise<void>;
}

/** Something the contract suite runs against: the in-process mock, the HTTP mock, the live API. */
export interface Target {
  name: string;
  capabilities: Capabilities;
  /** Every case this target cannot run, with the reason. The suite skips exactly these, visibly. */
  cannot: Partial<Record<ContractCase, string>>;
  /** Called once per test file, before its first case. */
  open(): Promise<Session>;
}

/** The marker of every email the suite invents, so a stray customer on a live account is recognisable. */
export const CONTRACT_EMAIL_PREFIX = 'solarproof-devkit-contract';

/**
 * Unique, clearly marked emails, remembered so a session can clean up after a cycle that failed
 * half way.
 *
 * @example
 * const emails = createEmailLedger();
 * emails.next(); // 'solarproof-devkit-contract+1718000000000-1@example.com'
 */
export function createEmailLedger(stamp = `${Date.now()}`) {
  const issued: string[] = [];
  return {
    issued: issued as readonly string[],
    next(label?: string): string {
      const suffix = issued.length === 0 ? '' : `-${issued.length + 1}`;
      const email = `${CONTRACT_EMAIL_PREFIX}+${stamp}${suffix}${label ? `-${label}` : ''}@example.com`;
      issued.push(email);
      return email;
    },
  };
}
