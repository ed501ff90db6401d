import type { ActionContext, ActionHandler } from './action-context.js';
import { getCustomerByEmail } from './get-customer-by-email.js';

/**
 * `getcustomerid`: the current docs return the full customer object, the same answer as
 * getcustomerByemail (the legacy "only customer_email" is not followed, I-12); the ID is its
 * `customer_id`.
 */
export const getCustomerId: ActionHandler<'getcustomerid'> = (context) =>
  // The two actions take the same query (`customer_email`); only the `action` literal differs.
  getCustomerByEmail(context as unknown as ActionContext<'getcustomerByemail'>);
