import { parseArgs } from 'node:util';

/**
 * Every option of `solarproof-mock` (serve), read from flags and from environment variables, and
 * validated here and nowhere else. A flag wins over its variable. To add an option, add one entry
 * to OPTIONS: the parser, the usage text and the environment mapping all come from it.
 */

type Parse<T> = (raw: string) => { value: T } | { problem: string };

interface OptionSpec<T> {
  /** `--name`; also SOLARPROOF_MOCK_NAME (upper case, dashes as underscores) unless `env` is false. */
  kind: 'string' | 'boolean';
  /** The value's placeholder in the usage text, e.g. `N`. */
  placeholder?: string;
  help: string;
  short?: string;
  parse: Parse<T>;
  fallback: T;
  env?: false;
  /** Never echo the value back in an error: it may be a pasted live key. */
  secret?: true;
  /** May be given more than once; the values reach `parse` joined by commas. */
  multiple?: true;
}

const integer =
  (min: number, max: number): Parse<number> =>
  (raw) =>
    /^\d+$/.test(raw.trim()) && Number(raw) >= min && Number(raw) <= max
      ? { value: Number(raw) }
      : { problem: `must be a whole number from ${min} to ${max}` };

const text =
  (minLength = 1, why = 'must not be empty'): Parse<string | undefined> =>
  (raw) =>
    raw.length >= minLength ? { value: raw } : { problem: why };

const oneOf =
  <T extends string>(...choices: T[]): Parse<T> =>
  (raw) =>
    (choices as string[]).includes(raw)
      ? { value: raw as T }
      : { problem: `must be one of ${choices.join(', ')}` };

const flag: Parse<boolean> = (raw) =>
  /^(1|true|yes|on)$/i.test(raw)
    ? { value: true }
    : /^(0|false|no|off|)$/i.test(raw)
      ? { value: false }
      : { problem: 'must be true or false' };

/** `*` (any origin), `none`, or a comma-separated list of origins such as `http://localhost:5173`. */
const origins: Parse<string[]> = (raw) => {
  if (raw.trim() === 'none') return { value: [] };
  const list = raw
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  const bad = list.find((origin) => origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin));
  return bad === undefined && list.length > 0
    ? { value: list }
    : { problem: 'must be *, none, or origins like http://localhost:5173' };
};

const option = <T>(spec: OptionSpec<T>) => spec;

export const OPTIONS = {
  port: option({
    kind: 'string',
    placeholder: 'N',
    help: 'port to listen on (default 4010; 0 picks a free one)',
    parse: integer(0, 65_535),
    fallback: 4010,
  }),
  host: option({
    kind: 'string',
    placeholder: 'H',
    help: 'address to bind (default 127.0.0.1)',
    parse: text() as Parse<string>,
    fallback: '127.0.0.1',
  }),
  seed: option({
    kind: 'string',
    placeholder: 'N',
    help: 'seed of the generated world (default 1): the same seed, the same data',
    parse: integer(0, 2 ** 31 - 1),
    fallback: 1,
  }),
  customers: option({
    kind: 'string',
    placeholder: 'N',
    help: 'customers of the default company (default 130: three pages)',
    parse: integer(0, 1_000_000),
    fallback: 130,
  }),
  'api-key': option({
    kind: 'string',
    placeholder: 'KEY',
    help: 'API key of the default company (default: printed at start)',
    parse: text(8, 'must be at least 8 characters'),
    fallback: undefined,
    secret: true,
  }),
  state: option({
    kind: 'string',
    placeholder: 'FILE',
    help: "keep the world in FILE across restarts (an append-only log; the file's seed and sizes win over these options)",
    parse: text(),
    fallback: undefined,
  }),
  'world-from': option({
    kind: 'string',
    placeholder: 'FILE.har',
    help: "seed the default company's customers and projects from a recording (scrubbed), e.g. one made by `proxy --record`",
    parse: text(),
    fallback: undefined,
  }),
  'heap-growth': option({
    kind: 'string',
    placeholder: 'PERCENT',
    help: 'how far the heap may grow past what was live at its last full collection (default 20, keeping a big world near what it holds; 0: V8 decides)',
    parse: integer(0, 1_000),
    fallback: 20,
  }),
  'webhook-version': option({
    kind: 'string',
    placeholder: 'v1|v2',
    help: 'webhook payloads of the older or the newer events page (default v2)',
    parse: oneOf('v1', 'v2'),
    fallback: 'v2' as 'v1' | 'v2',
  }),
  'cors-origins': option({
    kind: 'string',
    placeholder: 'LIST',
    help: 'origins a browser app may call the API from: * (default), none, or a comma-separated list; the control API answers only listed origins, never *',
    parse: origins,
    fallback: ['*'],
  }),
  profile: option({
    kind: 'string',
    placeholder: 'NAME|FILE',
    help: 'the reading of the docs to answer by: documented (default), lenient-php, strictest, or a profile file (JSON)',
    parse: text(),
    fallback: undefined,
  }),
  interpret: option({
    kind: 'string',
    placeholder: 'ID=VALUE',
    help: 'one interpretation switch over the profile, e.g. I-7=empty-array (repeatable; GET /__mock/interpretations lists them)',
    parse: (raw) => ({
      value: raw
        .split(',')
        .map((pair) => pair.trim())
        .filter(Boolean),
    }),
    fallback: [] as string[],
    multiple: true,
  }),
  'control-token': option({
    kind: 'string',
    placeholder: 'T',
    help: 'the token the control API (/__mock/*) wants as Authorization: Bearer T; off loopback one is generated and printed when this is not given',
    parse: text(16, 'must be at least 16 characters') as Parse<string | undefined>,
    fallback: undefined as string | undefined,
    secret: true,
  }),
  'no-control-token': option({
    kind: 'boolean',
    help: 'no control token even off loopback (anyone who reaches the port may reset the world)',
    parse: flag,
    fallback: false,
  }),
  quiet: option({
    kind: 'boolean',
    help: 'print only the base URL: no banner, no request log',
    parse: flag,
    fallback: false,
  }),
  help: option({ kind: 'boolean', short: 'h', help: 'this text', parse: flag, fallback: false, env: false }),
} satisfies Record<string, OptionSpec<unknown>>;

