// @ts-check
/**
 * The canonical spec in the shape path-routing OpenAPI tools (Prism, Spectral, code generators)
 * understand: one path, `/apidata.php`, one operation per method, `action` an enum query parameter.
 * A pure transform of the parsed canonical document; `generate-prism-spec.js` does the I/O.
 */

const METHODS = ['get', 'post', 'put', 'delete'];

/** What this shape gives up, written into the artifact itself. */
export const GIVES_UP = `This is a generated artifact (scripts/generate-prism-spec.js); the canonical spec is
specs/solarproof.openapi.yaml. It exists because path-routing tools cannot use the canonical
shape: there every action has its own path key \`/apidata.php?action=<name>\`, which Prism routes
0 of 108 documented requests to (it matches paths, and builds URLs like \`?action=x?action=x\`).

Here there is one path, \`/apidata.php\`, with one operation per method, and \`action\` is a required
query parameter whose enum lists the actions of that method. What this shape gives up:

- **Per-action parameters.** \`page\`, \`customer_email\` and \`project_id\` are optional here because
  each belongs to only some actions; a request that leaves out one its action needs is valid here
  and not on the wire.
- **Per-action bodies and answers.** A write's body is \`anyOf\` the bodies of that method's actions,
  and each status answers \`anyOf\` the actions' schemas: a tool cannot tell which answer belongs to
  which action. Named examples carry the action's name: send \`Prefer: example=<action>\` to Prism.
- **One operationId per action.** Generated clients get one function per method, not per action;
  \`x-solarproof-actions\` on each operation lists each action's canonical operationId, parameters,
  body and answers, so nothing is lost for a tool that reads it.
`;

/**
 * @param {any} spec the parsed canonical spec
 * @param {Record<string, Record<string, unknown>>} documented the documented answers by action and status
 * @returns {any} the Prism-shaped document
 */
export function prismShape(spec, documented = {}) {
  const byMethod = new Map();
  for (const [key, item] of Object.entries(spec.paths ?? {})) {
    const match = /^\/apidata\.php\?action=(.+)$/.exec(key);
    if (!match) throw new Error(`path ${key} is not of the form /apidata.php?action=<name>`);
    for (const method of METHODS) {
      if (!item[method]) continue;
      const list = byMethod.get(method) ?? [];
      list.push({ action: match[1], operation: item[method] });
      byMethod.set(method, list);
    }
  }
  /** @type {Record<string, unknown>} */
  const pathItem = {};
  for (const method of METHODS) {
    const actions = byMethod.get(method);
    if (actions) pathItem[method] = mergedOperation(method, actions, spec, documented);
  }
  return {
    openapi: spec.openapi,
    info: {
      ...spec.info,
      title: `${spec.info.title} (one path, for path-routing tools)`,
      description: GIVES_UP,
    },
    servers: spec.servers,
    security: spec.security,
    tags: spec.tags,
    paths: { '/apidata.php': pathItem },
    ...(spec.webhooks ? { webhooks: spec.webhooks } : {}),
    // Parameters, bodies and answers are merged into the operations above; only schemas and the
    // security scheme are still referenced.
    components: { securitySchemes: spec.components.securitySchemes, schemas: spec.components.schemas },
  };
}

/**
 * @param {string} method
 * @param {{ action: string, operation: any }[]} actions
 * @param {any} spec
 * @param {Record<string, Record<string, unknown>>} documented
 */
