// Generated from specs/solarproof.openapi.yaml by packages/schemas/scripts/generate.js. Do not edit:
// change the spec and run `pnpm generate`. `pnpm generate:check` fails when this file is stale.

import { z } from 'zod';
import { queryInteger } from '../query-integer.js';
import type { components } from './openapi.js';

/** Every error code of the customer surface, documented or added as a transport error. */
export const ErrorCode = z.enum([
  'INVALID_PARAMETERS',
  'INVALID_API_KEY',
  'UNAUTHORISED',
  'PERMISSION_DENIED',
  'NO_CUSTOMERS_FOUND',
  'PROJECT_NOT_FOUND',
  'NO_CUSTOMER_ASSIGNED',
  'CUSTOMER_NOT_FOUND',
  'USER_NOT_FOUND',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'DUPLICATE_EMAIL',
  'REQUEST_TIMEOUT',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  'UPDATE_FAILED',
  'DELETION_FAILED',
  'UNKNOWN',
]);
export type ErrorCode = components['schemas']['ErrorCode'];

export const GetallcustomersError = z.object({
  code: z.enum(['INVALID_API_KEY', 'INVALID_PARAMETERS', 'NO_CUSTOMERS_FOUND']),
  message: z.string(),
});
export type GetallcustomersError = components['schemas']['GetallcustomersError'];

export const GetcustomerByemailError = z.object({
  code: z.enum(['INVALID_API_KEY', 'INVALID_PARAMETERS', 'CUSTOMER_NOT_FOUND']),
  message: z.string(),
});
export type GetcustomerByemailError = components['schemas']['GetcustomerByemailError'];

export const GetcustomeridError = z.object({
  code: z.enum(['INVALID_API_KEY', 'INVALID_PARAMETERS', 'CUSTOMER_NOT_FOUND']),
  message: z.string(),
});
export type GetcustomeridError = components['schemas']['GetcustomeridError'];

export const GetcustomerofprojectError = z.object({
  code: z.enum([
    'INVALID_API_KEY',
    'INVALID_PARAMETERS',
    'PROJECT_NOT_FOUND',
    'NO_CUSTOMER_ASSIGNED',
    'UNAUTHORISED',
  ]),
  message: z.string(),
});
export type GetcustomerofprojectError = components['schemas']['GetcustomerofprojectError'];

export const CreatecustomerError = z.object({
  code: z.enum(['INVALID_API_KEY', 'INVALID_PARAMETERS', 'USER_NOT_FOUND', 'DUPLICATE_EMAIL']),
  message: z.string(),
});
export type CreatecustomerError = components['schemas']['CreatecustomerError'];

export const UpdatecustomerError = z.object({
  code: z.enum([
    'INVALID_API_KEY',
    'INVALID_PARAMETERS',
    'CUSTOMER_NOT_FOUND',
    'PERMISSION_DENIED',
    'UPDATE_FAILED',
  ]),
  message: z.string(),
});
export type UpdatecustomerError = components['schemas']['UpdatecustomerError'];

export const DeletecustomerError = z.object({
  code: z.enum([
    'INVALID_API_KEY',
    'INVALID_PARAMETERS',
    'CUSTOMER_NOT_FOUND',
    'PERMISSION_DENIED',
    'DELETION_FAILED',
  ]),
  message: z.string(),
});
export type DeletecustomerError = components['schemas']['DeletecustomerError'];

/** An error any action can answer before the action runs, or a forced server failure. */
export const TransportError = z.object({
  code: z.enum([
    'NOT_FOUND',
    'METHOD_NOT_ALLOWED',
    'REQUEST_TIMEOUT',
    'PAYLOAD_TOO_LARGE',
    'UNSUPPORTED_MEDIA_TYPE',
    'RATE_LIMITED',
    'UNKNOWN',
  ]),
  message: z.string(),
});
export type TransportError = components['schemas']['TransportError'];

/**
 * A customer ID in a request; the legacy update sample sends it as a string of digits (I-6). In either
 * form it is at most 9007199254740991 (2^53 - 1, the largest integer JSON numbers hold exactly); a
 * larger one answers `INVALID_PARAMETERS`, never another customer's ID.
 */
