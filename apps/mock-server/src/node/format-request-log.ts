import { actionRegistry } from '../actions/action-registry.js';

export interface ResponseLogEntry {
  method: string;
  /** The path without its query: the query carries the API key. */
  path: string;
  /** The `action` query parameter as sent; printed only when it names a known action. */
  action: string | null;
  status: number;
  ms: number;
}

/**
 * One line per answered request: `GET getallcustomers 200 3 ms`. Never the query or a header, so
 * never the key; an unknown action is not echoed (it may be anything a client sent).
 */
export function formatRequestLog(entry: ResponseLogEntry): string {
  const what =
    entry.path === '/apidata.php'
      ? entry.action !== null && actionRegistry.has(entry.action)
        ? entry.action
        : '(unknown action)'
      : entry.path.startsWith('/__mock')
        ? entry.path.slice(0, 200).split('/').map(segment).join('/')
        : '(unknown path)';
  const method = /^[A-Z]{1,10}$/.test(entry.method) ? entry.method : '(method)';
  return `${method} ${what} ${entry.status} ${Math.round(entry.ms)} ms`;
}

/**
 * A control path is echoed segment by segment, keeping only words, ids and uuids: anything else
 * (a pasted key, a control character that would forge a log line) shows as `*`.
 */
const segment = (part: string) =>
  /^([a-z_]{0,20}|\d{1,12}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/.test(part)
    ? part
    : '*';
