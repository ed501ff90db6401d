// @ts-check
/**
 * Turns the spec's JSON Schemas into zod source. A pure transform: spec object in, source text out.
 * It covers the subset of JSON Schema the spec uses and throws on anything else, so a new keyword in
 * the spec cannot be silently dropped from validation.
 */

const HANDLED = new Set([
  'type',
  'properties',
  'required',
  'items',
  'enum',
  'const',
  'oneOf',
  'anyOf',
  'pattern',
  'format',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'minItems',
  'maxItems',
  'additionalProperties',
  '$ref',
  'description',
  'example',
  'examples',
  'default',
  'title',
]);

/** @param {string} ref */
export function refName(ref) {
  const match = /^#\/components\/schemas\/([A-Za-z0-9_]+)$/.exec(ref);
  if (!match?.[1]) throw new Error(`Unsupported $ref ${ref}`);
  return match[1];
}

/**
 * @param {any} schema
 * @param {string} where a JSON pointer, for error messages
 * @returns {string}
 */
export function zodOf(schema, where) {
  for (const key of Object.keys(schema)) {
    if (!HANDLED.has(key)) throw new Error(`${where}: the zod emitter does not handle "${key}"`);
  }
  return withDefault(zodWithoutDefault(schema, where), schema);
}

/**
 * @param {any} schema
 * @param {string} where
 * @returns {string}
 */
function zodWithoutDefault(schema, where) {
  if (schema.$ref) return refName(schema.$ref);
  if (schema.oneOf || schema.anyOf) {
    const members = (schema.oneOf ?? schema.anyOf).map((/** @type {any} */ s, /** @type {number} */ i) =>
      zodOf(s, `${where}/oneOf/${i}`),
    );
    return `z.union([${members.join(', ')}])`;
  }
  if ('const' in schema) return `z.literal(${JSON.stringify(schema.const)})`;
  if (schema.enum) {
    return schema.enum.every((/** @type {unknown} */ v) => typeof v === 'string')
      ? `z.enum(${JSON.stringify(schema.enum)})`
      : `z.literal(${JSON.stringify(schema.enum)})`;
  }
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const nullable = types.includes('null');
  const type = types.filter((/** @type {string} */ t) => t !== 'null');
  if (type.length !== 1) throw new Error(`${where}: needs exactly one non-null type`);
  const base = zodOfType(type[0], schema, where);
  return nullable ? `${base}.nullable()` : base;
}

/**
 * `source` with the schema's `default` applied: zod fills in the value when the field is absent, so
 * code that parses with the schema never restates it.
 * @param {string} source
 * @param {any} schema
 */
export function withDefault(source, schema) {
  return schema.default === undefined ? source : `${source}.default(${JSON.stringify(schema.default)})`;
}

/**
 * A JSDoc comment of `text` (a description from the spec), its lines wrapped at `width` characters,
 * or '' when there is none.
 * @param {string | undefined} text
 * @param {number} width
 */
export function jsDoc(text, width = 100) {
  if (!text?.trim()) return '';
  const lines = text
    .trim()
    .replaceAll('*/', '*\\/')
    .split('\n')
    .flatMap((line) => wrap(line, width));
  if (lines.length === 1) return `/** ${lines[0]} */\n`;
  return `/**\n${lines.map((line) => ` *${line ? ` ${line}` : ''}`).join('\n')}\n */\n`;
}

/** @param {string} line @param {number} width @returns {string[]} */
function wrap(line, width) {
  const out = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current && `${current} ${word}`.length > width) {
      out.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  out.push(current);
  return out;
}

/**
 * @param {string} type
 * @param {any} schema
 * @param {string} where
 */
function zodOfType(type, schema, where) {
  switch (type) {
    case 'string': {
      let out = 'z.string()';
      if (schema.format === 'email') out = 'z.email()';
      else if (schema.format === 'date') out = 'z.iso.date()';
      else if (schema.format === 'date-time') out = 'z.iso.datetime({ offset: true })';
      else if (schema.format) throw new Error(`${where}: unsupported format ${schema.format}`);
      if (schema.minLength !== undefined) out += `.min(${schema.minLength})`;
      if (schema.maxLength !== undefined) out += `.max(${schema.maxLength})`;
      if (schema.pattern) out += `.regex(new RegExp(${JSON.stringify(schema.pattern)}))`;
      return out;
    }
    case 'integer':
    case 'number': {
      let out = type === 'integer' ? 'z.number().int()' : 'z.number()';
      if (schema.minimum !== undefined) out += `.min(${schema.minimum})`;
      if (schema.maximum !== undefined) out += `.max(${schema.maximum})`;
      return out;
    }
    case 'boolean':
      return 'z.boolean()';
    case 'array': {
      let out = `z.array(${zodOf(schema.items, `${where}/items`)})`;
      if (schema.minItems !== undefined) out += `.min(${schema.minItems})`;
      if (schema.maxItems !== undefined) out += `.max(${schema.maxItems})`;
      return out;
    }
    case 'object': {
      const required = new Set(schema.required ?? []);
      const fields = Object.entries(schema.properties ?? {}).map(([name, prop]) => {
        const value = zodOf(prop, `${where}/properties/${name}`);
        // A default already makes the field optional on the way in, and present on the way out.
        const bare = required.has(name) || /** @type {any} */ (prop).default !== undefined;
        const doc = jsDoc(/** @type {any} */ (prop).description);
        return `${doc}${JSON.stringify(name)}: ${bare ? value : `${value}.optional()`}`;
      });
      // JSON Schema lets unknown keys through unless told otherwise; zod's default object strips them.
      const ctor = schema.additionalProperties === false ? 'z.strictObject' : 'z.object';
      return `${ctor}({\n${fields.join(',\n')}\n})`;
    }
    default:
      throw new Error(`${where}: unsupported type ${type}`);
  }
}

/**
 * Component names in an order where each comes after the components it refers to.
 * @param {Record<string, any>} schemas
 */
export function dependencyOrder(schemas) {
  /** @type {string[]} */
  const order = [];
  const state = new Map();
  /** @param {string} name */
  const visit = (name) => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') throw new Error(`Recursive schema ${name} is not supported`);
    state.set(name, 'visiting');
    for (const dep of refsIn(schemas[name])) visit(dep);
    state.set(name, 'done');
    order.push(name);
  };
  for (const name of Object.keys(schemas)) visit(name);
  return order;
}

/** @param {any} node @returns {string[]} */
function refsIn(node) {
  if (Array.isArray(node)) return node.flatMap(refsIn);
  if (node === null || typeof node !== 'object') return [];
  const own = typeof node.$ref === 'string' ? [refName(node.$ref)] : [];
  return [...own, ...Object.values(node).flatMap(refsIn)];
}