type Options = typeof OPTIONS;
export type CliOptions = { [K in keyof Options]: Options[K]['fallback'] };

/** The environment variable of an option: `--cors-origins` → SOLARPROOF_MOCK_CORS_ORIGINS. */
export const envName = (name: string): string => `SOLARPROOF_MOCK_${name.toUpperCase().replaceAll('-', '_')}`;

const column = (name: string, spec: OptionSpec<unknown>) =>
  `--${name}${spec.placeholder ? ` ${spec.placeholder}` : ''}`;

function wrap(words: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of words.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join(`\n${indent}`);
}

export const USAGE = (() => {
  const pad = 24;
  const rows = Object.entries(OPTIONS).map(([name, spec]: [string, OptionSpec<unknown>]) => {
    const left = `  ${column(name, spec)}`;
    const help = wrap(spec.help, 72, ' '.repeat(pad + 1));
    return left.length > pad ? `${left}\n${' '.repeat(pad + 1)}${help}` : `${left.padEnd(pad)} ${help}`;
  });
  return `Usage: solarproof-mock [options]

A fake Solar Proof API on your machine: every action, a stateful world seeded with faker data.

Options:
${rows.join('\n')}
  --version              the version of @solarproof/mock-server

Every option can also come from the environment: --port from SOLARPROOF_MOCK_PORT, --cors-origins
from SOLARPROOF_MOCK_CORS_ORIGINS, and so on (a flag wins). Readiness: GET /__mock/health answers
200 {"ok":true} once the fake listens.
`;
})();

/** Where to point a user who got an option wrong. */
export const HELP_HINT = 'Run solarproof-mock --help to see every option.';

export type ParsedCli = { ok: true; options: CliOptions } | { ok: false; message: string };

/** Node's parseArgs errors, in plain words. */
function explainArgsError(error: NodeJS.ErrnoException): string {
  const option = /'(-[^ ']*)/.exec(error.message)?.[1] ?? '';
  const name = option.replace(/^-+/, '').split(' ')[0] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option.split(' ')[0]}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const spec = (OPTIONS as Record<string, OptionSpec<unknown>>)[name];
      if (spec?.kind === 'boolean') return `--${name} takes no value`;
      return `--${name} needs a value${spec?.placeholder ? `: --${name} ${spec.placeholder}` : ''}`;
    }
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${/'([^']*)'/.exec(error.message)?.[1] ?? ''} (options start with --)`;
    default:
      return error.message;
  }
}

/**
 * Parses argv and the environment, or returns the message to print (and exit 2 with).
 *
 * @example
 * parseCliOptions(['--port', '0'], { SOLARPROOF_MOCK_SEED: '7' }) // { ok: true, options: { port: 0, seed: 7, ... } }
 */
export function parseCliOptions(argv: string[], env: Record<string, string | undefined> = {}): ParsedCli {
  const specs = OPTIONS as Record<string, OptionSpec<unknown>>;
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: Object.fromEntries(
        Object.entries(specs).map(([name, spec]) => [
          name,
          {
            type: spec.kind,
            ...(spec.short ? { short: spec.short } : {}),
            ...(spec.multiple ? { multiple: true } : {}),
          },
        ]),
      ),
    }).values as Record<string, string | boolean | undefined>;
    for (const [name, value] of Object.entries(values)) {
      if (Array.isArray(value)) values[name] = value.join(',');
    }
  } catch (error) {
    return { ok: false, message: explainArgsError(error as NodeJS.ErrnoException) };
  }
  const options: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const given = values[name];
    const fromEnv = spec.env === false ? undefined : env[envName(name)];
    if (given === undefined && fromEnv === undefined) {
      options[name] = spec.fallback;
      continue;
    }
    if (typeof given === 'boolean') {
      options[name] = given;
      continue;
    }
    const raw = (given ?? fromEnv) as string;
    const result = spec.parse(raw);
    if ('problem' in result) {
      const source = given === undefined ? `${envName(name)} (for --${name})` : `--${name}`;
      const got = spec.secret ? '' : `; got ${JSON.stringify(clipValue(raw))}`;
      return { ok: false, message: `${source} ${result.problem}${got}` };
    }
    options[name] = result.value;
  }
  if (options['control-token'] !== undefined && options['no-control-token'] === true) {
    return { ok: false, message: '--control-token and --no-control-token exclude each other' };
  }
  return { ok: true, options: options as CliOptions };
}

/** A value echoed back in an error is cut short: it may be a pasted secret. */
const clipValue = (raw: string) => (raw.length > 40 ? `${raw.slice(0, 12)}…` : raw);
