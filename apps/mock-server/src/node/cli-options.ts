import { parseArgs } from 'node:util';
import { z } from 'zod';

/** Every command-line option of `solarproof-mock`, validated in one place. */
export const CliOptions = z.object({
  port: z.coerce.number().int().min(0).max(65_535).default(4010),
  host: z.string().min(1).default('127.0.0.1'),
  seed: z.coerce
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .default(1),
  customers: z.coerce.number().int().min(0).max(1_000_000).default(130),
  'api-key': z.string().min(8, 'must be at least 8 characters').optional(),
  state: z.string().min(1).optional(),
  'webhook-version': z.enum(['v1', 'v2']).default('v2'),
  'control-token': z.string().min(16, 'must be at least 16 characters').optional(),
  'no-control-token': z.boolean().default(false),
  quiet: z.boolean().default(false),
  help: z.boolean().default(false),
});
export type CliOptions = z.output<typeof CliOptions>;

export const USAGE = `Usage: solarproof-mock [options]

A fake Solar Proof API on your machine: every action, a stateful world seeded with faker data.

Options:
  --port N         port to listen on (default 4010; 0 picks a free one)
  --host H         address to bind (default 127.0.0.1)
  --seed N         seed of the generated world (default 1): the same seed, the same data
  --customers N    customers of the default company (default 130: three pages)
  --api-key KEY    API key of the default company (default: printed at start)
  --state FILE     keep the world in FILE across restarts (an append-only log; the
                   file's seed and sizes win over these options)
  --webhook-version v1|v2
                   webhook payloads of the older or the newer events page (default v2)
  --control-token T
                   the token the control API (/__mock/*) wants as Authorization: Bearer T;
                   off loopback one is generated and printed when this is not given
  --no-control-token
                   no token even off loopback (anyone who reaches the port may reset the world)
  --quiet          print only the base URL
  --help           this text
`;

/** Parses argv, or returns the message to print and exit with. */
export function parseCliOptions(
  argv: string[],
): { ok: true; options: CliOptions } | { ok: false; message: string } {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        seed: { type: 'string' },
        customers: { type: 'string' },
        'api-key': { type: 'string' },
        state: { type: 'string' },
        'webhook-version': { type: 'string' },
        'control-token': { type: 'string' },
        'no-control-token': { type: 'boolean' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    return { ok: false, message: `${(error as Error).message}\n\n${USAGE}` };
  }
  if (values['control-token'] !== undefined && values['no-control-token'] === true) {
    return { ok: false, message: `--control-token and --no-control-token exclude each other\n\n${USAGE}` };
  }
  const parsed = CliOptions.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `--${issue?.path.join('.')}: ${issue?.message}\n\n${USAGE}` };
  }
  return { ok: true, options: parsed.data };
}