export const CustomerId = z.union([
  z.number().int().min(1).max(9007199254740991),
  z.string().regex(new RegExp('^[0-9]{1,16}$')),
]);
export type CustomerId = components['schemas']['CustomerId'];

/** Customer type in create and update requests (upper case, I-2). */
export const CustomerTypeInput = z.enum(['RESIDENTIAL', 'COMMERCIAL', 'LARGE-SCALE']);
export type CustomerTypeInput = components['schemas']['CustomerTypeInput'];

/** GST registration in create and update requests, 1 registered or 0 not. */
export const GstStatusInput = z.literal([0, 1]);
export type GstStatusInput = components['schemas']['GstStatusInput'];

export const CreateCustomerData = z.object({
  /** The API key, if not (or also) in the query (I-29). */
  apikey: z.string().optional(),
  /** Must be `createcustomer` when given, like the query's `action`. */
  action: z.literal('createcustomer').optional(),
  /** Email of the user who will own the customer; empty or absent means the key's owner. */
  useremail: z.string().max(254).optional(),
  firstname: z.string().min(1).max(100),
  surname: z.string().min(1).max(100),
  email: z.email().min(3).max(254),
  phone1: z.string().min(1).max(40),
  phone2: z.string().max(40).optional(),
  type: CustomerTypeInput,
  companyname: z.string().max(200).optional(),
  companyphone: z.string().max(40).optional(),
  gststatus: GstStatusInput.optional(),
});
export type CreateCustomerData = components['schemas']['CreateCustomerData'];

export const CreatecustomerRequest = z.object({
  data: CreateCustomerData,
});
export type CreatecustomerRequest = components['schemas']['CreatecustomerRequest'];

export const CreatecustomerResponse = z.object({
  Message: z.string(),
  /** The new customer's ID, as a string. */
  id: z.string().regex(new RegExp('^[0-9]+$')),
});
export type CreatecustomerResponse = components['schemas']['CreatecustomerResponse'];

export const UpdateCustomerData = z.object({
  /** The API key, if not (or also) in the query (I-29). */
  apikey: z.string().optional(),
  /** Must be `updatecustomer` when given, like the query's `action`. */
  action: z.literal('updatecustomer').optional(),
  pkcustomerid: CustomerId,
  firstname: z.string().min(1).max(100).optional(),
  surname: z.string().min(1).max(100).optional(),
  email: z.email().min(3).max(254).optional(),
  phone1: z.string().min(1).max(40).optional(),
  phone2: z.string().max(40).optional(),
  type: CustomerTypeInput.optional(),
  companyname: z.string().max(200).optional(),
  companyphone: z.string().max(40).optional(),
  gststatus: GstStatusInput.optional(),
});
export type UpdateCustomerData = components['schemas']['UpdateCustomerData'];

export const UpdatecustomerRequest = z.object({
  data: UpdateCustomerData,
});
export type UpdatecustomerRequest = components['schemas']['UpdatecustomerRequest'];

export const UpdatecustomerResponse = z.object({
  Message: z.string(),
  CustomerId: z.string().regex(new RegExp('^[0-9]+$')),
});
export type UpdatecustomerResponse = components['schemas']['UpdatecustomerResponse'];

export const DeleteCustomerData = z.object({
  /** The API key, if not (or also) in the query (I-29). */
  apikey: z.string().optional(),
  /** Must be `deletecustomer` when given (the legacy page's `createcustomer` is a copy error, I-27). */
  action: z.literal('deletecustomer').optional(),
  pkcustomerid: CustomerId,
});
export type DeleteCustomerData = components['schemas']['DeleteCustomerData'];

export const DeletecustomerRequest = z.object({
  data: DeleteCustomerData,
});
export type DeletecustomerRequest = components['schemas']['DeletecustomerRequest'];

export const DeletecustomerResponse = z.object({
  Message: z.string(),
  CustomerId: z.string().regex(new RegExp('^[0-9]+$')),
});
export type DeletecustomerResponse = components['schemas']['DeletecustomerResponse'];

/** Events a URL can be subscribed to (`contract_signed` is not one, I-11). */
export const WebhookEventType = z.enum([
  'customer_created',
  'customer_status_change',
  'project_email_sent',
  'project_sms_sent',
  'published_proposal_link',
  'recent_draft_project',
]);
export type WebhookEventType = components['schemas']['WebhookEventType'];

