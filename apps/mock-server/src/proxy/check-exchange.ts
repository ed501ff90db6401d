import { maskSample } from './mask-sample.js';
import { operationOfRequest } from './operation-of-request.js';
import { parseJson } from './parse-json.js';
import { type FieldDrift, schemaDrift } from './schema-drift.js';

/** What the proxy saw of one exchange, with bodies as text (already decompressed). */
export interface SeenExchange {
  method: string;
  query: URLSearchParams;
  requestBody: string | undefined;
  /** Absent when no answer came (then `failure` says why). */
  status?: number;
  responseContentType?: string;
  responseBody?: string;
  failure?: string;
}

export interface ExchangeDrift extends FieldDrift {
  side: 'request' | 'response';
}

export interface ExchangeCheck {
  action: string | null;
  operationId: string | null;
  drift: ExchangeDrift[];
}

/** Query parameters that are credentials, not data: they are never checked or shown. */
const SECRET_PARAM = /key|token|secret|password/i;

/**
 * Checks one exchange against the spec: the request's query and body against the action's request
 * schemas, the response against the schema of its status.
 *
 * @example
 * checkExchange({ method: 'GET', query: new URLSearchParams('action=getallcustomers'), requestBody: undefined,
 *   status: 200, responseBody: '[]' }); // { action: 'getallcustomers', drift: [] , ... }
 */
export function checkExchange(seen: SeenExchange): ExchangeCheck {
  const action = seen.query.get('action');
  const found = operationOfRequest(seen.method, action);
  const drift: ExchangeDrift[] = [];
  const add = (side: ExchangeDrift['side'], items: FieldDrift[]) => {
    for (const item of items) drift.push({ ...item, side });
  };

  if ('problem' in found) {
    if (found.problem !== 'no-action') {
      const expected =
        found.problem === 'wrong-method' ? 'a method the spec lists for the action' : 'an action of the spec';
      add('request', [
        {
          path: '(action)',
          kind: 'undocumented-action',
          expected,
          sample: `${seen.method} ${maskSample(action)}`,
        },
      ]);
    }
  } else {
    const op = found.operation;
    const query: Record<string, string> = {};
    for (const [name, value] of seen.query) if (!SECRET_PARAM.test(name)) query[name] = value;
    add(
      'request',
      schemaDrift(op.query, query).map((d) => ({ ...d, path: `query.${d.path}` })),
    );
    if (op.body) {
      const body = parseJson(seen.requestBody);
      add(
        'request',
        body.ok ? schemaDrift(op.body, body.value) : [notJson('(request body)', seen.requestBody)],
      );
    }
  }

  if (seen.status === undefined) {
    add('response', [
      { path: '(answer)', kind: 'no-answer', expected: 'an HTTP answer', sample: seen.failure ?? 'none' },
    ]);
  } else if ('operation' in found) {
    const responses = found.operation.responses as Record<
      number,
      Parameters<typeof schemaDrift>[0] | undefined
    >;
    const schema = responses[seen.status];
    if (!schema) {
      const listed = Object.keys(responses).join(', ');
      add('response', [
        {
          path: '(status)',
          kind: 'undocumented-status',
          expected: `one of ${listed}`,
          sample: String(seen.status),
        },
      ]);
    }
    const body = parseJson(seen.responseBody);
    if (!body.ok) add('response', [notJson('(body)', seen.responseBody, seen.responseContentType)]);
    else if (schema) add('response', schemaDrift(schema, body.value));
  }

  return { action, operationId: 'operation' in found ? found.operation.operationId : null, drift };
}

function notJson(path: string, text: string | undefined, contentType?: string): FieldDrift {
  const what =
    text === undefined || text === ''
      ? 'an empty body'
      : `${text.trimStart().startsWith('<') ? 'markup' : 'text'} of ${text.length} characters`;
  return {
    path,
    kind: 'not-json',
    expected: 'JSON',
    sample: `${what}${contentType ? ` (${contentType.split(';')[0]})` : ''}`,
  };
}
