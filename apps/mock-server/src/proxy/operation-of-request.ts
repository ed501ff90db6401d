import { operationSchemas } from '@solarproof/schemas';

export type Operation = (typeof operationSchemas)[keyof typeof operationSchemas];

const byActionAndMethod = new Map<string, Operation>(
  Object.values(operationSchemas).map((op) => [`${op.action} ${op.method}`, op]),
);
const actions = new Set<string>(Object.values(operationSchemas).map((op) => op.action));

/** The spec's operation for `action` by `method`, or why there is none. */
export function operationOfRequest(
  method: string,
  action: string | null,
): { operation: Operation } | { problem: 'no-action' | 'unknown-action' | 'wrong-method' } {
  if (action === null || action === '') return { problem: 'no-action' };
  const operation = byActionAndMethod.get(`${action} ${method.toUpperCase()}`);
  if (operation) return { operation };
  return { problem: actions.has(action) ? 'wrong-method' : 'unknown-action' };
}

/** Whether a request could change data upstream: any method but GET/HEAD/OPTIONS, or an action that writes. */
export function isWriteRequest(method: string, action: string | null): boolean {
  const upper = method.toUpperCase();
  if (upper !== 'GET' && upper !== 'HEAD' && upper !== 'OPTIONS') return true;
  if (action === null) return false;
  return Object.values(operationSchemas).some((op) => op.action === action && op.method !== 'GET');
}