export const SubscribeCustomerRequest = z.object({
  /** An absolute http(s) URL. The live API wants a public HTTPS URL; the mock accepts any http(s) URL. */
  hookUrl: z.string().min(1),
  type_request: WebhookEventType,
});
export type SubscribeCustomerRequest = components['schemas']['SubscribeCustomerRequest'];

export const UnsubscribeCustomerRequest = z.object({
  hookUrl: z.string().min(1),
});
export type UnsubscribeCustomerRequest = components['schemas']['UnsubscribeCustomerRequest'];

export const WebhookSuccess = z.object({
  success: z.literal(true),
  message: z.string(),
});
export type WebhookSuccess = components['schemas']['WebhookSuccess'];

export const WebhookError = z.object({
  success: z.literal(false),
  message: z.string(),
});
export type WebhookError = components['schemas']['WebhookError'];

/** The user who owns (created) the customer. The legacy page says "array"; it is an object (I-17). */
export const OwnerUserInfo = z.object({
  user_id: z.string(),
  first_name: z.string(),
  last_name: z.string(),
  phone_number: z.string(),
  email: z.string(),
  work_title: z.string(),
  username: z.string(),
});
export type OwnerUserInfo = components['schemas']['OwnerUserInfo'];

export const CustomerNote = z.object({
  /** `YYYY-MM-DD HH:MM:SS`, in the account's local time (the timezone is not documented). */
  datetime: z.string(),
  note: z.string(),
});
export type CustomerNote = components['schemas']['CustomerNote'];

export const SiteAddress = z.object({
  streetnum: z.string(),
  street: z.string(),
  suburb: z.string(),
  state: z.string(),
  postcode: z.string(),
  country: z.string(),
});
export type SiteAddress = components['schemas']['SiteAddress'];

/**
 * System size in kW; a number in getallcustomers, a string such as `"17.92kW"` in getcustomerByemail
 * and getcustomerid (I-4).
 */
export const SystemSize = z.union([
  z.number().min(0),
  z.string().regex(new RegExp('^[0-9]+(\\.[0-9]+)?kW$')),
]);
export type SystemSize = components['schemas']['SystemSize'];

export const CustomerProject = z.object({
  project_id: z.string().regex(new RegExp('^[0-9]+$')),
  project_title: z.string(),
  site_address: SiteAddress,
  solar_panel_quantity: z.string(),
  solar_panel_type: z.string(),
  inverter_quantity: z.string(),
  inverter_type: z.string(),
  system_size: SystemSize,
  /** Relative path of the proposal PDF, or `""` when it is not published. */
  proposal_link: z.string(),
});
export type CustomerProject = components['schemas']['CustomerProject'];

/** The rich customer object of getallcustomers, getcustomerByemail and getcustomerid. */
export const Customer = z.object({
  customer_id: z.string().regex(new RegExp('^[0-9]+$')),
  gst_status: z.enum(['GST Registered', 'Not GST Registered']),
  customer_first_name: z.string(),
  customer_last_name: z.string(),
  customer_phone_1: z.string(),
  customer_phone_2: z.string(),
  customer_email: z.string(),
  customer_type: z.enum(['Residential', 'Commercial', 'Large-Scale']),
  company_name: z.string(),
  company_phone: z.string(),
  owner_user_info: OwnerUserInfo,
  /** `YYYY-MM-DD`; the legacy text gives a `YYYY-MM-DD HH:MM:SS` datetime, also accepted (I-16). */
  creation_date: z.string().regex(new RegExp('^[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{2}:[0-9]{2}:[0-9]{2})?$')),
  /** The notes, newest last; the legacy example sends `""` for none (I-5). */
  customer_notes: z.union([z.array(CustomerNote), z.literal('')]),
  /** The status name, such as `No Status Set` or `Signed` (legacy `"0"`, I-3). */
  customer_status: z.string(),
  projects: z.array(CustomerProject),
});
export type Customer = components['schemas']['Customer'];

/** One page of at most 50 customers. */
export const GetallcustomersResponse = z.array(Customer).max(50);
export type GetallcustomersResponse = components['schemas']['GetallcustomersResponse'];

