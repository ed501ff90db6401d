import type {
  CreatecustomerResponse,
  Customer,
  CustomerId,
  DeletecustomerResponse,
  ProjectCustomer,
  UpdatecustomerResponse,
  WebhookSuccess,
} from '@solarproof/schemas';
import { createOperationCaller } from './call-operation.js';
import type { CallOptions, ClientOptions } from './client-options.js';
import type { CreateCustomerInput, SubscribeInput, UpdateCustomerPatch } from './customer-inputs.js';
import { iterateCustomerPages, type PageWalk } from './iterate-customers.js';
import { createRedactor } from './redact.js';
import { resolveOptions } from './resolve-options.js';
import { wireCustomerId } from './wire-customer-id.js';
import { writeEnvelope } from './write-envelope.js';

/** One method per action of the Solar Proof customer API. */
export interface SolarProofClient {
  /**
   * One page of customers (getallcustomers, 50 a page).
   *
   * @example
   * const customers = await client.listCustomers({ page: 2 });
   */
  listCustomers(params?: { page?: number | undefined }, options?: CallOptions): Promise<Customer[]>;
  /**
   * Every customer, page by page. Stops on an empty page, a short page or `NO_CUSTOMERS_FOUND`.
   * The pages after a full one are requested while the loop reads this one (`prefetch`, default
   * `true`: two pages ahead; a number of pages, or `false`), and aborted when the loop ends.
   *
   * @example
   * for await (const customer of client.iterateCustomers()) console.log(customer.customer_email);
   * for await (const customer of client.iterateCustomers({ startPage: 3, prefetch: false })) break;
   */
  iterateCustomers(params?: Omit<PageWalk, 'signal'>, options?: CallOptions): AsyncGenerator<Customer>;
  /**
   * The customer with this email (getcustomerByemail).
   *
   * @example
   * const customer = await client.getCustomerByEmail('judy@example.com');
   */
  getCustomerByEmail(email: string, options?: CallOptions): Promise<Customer>;
  /**
   * The customer with this email (getcustomerid; it returns the full customer object).
   *
   * @example
   * const { customer_id } = await client.getCustomerId('judy@example.com');
   */
  getCustomerId(email: string, options?: CallOptions): Promise<Customer>;
  /**
   * Only the numeric id of the customer with this email (getcustomerid).
   *
   * @example
   * const id = await client.findCustomerId('judy@example.com'); // 71553
   */
  findCustomerId(email: string, options?: CallOptions): Promise<number>;
  /**
   * The customer of a project (getcustomerofproject), unwrapped from its `{ Message, Customer }` envelope.
   *
   * @example
   * const { customerID, email } = await client.getCustomerOfProject(1640);
   */
  getCustomerOfProject(projectId: number, options?: CallOptions): Promise<ProjectCustomer>;
  /**
   * Creates a customer (createcustomer). Not retried unless `retryWrites` is set.
   *
   * @example
   * const { id } = await client.createCustomer({
   *   firstname: 'Judy', surname: 'Matherson', email: 'judy@example.com', phone1: '0411 549 054',
   *   type: 'RESIDENTIAL',
   * });
   */
  createCustomer(input: CreateCustomerInput, options?: CallOptions): Promise<CreatecustomerResponse>;
  /**
   * Changes the given fields of a customer (updatecustomer, by POST). An id given as a string of
   * digits (as the reads answer it) is sent as the integer the page documents.
   *
   * @example
   * await client.updateCustomer(71553, { phone1: '0400 000 999' });
   */
  updateCustomer(
    id: CustomerId,
    patch: UpdateCustomerPatch,
    options?: CallOptions,
  ): Promise<UpdatecustomerResponse>;
  /**
   * Deletes a customer (deletecustomer, by POST).
   *
   * @example
   * await client.deleteCustomer(71553);
   */
  deleteCustomer(id: CustomerId, options?: CallOptions): Promise<DeletecustomerResponse>;
  /**
   * Subscribes a URL to an event (subscribe_customer).
   *
   * @example
   * await client.subscribe({ hookUrl: 'https://example.com/hooks/solarproof', type: 'customer_created' });
   */
  subscribe(input: SubscribeInput, options?: CallOptions): Promise<WebhookSuccess>;
  /**
   * Removes a URL's subscriptions (unsubscribe_customer, by POST).
   *
   * @example
   * await client.unsubscribe('https://example.com/hooks/solarproof');
   */
  unsubscribe(hookUrl: string, options?: CallOptions): Promise<WebhookSuccess>;
}

/**
 * A client for the Solar Proof API. The key is kept in a closure, never on the client object, so
 * logging or inspecting the client cannot show it.
 *
 * @example
 * const client = createClient({ apiKey: process.env.SOLARPROOF_API_KEY ?? '' });
 * const firstPage = await client.listCustomers();
 */
export function createClient(clientOptions: ClientOptions): SolarProofClient {
  const options = resolveOptions(clientOptions);
  const call = createOperationCaller(options, createRedactor(options.apiKey));
  const key = options.apiKey;

  const client: SolarProofClient = {
    listCustomers: (params = {}, opts) => call('getallcustomers', { query: { page: params.page } }, opts),
    iterateCustomers: (params = {}, opts) =>
      iterateCustomerPages((page, signal) => client.listCustomers({ page }, { ...opts, signal }), {
        ...params,
        signal: opts?.signal,
      }),
    getCustomerByEmail: (email, opts) =>
      call('getcustomerByemail', { query: { customer_email: email } }, opts),
    getCustomerId: (email, opts) => call('getcustomerid', { query: { customer_email: email } }, opts),
    findCustomerId: async (email, opts) => Number((await client.getCustomerId(email, opts)).customer_id),
    getCustomerOfProject: async (projectId, opts) =>
      (await call('getcustomerofproject', { query: { project_id: projectId } }, opts)).Customer,
    createCustomer: (input, opts) =>
      call('createcustomer', { body: writeEnvelope(key, 'createcustomer', input) }, opts),
    updateCustomer: (id, patch, opts) =>
      call(
        'updatecustomer',
        {
          body: writeEnvelope(key, 'updatecustomer', {
            pkcustomerid: wireCustomerId(id),
            ...withoutId(patch),
          }),
        },
        opts,
      ),
    deleteCustomer: (id, opts) =>
      call(
        'deletecustomer',
        { body: writeEnvelope(key, 'deletecustomer', { pkcustomerid: wireCustomerId(id) }) },
        opts,
      ),
    // The webhook actions take a raw body: their pages show no `data` envelope.
    subscribe: (input, opts) =>
      call('subscribe_customer', { body: { hookUrl: input.hookUrl, type_request: input.type } }, opts),
    unsubscribe: (hookUrl, opts) => call('unsubscribe_customer', { body: { hookUrl } }, opts),
  };
  return client;
}

/** A `pkcustomerid` in the patch (possible from JavaScript) must not override the id argument. */
function withoutId(patch: UpdateCustomerPatch): UpdateCustomerPatch {
  const { pkcustomerid: _ignored, ...rest } = patch as UpdateCustomerPatch & { pkcustomerid?: unknown };
  return rest;
}
