import type { JournalDetail } from './journal.js';
import type { MockRequest, MockResponse } from './mock-request.js';
import { REDACTED } from './redact.js';

/** Request bodies over this size are not kept: a write body is a few hundred bytes. */
const MAX_KEPT_BODY = 64 * 1024;

/** A JSON string member whose name looks like a secret (`"apikey": "..."`, any case). */
const SECRET_MEMBER = /("[^"\\]*(?:key|token|secret|password)[^"\\]*"\s*:\s*)"(?:[^"\\]|\\.)*"/gi;
/** A form-encoded pair whose name looks like a secret (`api_key=...`), for bodies that are not JSON. */
const SECRET_PAIR = /(^|&)([^=&]*(?:key|token|secret|password)[^=&]*)=[^&]*/gi;
/** What both patterns need somewhere: a body without it has nothing to hide (one scan, not two replaces). */
const SECRET_WORD = /key|token|secret|password/i;

/**
 * What the journal keeps of one request beyond its entry: the bodies, with every key-like JSON
 * member of the request hidden (write actions accept `data.apikey`).
 *
 * @example
 * journalDetail(request, response).requestBody; // '{"data":{"apikey":"***","email":"a@b.au"}}'
 */
export function journalDetail(request: MockRequest, response: MockResponse): JournalDetail {
  const body = request.body;
  return {
    requestBody:
      body === undefined || body.length > MAX_KEPT_BODY
        ? null
        : !SECRET_WORD.test(body)
          ? body
          : body.replace(SECRET_MEMBER, `$1"${REDACTED}"`).replace(SECRET_PAIR, `$1$2=${REDACTED}`),
    contentType: request.headers['content-type'] ?? null,
    response,
  };
}