/** The customer of a project, in getcustomerofproject's camelCase vocabulary. */
export const ProjectCustomer = z.object({
  customerID: z.number().int(),
  /**
   * A unique identifier, "may be null" (the documented example has null); the mock leaves it null for
   * some older customers.
   */
  uid: z.string().nullable(),
  gstRegistered: z.literal([0, 1]),
  firstName: z.string(),
  surname: z.string(),
  phone1: z.string(),
  phone2: z.string(),
  email: z.string(),
  companyName: z.string(),
  companyPhone: z.string(),
  customerabn: z.string().nullable(),
  siteAddress: z.string(),
  /**
   * One note, although a customer has a list (I-5). Which one is not documented; decided here as the
   * latest (`""` for none).
   */
  note: z.string(),
  /**
   * "Best time to contact the customer (may be null)"; its format is not documented. Decided here
   * as the Customer Object's `best_contact_times` flags by name, in the day's order, joined by
   * `, ` (`Mornings, Evenings`), and null when none were given.
   */
  contactTime: z.string().nullable(),
});
export type ProjectCustomer = components['schemas']['ProjectCustomer'];

export const GetcustomerofprojectResponse = z.object({
  Message: z.string(),
  Customer: ProjectCustomer,
});
export type GetcustomerofprojectResponse = components['schemas']['GetcustomerofprojectResponse'];

export const BestContactTimes = z.object({
  mornings: z.literal([0, 1]),
  middays: z.literal([0, 1]),
  afternoons: z.literal([0, 1]),
  evenings: z.literal([0, 1]),
});
export type BestContactTimes = components['schemas']['BestContactTimes'];

/**
 * "The Customer Object" of the Customers overview page, in database-style keys. No action returns
 * it (I-18); it names the stored record that every response is a view of.
 */
export const CustomerObject = z.object({
  pkcustomerid: z.number().int(),
  customerfirstname: z.string(),
  customersurname: z.string(),
  customeremail: z.string(),
  customerphone1: z.string(),
  customerphone2: z.string().optional(),
  customercompanyname: z.string(),
  customercompanyphone: z.string(),
  customerabn: z.string(),
  /** 1 New Contacts, 2 Signed, 3 Mega Status (the v1 webhook adds 0, No Status, I-3). */
  fkcustomerstatusid: z.literal([0, 1, 2, 3]),
  /** 1 Residential, 2 Commercial, 3 Large-Scale. */
  fkcustomertypeid: z.literal([1, 2, 3]),
  /** Documented as "boolean"; sent as 1 or 0 (I-15). */
  customergstregistered: z.literal([0, 1]),
  created_at: z.iso.date(),
  customer_site_address: z.string(),
  best_contact_times: BestContactTimes,
});
export type CustomerObject = components['schemas']['CustomerObject'];

/** The Project Object of the Projects overview page; no customer action returns it. */
export const ProjectObject = z.object({
  pkcustomerquotationid: z.number().int(),
  fkcustomerid: z.number().int(),
  fkuserid: z.number().int(),
  quotenickname: z.string(),
  siteaddress: z.string(),
  is_draft: z.literal([0, 1]),
  proposal_status: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
  total_price: z.number(),
  system_size: z.number(),
});
export type ProjectObject = components['schemas']['ProjectObject'];

/** `customer_created`, older events page: database-style keys. */
export const CustomerCreatedV1 = z.object({
  pkcustomerid: z.number().int(),
  fkuserid: z.number().int(),
  customer_email: z.string(),
  customer_name: z.string(),
  customer_type: CustomerTypeInput,
  customer_status: z.literal([0, 1, 2, 3]),
});
export type CustomerCreatedV1 = components['schemas']['CustomerCreatedV1'];

/** `customer_created`, newer events page (types after `phone_primary` read from its example). */
export const CustomerCreatedV2 = z.object({
  customer_id: z.number().int(),
  customer_uid: z.string(),
  first_name: z.string(),
  surname: z.string(),
  customer_name: z.string(),
  phone_primary: z.string(),
  phone_secondary: z.string(),
  customer_email: z.string(),
  company_name: z.string(),
  company_phone: z.string(),
  abn: z.string(),
  gst_registered: z.literal([0, 1]),
  customer_type_id: z.literal([1, 2, 3]),
  customer_status_id: z.literal([0, 1, 2, 3]),
  site_address: z.string(),
  customer_created_at: z.iso.datetime({ offset: true }),
  customer_notes: z.string(),
  assigned_user_id: z.number().int(),
  assigned_user_name: z.string(),
  assigned_user_email: z.string(),
  company_name_full: z.string(),
});
export type CustomerCreatedV2 = components['schemas']['CustomerCreatedV2'];

