import type { ErrorCode } from '@solarproof/schemas';
import { forcibleCodes } from '../core/forced-fault.js';
import { actionRegistry } from './action-registry.js';

/**
 * The error codes a fault (header or queued) can force on an action: those the spec describes for
 * at least one of its methods. Empty for an unknown action.
 *
 * @example
 * faultCodesOfAction('updatecustomer').includes('UPDATE_FAILED'); // true
 * faultCodesOfAction('getallcustomers').includes('UPDATE_FAILED'); // false
 */
export function faultCodesOfAction(action: string): ErrorCode[] {
  const registered = actionRegistry.get(action);
  if (!registered) return [];
  const webhook = registered.kind === 'webhook';
  return [...new Set([...registered.methods.values()].flatMap((id) => forcibleCodes(id, webhook)))];
}
