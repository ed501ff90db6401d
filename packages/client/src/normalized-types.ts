import type { CustomerTypeInput, Owner, SiteAddress } from '@solarproof/schemas';

/** A customer note; `datetime` is `null` where the API gives only the text (getcustomerofproject). */
export interface NormalizedNote {
  datetime: string | null;
  text: string;
}

/** The user who owns a customer, with a numeric id: the one owner shape @solarproof/schemas maps. */
export type NormalizedOwner = Owner;

/** A customer's project with numbers as numbers. */
export interface NormalizedProject {
  id: number;
  title: string;
  siteAddress: SiteAddress;
  /** `null` when the API's text is not a whole number (it is free text in the spec). */
  panelQuantity: number | null;
  panelType: string;
  /** `null` when the API's text is not a whole number. */
  inverterQuantity: number | null;
  inverterType: string;
  /** In kW, whether the API sent `2.24` or `"17.92kW"`; `null` when it sent none or an unreadable one. */
  systemSizeKw: number | null;
  /** A path relative to the API's host, or `null` when the proposal is not published (`""`). */
  proposalLink: string | null;
}

/** The rich customer object in one vocabulary: camelCase keys, numbers, booleans, arrays. */
export interface NormalizedCustomer {
  id: number;
  firstName: string;
  lastName: string;
  email: string;
  /** The non-empty phone numbers, primary first. */
  phones: string[];
  /** The upper-case spelling the write actions take. */
  type: CustomerTypeInput;
  gstRegistered: boolean;
  companyName: string;
  companyPhone: string;
  /** `YYYY-MM-DD`; a time, when the API sends one, is dropped because its time zone is not documented. */
  createdOn: string;
  notes: NormalizedNote[];
  /** The status name as the account names it (`"Signed"`, `"No Status Set"`). */
  status: string;
  owner: NormalizedOwner;
  projects: NormalizedProject[];
}

/** The customer of a project (getcustomerofproject) in the same vocabulary as `NormalizedCustomer`. */
export interface NormalizedProjectCustomer {
  id: number;
  uid: string | null;
  firstName: string;
  lastName: string;
  email: string;
  phones: string[];
  gstRegistered: boolean;
  companyName: string;
  companyPhone: string;
  abn: string | null;
  /** One line of text, as this action sends it. */
  siteAddress: string;
  notes: NormalizedNote[];
  contactTime: string | null;
}