export const CustomerCreatedEvent = z.union([CustomerCreatedV2, CustomerCreatedV1]);
export type CustomerCreatedEvent = components['schemas']['CustomerCreatedEvent'];

/**
 * The `customer_status_change` fields as far as the older events page shows them (the stored
 * copy ends after `new_status`). Status ids: 0 No Status, 1 New Contacts, 2 Signed, 3 Mega Status.
 */
export const CustomerStatusChange = z.object({
  pkcustomerid: z.number().int(),
  fkuserid: z.number().int(),
  customer_email: z.string(),
  customer_name: z.string(),
  old_status: z.literal([0, 1, 2, 3]),
  new_status: z.literal([0, 1, 2, 3]),
});
export type CustomerStatusChange = components['schemas']['CustomerStatusChange'];

/** An object (v1) or an array of objects (v2's rule for every event but `customer_created`, I-10). */
export const CustomerStatusChangeEvent = z.union([
  z.array(CustomerStatusChange).min(1),
  CustomerStatusChange,
]);
export type CustomerStatusChangeEvent = components['schemas']['CustomerStatusChangeEvent'];

/** Every component schema of the spec, by name. */
export const componentSchemas = {
  ErrorCode,
  GetallcustomersError,
  GetcustomerByemailError,
  GetcustomeridError,
  GetcustomerofprojectError,
  CreatecustomerError,
  UpdatecustomerError,
  DeletecustomerError,
  TransportError,
  CustomerId,
  CustomerTypeInput,
  GstStatusInput,
  CreateCustomerData,
  CreatecustomerRequest,
  CreatecustomerResponse,
  UpdateCustomerData,
  UpdatecustomerRequest,
  UpdatecustomerResponse,
  DeleteCustomerData,
  DeletecustomerRequest,
  DeletecustomerResponse,
  WebhookEventType,
  SubscribeCustomerRequest,
  UnsubscribeCustomerRequest,
  WebhookSuccess,
  WebhookError,
  OwnerUserInfo,
  CustomerNote,
  SiteAddress,
  SystemSize,
  CustomerProject,
  Customer,
  GetallcustomersResponse,
  ProjectCustomer,
  GetcustomerofprojectResponse,
  BestContactTimes,
  CustomerObject,
  ProjectObject,
  CustomerCreatedV1,
  CustomerCreatedV2,
  CustomerCreatedEvent,
  CustomerStatusChange,
  CustomerStatusChangeEvent,
} as const;

/** `getallcustomers` by GET: its query, body and responses by status. */
export const getallcustomers = {
  operationId: 'getallcustomers',
  action: 'getallcustomers',
  method: 'GET',
  path: '/apidata.php',
  query: z.object({
    action: z.literal('getallcustomers'),
    /**
     * Page number, 50 customers a page. Written as plain decimal digits with no leading zero (`1`, `2`,
     * `10`); `01`, ` 1`, `+1`, `1.0` and `1e0` answer `INVALID_PARAMETERS`, as every integer query
     * parameter does.
     */
    page: queryInteger(z.number().int().min(1)).default(1),
  }),
  body: undefined,
  responses: {
    200: GetallcustomersResponse,
    400: GetallcustomersError,
    401: GetallcustomersError,
    404: GetallcustomersError,
    405: TransportError,
    429: TransportError,
    500: TransportError,
  },
  errorCodes: ['INVALID_API_KEY', 'INVALID_PARAMETERS', 'NO_CUSTOMERS_FOUND'],
} as const;

/** `getcustomerByemail` by GET: its query, body and responses by status. */
export const getcustomerByemail = {
  operationId: 'getcustomerByemail',
  action: 'getcustomerByemail',
  method: 'GET',
  path: '/apidata.php',
  query: z.object({
    action: z.literal('getcustomerByemail'),
    /** The customer's email address. */
    customer_email: z.string().min(1),
  }),
  body: undefined,
  responses: {
    200: Customer,
    400: GetcustomerByemailError,
    401: GetcustomerByemailError,
    404: GetcustomerByemailError,
    405: TransportError,
    429: TransportError,
    500: TransportError,
  },
  errorCodes: ['CUSTOMER_NOT_FOUND', 'INVALID_API_KEY', 'INVALID_PARAMETERS'],
} as const;

