import { parseArgs } from 'node:util';
import { z } from 'zod';
import { startProxy } from './start-proxy.js';

export const PROXY_USAGE = `Usage: solarproof-mock proxy --target URL [options]

A local proxy in front of the Solar Proof API: every request is forwarded unchanged, every answer
returned unchanged, and both are checked against the spec. Binds 127.0.0.1 only.

Options:
  --target URL       where to forward, e.g. https://solarproof.com.au (required)
  --port N           port to listen on (default 4020; 0 picks a free one)
  --record FILE.har  write the exchanges as HAR 1.2, API key removed everywhere
  --scrub            in the recording, replace names, emails, phones, addresses with faker values
  --allow-writes     forward createcustomer, updatecustomer, deletecustomer and webhook
                     (un)subscriptions; without it they are refused and never sent
  --report FILE      write the drift report as FILE.md and FILE.json on exit
                     (and on POST /__proxy/report)
  --timeout MS       an upstream answer must be complete within MS (default 30000)
  --quiet            print only the proxy's URL
  --help             this text

While it runs: GET /__proxy/report (JSON, or ?format=markdown), GET /__proxy/journal,
POST /__proxy/report (write the report and the recording now). Ctrl-C writes them and stops.
`;

const ProxyCliOptions = z.object({
  target: z.string({ error: 'is required, e.g. --target https://solarproof.com.au' }).min(1),
  port: z.coerce.number().int().min(0).max(65_535).default(4020),
  record: z.string().min(1).optional(),
  scrub: z.boolean().default(false),
  'allow-writes': z.boolean().default(false),
  report: z.string().min(1).optional(),
  timeout: z.coerce.number().int().min(1).max(600_000).default(30_000),
  quiet: z.boolean().default(false),
  help: z.boolean().default(false),
});

/** `solarproof-mock proxy ...`: runs until SIGINT or SIGTERM, then writes its files. Resolves to the exit code. */
export async function runProxyCommand(argv: string[]): Promise<number> {
  const out = (text: string) => process.stdout.write(`${text}\n`);
  const err = (text: string) => process.stderr.write(`solarproof-mock proxy: ${text}\n`);
  let values: Record<string, unknown>;
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      options: {
        target: { type: 'string' },
        port: { type: 'string' },
        record: { type: 'string' },
        scrub: { type: 'boolean' },
        'allow-writes': { type: 'boolean' },
        report: { type: 'string' },
        timeout: { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    err(`${(error as Error).message}\n\n${PROXY_USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(PROXY_USAGE);
    return 0;
  }
  const parsed = ProxyCliOptions.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    err(`--${issue?.path.join('.')} ${issue?.message}\n\n${PROXY_USAGE}`);
    return 2;
  }
  const options = parsed.data;
  let proxy: Awaited<ReturnType<typeof startProxy>>;
  try {
    proxy = await startProxy({
      target: options.target,
      port: options.port,
      ...(options.record ? { record: options.record } : {}),
      ...(options.report ? { report: options.report } : {}),
      scrub: options.scrub,
      allowWrites: options['allow-writes'],
      upstreamTimeoutMs: options.timeout,
      ...(options.quiet ? {} : { log: out }),
    });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    err(e.code === 'EADDRINUSE' ? `port ${options.port} is taken: try --port 0` : e.message);
    return 1;
  }
  if (options.quiet) out(proxy.url);
  else {
    out(`Solar Proof proxy on ${proxy.url} -> ${proxy.session.target}`);
    out(
      `  ${options['allow-writes'] ? 'writes are forwarded' : 'read-only: writes are refused (--allow-writes forwards them)'}`,
    );
    if (options.record)
      out(`  recording to ${options.record}${options.scrub ? ' (personal data scrubbed)' : ''}`);
    if (options.report)
      out(`  drift report to ${options.report.replace(/\.(md|json)$/i, '')}.md and .json on exit`);
    out(`  point your client's baseUrl at ${proxy.url}; Ctrl-C writes the files and stops`);
  }

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      if (!options.quiet) out(`\n${signal}: finishing exchanges in flight, then writing`);
      // A stuck upstream must not keep the process alive for ever: write what there is.
      const force = setTimeout(() => {
        try {
          for (const file of proxy.flush()) out(`wrote ${file}`);
        } catch (error) {
          err((error as Error).message);
        }
        resolve(0);
      }, 5_000);
      force.unref();
      proxy.close().then(
        (written) => {
          clearTimeout(force);
          for (const file of written) if (!options.quiet) out(`wrote ${file}`);
          resolve(0);
        },
        (error: Error) => {
          clearTimeout(force);
          err(`could not write: ${error.message}`);
          resolve(1);
        },
      );
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
  });
}

/** The CliCommand shape of the CLI's subcommand table (`run(argv)` resolving to the exit code). */
export const run = (argv: string[]): Promise<number> => runProxyCommand(argv);
