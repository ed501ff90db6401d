import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { EXAMPLES_DIR as examplesDir, REQUEST_EXAMPLES } from '../../scripts/documented-examples.js';
import { exampleOf } from '../../scripts/prism-shape.js';

const repo = join(import.meta.dirname, '..', '..', '..', '..');
const spec = parse(readFileSync(join(repo, 'specs', 'solarproof.openapi.yaml'), 'utf8'));

export interface DocumentedRequest {
  name: string;
  action: string;
  method: string;
  query: Record<string, string>;
  body?: unknown;
}

/** Query values for the read actions' parameters, as the pages' samples give them. */
const QUERY: Record<string, Record<string, string>[]> = {
  getallcustomers: [{}, { page: '1' }, { page: '2' }],
  getcustomerByemail: [{ customer_email: 'john.smith@example.com' }],
  getcustomerid: [{ customer_email: 'john.smith@example.com' }],
  getcustomerofproject: [{ project_id: '1640' }],
};

/**
 * Every documented request: each read action with its sample parameters, and each write with every
 * documented body (the reference examples, and the spec's own body example), by every method the
 * spec gives the action (POST and the heading's PUT or DELETE).
 */
export function documentedRequests(): DocumentedRequest[] {
  const out: DocumentedRequest[] = [];
  for (const [key, item] of Object.entries(
    spec.paths as Record<string, Record<string, { requestBody?: unknown }>>,
  )) {
    const action = key.replace('/apidata.php?action=', '');
    for (const method of ['get', 'post', 'put', 'delete']) {
      const operation = item[method];
      if (!operation) continue;
      const upper = method.toUpperCase();
      if (!operation.requestBody) {
        for (const query of QUERY[action] ?? [{}])
          out.push({ name: `${upper} ${action} ${JSON.stringify(query)}`, action, method: upper, query });
        continue;
      }
      const bodies: Array<[string, unknown]> = (
        (REQUEST_EXAMPLES as Record<string, string[]>)[action] ?? []
      ).map((file) => [file, JSON.parse(readFileSync(join(examplesDir, file), 'utf8'))]);
      const own = exampleOf(operation.requestBody as { $ref?: string; content?: unknown }, spec);
      const fromSpec = own ?? exampleOf(resolveBodySchema(operation.requestBody), spec);
      if (fromSpec !== undefined) bodies.push(['the spec example', fromSpec]);
      for (const [source, body] of bodies)
        out.push({ name: `${upper} ${action} (${source})`, action, method: upper, query: {}, body });
    }
  }
  return out;
}

function resolveBodySchema(body: unknown): unknown {
  let node = body as { $ref?: string; content?: Record<string, { schema?: unknown }> };
  if (node.$ref) {
    node = node.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce(
        (at: Record<string, unknown>, step) => at[step] as Record<string, unknown>,
        spec,
      ) as typeof node;
  }
  return node.content?.['application/json']?.schema;
}