/** `getcustomerid` by GET: its query, body and responses by status. */
export const getcustomerid = {
  operationId: 'getcustomerid',
  action: 'getcustomerid',
  method: 'GET',
  path: '/apidata.php',
  query: z.object({
    action: z.literal('getcustomerid'),
    /** The customer's email address. */
    customer_email: z.string().min(1),
  }),
  body: undefined,
  responses: {
    200: Customer,
    400: GetcustomeridError,
    401: GetcustomeridError,
    404: GetcustomeridError,
    405: TransportError,
    429: TransportError,
    500: TransportError,
  },
  errorCodes: ['CUSTOMER_NOT_FOUND', 'INVALID_API_KEY', 'INVALID_PARAMETERS'],
} as const;

/** `getcustomerofproject` by GET: its query, body and responses by status. */
export const getcustomerofproject = {
  operationId: 'getcustomerofproject',
  action: 'getcustomerofproject',
  method: 'GET',
  path: '/apidata.php',
  query: z.object({
    action: z.literal('getcustomerofproject'),
    /** The project's ID (integer; the legacy page says "string", I-28). */
    project_id: queryInteger(z.number().int().min(1)),
  }),
  body: undefined,
  responses: {
    200: GetcustomerofprojectResponse,
    400: GetcustomerofprojectError,
    401: GetcustomerofprojectError,
    403: GetcustomerofprojectError,
    404: GetcustomerofprojectError,
    405: TransportError,
    429: TransportError,
    500: TransportError,
  },
  errorCodes: [
    'INVALID_API_KEY',
    'INVALID_PARAMETERS',
    'NO_CUSTOMER_ASSIGNED',
    'PROJECT_NOT_FOUND',
    'UNAUTHORISED',
  ],
} as const;

/** `createcustomer` by POST: its query, body and responses by status. */
export const createcustomer = {
  operationId: 'createcustomer',
  action: 'createcustomer',
  method: 'POST',
  path: '/apidata.php',
  query: z.object({
    action: z.literal('createcustomer'),
  }),
  body: CreatecustomerRequest,
  responses: {
    200: CreatecustomerResponse,
    400: CreatecustomerError,
    401: CreatecustomerError,
    404: CreatecustomerError,
    405: TransportError,
    409: CreatecustomerError,
    413: TransportError,
    415: TransportError,
    429: TransportError,
    500: TransportError,
  },
  errorCodes: ['DUPLICATE_EMAIL', 'INVALID_API_KEY', 'INVALID_PARAMETERS', 'USER_NOT_FOUND'],
} as const;

/** `updatecustomer` by POST: its query, body and responses by status. */
export const updatecustomer = {
  operationId: 'updatecustomer',
  action: 'updatecustomer',
  method: 'POST',
  path: '/apidata.php',
  query: z.object({
    action: z.literal('updatecustomer'),
  }),
  body: UpdatecustomerRequest,
  responses: {
    200: UpdatecustomerResponse,
    400: UpdatecustomerError,
    401: UpdatecustomerError,
    403: UpdatecustomerError,
    404: UpdatecustomerError,
    405: TransportError,
    413: TransportError,
    415: TransportError,
    429: TransportError,
    500: UpdatecustomerError,
  },
  errorCodes: [
    'CUSTOMER_NOT_FOUND',
    'INVALID_API_KEY',
    'INVALID_PARAMETERS',
    'PERMISSION_DENIED',
    'UPDATE_FAILED',
  ],
} as const;

/** `updatecustomer` by PUT: its query, body and responses by status. */
export const updatecustomer_put = {
  operationId: 'updatecustomer_put',
  action: 'updatecustomer',
  method: 'PUT',
  path: '/apidata.php',
  query: z.object({
    action: z.literal('updatecustomer'),
  }),
  body: UpdatecustomerRequest,
  responses: {
    200: UpdatecustomerResponse,
    400: UpdatecustomerError,
    401: UpdatecustomerError,
    403: UpdatecustomerError,
    404: UpdatecustomerError,
    413: TransportError,
    415: TransportError,
    429: TransportError,
    500: UpdatecustomerError,
  },
  errorCodes: [
    'CUSTOMER_NOT_FOUND',
    'INVALID_API_KEY',
    'INVALID_PARAMETERS',
    'PERMISSION_DENIED',
    'UPDATE_FAILED',
  ],
} as const;

