// @ts-check
/**
 * Renders every generated file of @solarproof/schemas from the spec's text, formatted by Biome. No
 * file is read or written here (see generate.js).
 */
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';
import { formatTypeScript } from './format-typescript.js';
import { dependencyOrder, jsDoc, refName, withDefault, zodOf } from './zod-emitter.js';

export const SPEC_PATH = 'specs/solarproof.openapi.yaml';
const HEADER = `// Generated from ${SPEC_PATH} by packages/schemas/scripts/generate.js. Do not edit:
// change the spec and run \`pnpm generate\`. \`pnpm generate:check\` fails when this file is stale.
`;
const TRANSPORT_REF = '#/components/schemas/TransportError';
const METHODS = /** @type {const} */ (['get', 'post', 'put', 'delete']);

/**
 * @param {string} specText
 * @returns {Promise<Record<string, string>>} file path (relative to the package) to content
 */
export async function renderAll(specText) {
  const spec = parse(specText);
  const ast = await openapiTS(spec, { alphabetize: false });
  return {
    'src/generated/openapi.ts': formatTypeScript(`${HEADER}/* eslint-disable */\n${astToString(ast)}`),
    'src/generated/zod.ts': formatTypeScript(renderZod(spec)),
    'src/generated/error-codes.ts': formatTypeScript(renderErrorCodes(spec)),
  };
}

/** @param {any} spec @param {string} ref */
function resolve(spec, ref) {
  const parts = ref.replace(/^#\//, '').split('/');
  let node = spec;
  for (const part of parts) node = node?.[part];
  if (node === undefined) throw new Error(`Unresolved $ref ${ref}`);
  return node;
}

/** @param {any} spec @param {any} node */
const deref = (spec, node) => (node?.$ref ? resolve(spec, node.$ref) : node);

/**
 * Every operation of the spec with what the zod emitter and the error table need.
 * @param {any} spec
 */
export function listOperations(spec) {
  const ops = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    const action = /[?&]action=([^&]+)/.exec(path)?.[1];
    if (!action) throw new Error(`Path ${path} names no action`);
    for (const method of METHODS) {
      const op = /** @type {any} */ (item)[method];
      if (!op) continue;
      const parameters = (op.parameters ?? []).map((/** @type {any} */ p) => deref(spec, p));
      const body = deref(spec, op.requestBody)?.content?.['application/json']?.schema;
      /** @type {Record<string, any>} */
      const responses = {};
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        const schema = deref(spec, response)?.content?.['application/json']?.schema;
        if (schema) responses[status] = schema;
      }
      const errorCodes = new Set();
      for (const [status, schema] of Object.entries(responses)) {
        // Transport errors belong to every action; errorCodes lists the action's own codes.
        if (Number(status) < 400 || schema.$ref === TRANSPORT_REF) continue;
        const resolved = deref(spec, schema);
        for (const code of resolved?.properties?.code?.enum ?? []) errorCodes.add(code);
      }
      ops.push({
        operationId: op.operationId,
        action,
        method,
        path: path.split('?')[0],
        parameters,
        body,
        responses,
        errorCodes: [...errorCodes],
      });
    }
  }
  return ops;
}

