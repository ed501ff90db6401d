import { apiError } from '../core/error-response.js';
import type { JournalEntry } from '../core/journal.js';
import type { MockRequest, MockResponse } from '../core/mock-request.js';
import type { ControlApi } from './control-api.js';

const event = (entry: JournalEntry): string =>
  `id: ${entry.seq}\nevent: request\ndata: ${JSON.stringify(entry)}\n\n`;

/**
 * `GET /__mock/journal/stream`: every new journal entry as a server-sent event (`event: request`,
 * `id` its seq), those after `since` (or `Last-Event-ID`) first, so a reconnect misses nothing
 * the journal still holds. `companyId` narrows to one tenant.
 */
export function journalStream(api: ControlApi, request: MockRequest): MockResponse {
  const companyParam = request.query.get('companyId');
  const sinceParam = request.query.get('since') ?? request.headers['last-event-id'] ?? null;
  if (companyParam !== null && !/^[0-9]{1,12}$/.test(companyParam))
    return apiError('INVALID_PARAMETERS', 'companyId must be a company id');
  if (sinceParam !== null && !/^[0-9]{1,15}$/.test(sinceParam))
    return apiError('INVALID_PARAMETERS', 'since must be a journal seq (a whole number)');
  const companyId = companyParam === null ? undefined : Number(companyParam);
  const since = sinceParam === null ? Number.POSITIVE_INFINITY : Number(sinceParam);
  const mine = (entry: JournalEntry) => companyId === undefined || entry.companyId === companyId;
  const backlog = api.journal
    .entries(companyId === undefined ? {} : { companyId })
    .filter((entry) => entry.seq > since);
  return {
    status: 200,
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      'x-accel-buffering': 'no',
    },
    // `retry` asks a reconnecting browser to wait only a second.
    body: `retry: 1000\n\n${backlog.map(event).join('')}`,
    subscribe: (send) =>
      api.journal.subscribe((entry) => {
        if (mine(entry)) send(event(entry));
      }),
  };
}
