/**
 * Fields whose values are vocabulary rather than data: a reading of the docs changes them
 * (`NO_CUSTOMERS_FOUND` or `[]`, `No Status Set` or `New Contacts`), so signatures keep them.
 */
const VOCABULARY = new Set([
  'code',
  'customer_status',
  'customer_type',
  'gst_status',
  'success',
  'gstRegistered',
]);

/**
 * The shape of an answer with the data taken out: its status, its keys, and for each value its
 * type and format (`digits`, `kw`, `date`, `datetime`, `empty`, ...). Two worlds with different
 * customers give the same signature when they read the docs the same way.
 *
 * @example
 * answerSignature(200, { system_size: '6.6kW' }); // '200 {system_size:kw}'
 */
export function answerSignature(status: number, json: { ok: true; value: unknown } | { ok: false }): string {
  return `${status} ${json.ok ? shape(json.value, '') : 'not-json'}`;
}

/** The shapes of every value at a normalised path (`[].projects[].system_size`), as one string. */
export function shapesAt(value: unknown, path: string): string {
  if (path === '(body)') return shape(value, '');
  const steps = path.match(/\[\]|[^.[\]]+/g) ?? [];
  let values: unknown[] = [value];
  for (const step of steps) {
    values = values.flatMap((v) => {
      if (step === '[]') return Array.isArray(v) ? v : [];
      return v !== null && typeof v === 'object' && !Array.isArray(v)
        ? [(v as Record<string, unknown>)[step]]
        : [];
    });
  }
  const key = steps.filter((s) => s !== '[]').at(-1) ?? '';
  return [...new Set(values.map((v) => (v === undefined ? 'absent' : shape(v, key))))].sort().join('|');
}

function shape(value: unknown, key: string): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    const items = [...new Set(value.map((item) => shape(item, key)))].sort();
    return `[${items.join('|')}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.keys(value as object)
      .sort()
      .map((k) => `${k}:${shape((value as Record<string, unknown>)[k], k)}`);
    return `{${entries.join(',')}}`;
  }
  if (VOCABULARY.has(key)) return JSON.stringify(value);
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (typeof value !== 'string') return typeof value;
  if (value === '') return 'empty';
  if (/^[0-9]+$/.test(value)) return 'digits';
  if (/^[0-9]+(\.[0-9]+)?kW$/.test(value)) return 'kw';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'date';
  if (/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}/.test(value)) return 'datetime';
  return 'text';
}

/** The field paths where two answers' shapes differ, for evidence ("which fields"). */
export function differingPaths(a: unknown, b: unknown, path = ''): string[] {
  const here = path === '' ? '(body)' : path;
  if (Array.isArray(a) && Array.isArray(b)) {
    if ((a.length === 0) !== (b.length === 0)) return [here];
    const out = new Set<string>();
    for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
      for (const p of differingPaths(a[i], b[i], `${path}[]`)) out.add(p);
    }
    return [...out];
  }
  const isObject = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (isObject(a) && isObject(b)) {
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(ra), ...Object.keys(rb)])].sort();
    return keys.flatMap((k) => differingPaths(ra[k], rb[k], path === '' ? k : `${path}.${k}`));
  }
  return shape(a, path.split('.').at(-1) ?? '') === shape(b, path.split('.').at(-1) ?? '') ? [] : [here];
}
