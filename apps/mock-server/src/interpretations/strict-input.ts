import { CreateCustomerData, DeleteCustomerData, UpdateCustomerData } from '@solarproof/schemas';

/** The fields each write's page lists, read from the spec's body schemas. */
const WRITE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  createcustomer: Object.keys(CreateCustomerData.shape),
  updatecustomer: Object.keys(UpdateCustomerData.shape),
  deletecustomer: Object.keys(DeleteCustomerData.shape),
};
/**
 * What the strict reading (U-3 `strict`) rejects in a write's `data` beyond the schema: a field the
 * page does not list, a missing `data.action` (the pages mark it Required), or `pkcustomerid` as
 * a string (the pages type it integer). Null when nothing.
 */
export function strictWriteProblem(action: string, body: unknown): string | null {
  const fields = WRITE_FIELDS[action];
  if (!fields || body === null || typeof body !== 'object') return null;
  const data = (body as { data?: unknown }).data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return null;
  const record = data as Record<string, unknown>;
  const unknown = Object.keys(record).find((key) => !fields.includes(key));
  if (unknown !== undefined) {
    return `Unknown field data.${unknown.slice(0, 40)}: ${action} takes ${fields.join(', ')}`;
  }
  if (record.action === undefined) return `Required field 'action' is missing: send data.action "${action}"`;
  if (typeof record.pkcustomerid === 'string') return 'data.pkcustomerid must be an integer, not a string';
  return null;
}