/** @param {any} spec */
function renderZod(spec) {
  const schemas = spec.components?.schemas ?? {};
  const lines = [
    HEADER,
    "import { z } from 'zod';",
    "import { queryInteger } from '../query-integer.js';",
    "import type { components } from './openapi.js';",
    '',
  ];
  for (const name of dependencyOrder(schemas)) {
    const schema = schemas[name];
    const doc = jsDoc(schema.description);
    lines.push(`${doc}export const ${name} = ${zodOf(schema, `#/components/schemas/${name}`)};`);
    lines.push(`export type ${name} = components['schemas'][${JSON.stringify(name)}];`, '');
  }
  lines.push('/** Every component schema of the spec, by name. */');
  lines.push(`export const componentSchemas = { ${Object.keys(schemas).join(', ')} } as const;`, '');

  const ops = listOperations(spec);
  for (const op of ops) {
    const query = op.parameters
      .filter((/** @type {any} */ p) => p.in === 'query')
      .map((/** @type {any} */ p) => {
        const { default: _, ...schema } = p.schema;
        let value = zodOf(schema, `${op.operationId}/parameters/${p.name}`);
        // Query values arrive as text; integer parameters accept a string of digits.
        if (schema.type === 'integer') value = `queryInteger(${value})`;
        value = withDefault(value, p.schema);
        const bare = p.required || p.schema.default !== undefined;
        return `${jsDoc(p.description)}${JSON.stringify(p.name)}: ${bare ? value : `${value}.optional()`}`;
      });
    const responses = Object.entries(op.responses).map(
      ([status, schema]) => `${status}: ${zodOf(schema, `${op.operationId}/responses/${status}`)}`,
    );
    lines.push(
      `/** \`${op.action}\` by ${op.method.toUpperCase()}: its query, body and responses by status. */`,
    );
    lines.push(`export const ${op.operationId} = {`);
    lines.push(`  operationId: ${JSON.stringify(op.operationId)},`);
    lines.push(`  action: ${JSON.stringify(op.action)},`);
    lines.push(`  method: ${JSON.stringify(op.method.toUpperCase())},`);
    lines.push(`  path: ${JSON.stringify(op.path)},`);
    lines.push(`  query: z.object({\n${query.join(',\n')}\n}),`);
    lines.push(`  body: ${op.body ? zodOf(op.body, `${op.operationId}/requestBody`) : 'undefined'},`);
    lines.push(`  responses: { ${responses.join(', ')} },`);
    lines.push(`  errorCodes: ${JSON.stringify(op.errorCodes.sort())},`);
    lines.push('} as const;', '');
  }
  lines.push('/** Every operation of the spec, by operationId. */');
  lines.push(`export const operationSchemas = { ${ops.map((o) => o.operationId).join(', ')} } as const;`, '');

  const hooks = Object.entries(spec.webhooks ?? {}).map(([event, item]) => {
    const schema = /** @type {any} */ (item).post?.requestBody?.content?.['application/json']?.schema;
    return `${JSON.stringify(event)}: ${zodOf(schema, `#/webhooks/${event}`)}`;
  });
  lines.push('/** The body of each webhook event, by event name. */');
  lines.push(`export const webhookSchemas = { ${hooks.join(', ')} } as const;`, '');
  return lines.join('\n');
}

/** @param {any} spec */
function renderErrorCodes(spec) {
  const table = spec['x-solarproof-error-codes'];
  if (!Array.isArray(table)) throw new Error('The spec has no x-solarproof-error-codes table');
  const ops = listOperations(spec);
  const known = new Set(spec.components.schemas.ErrorCode.enum);
  const transport = new Set(resolve(spec, TRANSPORT_REF).properties.code.enum);
  const allActions = [...new Set(ops.map((op) => op.action))];
  const rows = table.map((/** @type {any} */ row) => {
    if (!known.has(row.code)) throw new Error(`Error code ${row.code} is not in ErrorCode`);
    const actions = transport.has(row.code)
      ? allActions
      : [...new Set(ops.filter((op) => op.errorCodes.includes(row.code)).map((op) => op.action))];
    return {
      code: row.code,
      status: row.status,
      transport: transport.has(row.code),
      description: row.description,
      actions,
    };
  });
  for (const code of known) {
    if (!rows.some((/** @type {any} */ r) => r.code === code))
      throw new Error(`Error code ${code} has no status in the table`);
  }
  return `${HEADER}
/** Every error code: the HTTP status the spec gives it, what it means, and the actions that answer it. */
export const errorCodeTable = ${JSON.stringify(rows, null, 2)} as const;
`;
}

export { refName };