/** `deletecustomer` by POST: its query, body and responses by status. */
export const deletecustomer = {
  operationId: 'deletecustomer',
  action: 'deletecustomer',
  method: 'POST',
  path: '/apidata.php',
  query: z.object({
    action: z.literal('deletecustomer'),
  }),
  body: DeletecustomerRequest,
  responses: {
    200: DeletecustomerResponse,
    400: DeletecustomerError,
    401: DeletecustomerError,
    403: DeletecustomerError,
    404: DeletecustomerError,
    405: TransportError,
    413: TransportError,
    415: TransportError,
    429: TransportError,
    500: DeletecustomerError,
  },
  errorCodes: [
    'CUSTOMER_NOT_FOUND',
    'DELETION_FAILED',
    'INVALID_API_KEY',
    'INVALID_PARAMETERS',
    'PERMISSION_DENIED',
  ],
} as const;

/** `deletecustomer` by DELETE: its query, body and responses by status. */
export const deletecustomer_delete = {
  operationId: 'deletecustomer_delete',
  action: 'deletecustomer',
  method: 'DELETE',
  path: '/apidata.php',
  query: z.object({
    action: z.literal('deletecustomer'),
  }),
  body: DeletecustomerRequest,
  responses: {
    200: DeletecustomerResponse,
    400: DeletecustomerError,
    401: DeletecustomerError,
    403: DeletecustomerError,
    404: DeletecustomerError,
    413: TransportError,
    415: TransportError,
    429: TransportError,
    500: DeletecustomerError,
  },
  errorCodes: [
    'CUSTOMER_NOT_FOUND',
    'DELETION_FAILED',
    'INVALID_API_KEY',
    'INVALID_PARAMETERS',
    'PERMISSION_DENIED',
  ],
} as const;

/** `subscribe_customer` by POST: its query, body and responses by status. */
export const subscribe_customer = {
  operationId: 'subscribe_customer',
  action: 'subscribe_customer',
  method: 'POST',
  path: '/apidata.php',
  query: z.object({
    action: z.literal('subscribe_customer'),
  }),
  body: SubscribeCustomerRequest,
  responses: { 200: WebhookSuccess, 400: WebhookError, 429: TransportError, 500: TransportError },
  errorCodes: [],
} as const;

/** `unsubscribe_customer` by POST: its query, body and responses by status. */
export const unsubscribe_customer = {
  operationId: 'unsubscribe_customer',
  action: 'unsubscribe_customer',
  method: 'POST',
  path: '/apidata.php',
  query: z.object({
    action: z.literal('unsubscribe_customer'),
  }),
  body: UnsubscribeCustomerRequest,
  responses: { 200: WebhookSuccess, 400: WebhookError, 429: TransportError, 500: TransportError },
  errorCodes: [],
} as const;

/** `unsubscribe_customer` by DELETE: its query, body and responses by status. */
export const unsubscribe_customer_delete = {
  operationId: 'unsubscribe_customer_delete',
  action: 'unsubscribe_customer',
  method: 'DELETE',
  path: '/apidata.php',
  query: z.object({
    action: z.literal('unsubscribe_customer'),
  }),
  body: UnsubscribeCustomerRequest,
  responses: { 200: WebhookSuccess, 400: WebhookError, 429: TransportError, 500: TransportError },
  errorCodes: [],
} as const;

/** Every operation of the spec, by operationId. */
export const operationSchemas = {
  getallcustomers,
  getcustomerByemail,
  getcustomerid,
  getcustomerofproject,
  createcustomer,
  updatecustomer,
  updatecustomer_put,
  deletecustomer,
  deletecustomer_delete,
  subscribe_customer,
  unsubscribe_customer,
  unsubscribe_customer_delete,
} as const;

/** The body of each webhook event, by event name. */
export const webhookSchemas = {
  customer_created: CustomerCreatedEvent,
  customer_status_change: CustomerStatusChangeEvent,
} as const;