function mergedOperation(method, actions, spec, documented) {
  const names = actions.map((a) => a.action);
  const parameters = [
    {
      name: 'action',
      in: 'query',
      required: true,
      description: `The action to run: ${names.map((n) => `\`${n}\``).join(', ')}.`,
      schema: { type: 'string', enum: names },
    },
  ];
  const seen = new Set(['action']);
  for (const { action, operation } of actions) {
    for (const raw of operation.parameters ?? []) {
      const parameter = resolve(raw, spec);
      if (seen.has(parameter.name)) continue;
      seen.add(parameter.name);
      const users = actions
        .filter((a) =>
          (a.operation.parameters ?? []).some(
            (/** @type {any} */ p) => resolve(p, spec).name === parameter.name,
          ),
        )
        .map((a) => `\`${a.action}\``);
      parameters.push({
        ...parameter,
        required: false,
        description:
          `${parameter.description ?? ''} Used by ${users.join(', ')}${parameter.required ? ' (required there)' : ''}.`.trim(),
      });
      void action;
    }
  }
  const bodies = actions
    .filter((a) => a.operation.requestBody)
    .map((a) => ({ ...a, body: resolve(a.operation.requestBody, spec) }));
  /** @type {Record<string, unknown>} */
  const responses = {};
  const statuses = [...new Set(actions.flatMap((a) => Object.keys(a.operation.responses ?? {})))].sort();
  for (const status of statuses) {
    const answers = actions
      .filter((a) => a.operation.responses?.[status])
      .map((a) => ({ action: a.action, response: resolve(a.operation.responses[status], spec) }));
    const schemas = unique(
      answers.map((a) => a.response.content?.['application/json']?.schema).filter(Boolean),
    );
    /** @type {Record<string, unknown>} */
    const examples = {};
    for (const { action, response } of answers) {
      const schema = response.content?.['application/json']?.schema;
      // The documented answer where the pages give one, else one built from the schema's examples.
      const example = documented[action]?.[status] ?? (schema ? exampleOf(schema, spec) : undefined);
      if (example !== undefined) examples[action] = { summary: `${action}`, value: example };
    }
    const headers = Object.assign({}, ...answers.map((a) => a.response.headers ?? {}));
    responses[status] = {
      description: unique(answers.map((a) => a.response.description)).join(' / '),
      ...(Object.keys(headers).length > 0 ? { headers } : {}),
      ...(schemas.length > 0
        ? {
            content: {
              'application/json': {
                schema: schemas.length === 1 ? schemas[0] : { anyOf: schemas },
                ...(Object.keys(examples).length > 0 ? { examples } : {}),
              },
            },
          }
        : {}),
    };
  }
  return {
    operationId: `apidata_${method}`,
    summary: `${method.toUpperCase()} /apidata.php: ${names.join(', ')}`,
    description: `The actions sent by ${method.toUpperCase()}, picked by \`action\`. See \`x-solarproof-actions\` for each one's own parameters, body and answers.`,
    tags: unique(actions.flatMap((a) => a.operation.tags ?? [])),
    parameters,
    ...(bodies.length > 0
      ? {
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema:
                  bodies.length === 1
                    ? jsonSchema(bodies[0]?.body)
                    : { anyOf: unique(bodies.map((b) => jsonSchema(b.body))) },
              },
            },
          },
        }
      : {}),
    responses,
    'x-solarproof-actions': Object.fromEntries(
      actions.map(({ action, operation }) => [
        action,
        {
          operationId: operation.operationId,
          summary: operation.summary,
          parameters: (operation.parameters ?? []).map((/** @type {any} */ p) => resolve(p, spec).name),
          ...(operation.requestBody ? { requestBody: jsonSchema(resolve(operation.requestBody, spec)) } : {}),
          responses: Object.fromEntries(
            Object.entries(operation.responses ?? {}).map(([status, r]) => [
              status,
              resolve(r, spec).content?.['application/json']?.schema ?? null,
            ]),
          ),
        },
      ]),
    ),
  };
}

/**
 * An example of a schema: its own, else one built from its items' or properties' examples (a page
 * of one example customer), else the first of its alternatives that has one.
 * @param {any} node
 * @param {any} spec
 * @param {number} depth
 * @returns {unknown}
 */
export function exampleOf(node, spec, depth = 0) {
  const schema = resolve(node, spec);
  if (!schema || depth > 12) return undefined;
  if (schema.example !== undefined) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  for (const key of ['oneOf', 'anyOf']) {
    for (const option of schema[key] ?? []) {
      const found = exampleOf(option, spec, depth + 1);
      if (found !== undefined) return found;
    }
  }
  if (schema.type === 'array' && schema.items) {
    const item = exampleOf(schema.items, spec, depth + 1);
    return item === undefined ? undefined : [item];
  }
  if (schema.properties) {
    /** @type {Record<string, unknown>} */
    const out = {};
    for (const [name, property] of Object.entries(schema.properties)) {
      const value = exampleOf(property, spec, depth + 1);
      if (value === undefined) {
        if ((schema.required ?? []).includes(name)) return undefined;
        continue;
      }
      out[name] = value;
    }
    return out;
  }
  return undefined;
}

/** @param {any} body */
function jsonSchema(body) {
  return body?.content?.['application/json']?.schema;
}

/**
 * Follows a local `$ref` (parameters, bodies and responses are referenced; schemas stay referenced).
 * @param {any} node
 * @param {any} spec
 * @returns {any}
 */
function resolve(node, spec) {
  if (!node || typeof node.$ref !== 'string') return node;
  const path = node.$ref.replace(/^#\//, '').split('/');
  let target = spec;
  for (const step of path) target = target?.[step];
  if (target === undefined) throw new Error(`unresolved $ref ${node.$ref}`);
  return resolve(target, spec);
}

/** @param {any[]} items */
function unique(items) {
  const seen = new Set();
  return items.filter((item) => {
    const key = JSON.stringify(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
