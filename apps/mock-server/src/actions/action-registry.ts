import { type OperationId, operationSchemas } from '@solarproof/schemas';
import type { ActionHandler } from './action-context.js';
import { createCustomer } from './create-customer.js';
import { deleteCustomer } from './delete-customer.js';
import { getAllCustomers } from './get-all-customers.js';
import { getCustomerByEmail } from './get-customer-by-email.js';
import { getCustomerId } from './get-customer-id.js';
import { getCustomerOfProject } from './get-customer-of-project.js';
import { subscribeCustomer } from './subscribe-customer.js';
import { unsubscribeCustomer } from './unsubscribe-customer.js';
import { updateCustomer } from './update-customer.js';

/** How an action takes its input: query only, a `{data}` envelope, or a raw webhook body. */
export type ActionKind = 'read' | 'write' | 'webhook';

export interface RegisteredAction {
  action: string;
  kind: ActionKind;
  /** Allowed HTTP methods, each with the spec operation that describes it. */
  methods: ReadonlyMap<string, OperationId>;
  // biome-ignore lint/suspicious/noExplicitAny: each handler is typed by its own operation
  handler: ActionHandler<any>;
}

const handlers: Record<string, ActionHandler<never>> = {
  getallcustomers: getAllCustomers,
  getcustomerByemail: getCustomerByEmail,
  getcustomerid: getCustomerId,
  getcustomerofproject: getCustomerOfProject,
  createcustomer: createCustomer,
  updatecustomer: updateCustomer,
  deletecustomer: deleteCustomer,
  subscribe_customer: subscribeCustomer,
  unsubscribe_customer: unsubscribeCustomer,
};

const WEBHOOK_ACTIONS = new Set(['subscribe_customer', 'unsubscribe_customer']);

/** Every action of the spec with its handler; built from the spec so a new operation cannot be missed. */
export const actionRegistry: ReadonlyMap<string, RegisteredAction> = (() => {
  const registry = new Map<string, RegisteredAction>();
  for (const op of Object.values(operationSchemas)) {
    const handler = handlers[op.action];
    if (!handler) throw new Error(`No handler for action ${op.action}`);
    const existing = registry.get(op.action);
    const methods = new Map(existing?.methods ?? []);
    methods.set(op.method, op.operationId);
    const kind: ActionKind = WEBHOOK_ACTIONS.has(op.action) ? 'webhook' : op.body ? 'write' : 'read';
    registry.set(op.action, { action: op.action, kind, methods, handler });
  }
  return registry;
})();
