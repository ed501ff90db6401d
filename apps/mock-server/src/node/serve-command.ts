import { isLoopbackHost } from '../core/control-token.js';
import { createMockApi } from '../mock/create-mock-api.js';
import type { WorldOptions } from '../world/types.js';
import { HELP_HINT, parseCliOptions, USAGE } from './cli-options.js';
import { formatRequestLog } from './format-request-log.js';
import { preloadFakerWhereNeeded } from './load-faker-on-demand.js';
import { readProfileOption } from './read-profile-option.js';
import { startMockServer } from './start-mock-server.js';
import type { StateFile } from './state-file.js';
import { StateFileError } from './state-file-error.js';
import { tuneHeap } from './tune-heap.js';
import { watchParent } from './watch-parent.js';

/** `solarproof-mock [options]`: starts the fake and keeps it running until SIGINT or SIGTERM. */
export async function run(argv: string[], env: NodeJS.ProcessEnv): Promise<number | undefined> {
  const parsed = parseCliOptions(argv, env);
  if (!parsed.ok) {
    process.stderr.write(`solarproof-mock: ${parsed.message}\n${HELP_HINT}\n`);
    return 2;
  }
  const options = parsed.options;
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const fail = (message: string): number => {
    process.stderr.write(`solarproof-mock: ${message}\n`);
    return 1;
  };
  // Before the world is made: this process is the fake, for as long as it runs.
  tuneHeap(options['heap-growth']);
  await preloadFakerWhereNeeded();

  let worldOptions: WorldOptions = {
    seed: options.seed,
    customers: options.customers,
    ...(options['api-key'] ? { apiKey: options['api-key'] } : {}),
  };
  if (options['world-from']) {
    const { worldRecordsFromHarFile } = await import('./world-from-har-file.js');
    try {
      worldOptions = { ...worldOptions, records: worldRecordsFromHarFile(options['world-from']) };
    } catch (error) {
      return fail((error as Error).message);
    }
  }
  let state: StateFile | undefined;
  // Loaded only for --state: four modules the start of a plain fake does without.
  const stateFiles = options.state ? await import('./state-file.js') : undefined;
  try {
    // The file's seed and sizes win; its key digest is checked against this --api-key when it opens.
    if (options.state && stateFiles)
      worldOptions = { ...worldOptions, ...stateFiles.readStateOptions(options.state) };
  } catch (error) {
    return fail(error instanceof StateFileError ? error.message : String(error));
  }
  const reading = readProfileOption(options.profile, options.interpret);
  if (!reading.ok) {
    process.stderr.write(`solarproof-mock: ${reading.message}\n`);
    return 2;
  }
  const mock = createMockApi({
    ...worldOptions,
    ...reading.options,
    webhooks: { version: options['webhook-version'] },
  });
  try {
    if (options.state && stateFiles) state = stateFiles.openStateFile(options.state, mock);
  } catch (error) {
    return fail(
      error instanceof StateFileError
        ? error.message
        : `cannot use ${options.state}: ${(error as Error).message}`,
    );
  }

  let server: Awaited<ReturnType<typeof startMockServer>>;
  try {
    server = await startMockServer({
      port: options.port,
      host: options.host,
      mock,
      cors: { origins: options['cors-origins'] },
      ...(options['no-control-token'] ? { controlToken: false as const } : {}),
      ...(options['control-token'] ? { controlToken: options['control-token'] } : {}),
      ...(options.quiet
        ? {}
        : { onResponse: (entry) => process.stdout.write(`${formatRequestLog(entry)}\n`) }),
    });
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const hint =
      code === 'EADDRINUSE'
        ? `port ${options.port} is taken (another solarproof-mock?): choose one with --port N, or --port 0 for a free one`
        : code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND'
          ? `${options.host} is not an address of this machine (try --host 127.0.0.1)`
          : code === 'EACCES'
            ? `port ${options.port} needs privileges: choose one above 1023`
            : message;
    state?.close();
    return fail(`could not start: ${hint}`);
  }

  seedInBackground(mock.world);

  // A reader that went away (a wrapper killed) must not crash the fake while it drains.
  process.stdout.on('error', () => undefined);
  // Signal handlers first: a supervisor may signal as soon as it reads the banner.
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    if (!options.quiet) process.stdout.write(`\n${signal}: finishing requests in flight, then stopping\n`);
    server.close().then(() => {
      mock.deliveries.clear();
      state?.close();
      process.exit(0);
    });
    // A stuck client must not keep the process alive for ever.
    setTimeout(() => {
      state?.close();
      process.exit(0);
    }, 5_000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  // Started by a package manager (npx, pnpm exec, pnpm mock): it may die without passing the signal on.
  if (env.npm_command !== undefined || env.npm_lifecycle_event !== undefined) {
    watchParent(() => stop('the package manager that started it exited'));
  }

  const controlLines = server.controlToken
    ? [
        `  control API (${server.url}/__mock) needs: Authorization: Bearer ${server.controlToken}`,
        `  dashboard: ${server.url}/__mock/ui?token=${server.controlToken}`,
      ]
    : isLoopbackHost(server.host)
      ? []
      : [
          `  WARNING: --no-control-token on ${server.host}: anyone who reaches this port may mint keys, reset the world and inject faults`,
        ];
  if (options.quiet) {
    process.stdout.write(`${server.url}\n`);
    // The URL alone on stdout, as scripts expect; the token still reaches the person who started it.
    for (const line of controlLines) process.stderr.write(`${line.trim()}\n`);
    return undefined;
  }
  const world = mock.world;
  const companies = world.companies();
  const key = world.options.apiKey;
  const lines = [
    `Solar Proof mock listening on ${server.url}`,
    `  seed ${world.options.seed}, ${companies.length} companies, ${world.customerCount(companies[0]?.id ?? 0)} customers in the default one`,
    ...controlLines,
    `  profile ${mock.interpretation.label} (GET /__mock/interpretations lists every reading)`,
    ...(state
      ? [
          `  state kept in ${options.state}: ${state.restored} changes restored${state.droppedTornLine ? ' (a torn last line, never acknowledged, was dropped)' : ''}`,
        ]
      : []),
    '',
    'API keys (these are fake; a live key never belongs here):',
    ...companies.slice(0, 2).map((company) => `  ${company.name}: ${company.apiKeys[0]}`),
    '',
    'Try:',
    `  curl "${server.url}/apidata.php?action=getallcustomers&page=1&api_key=${key}"`,
    server.controlToken
      ? `  curl -H "Authorization: Bearer ${server.controlToken}" ${server.url}/__mock   # the control API`
      : `  curl ${server.url}/__mock            # the control API`,
    `  open ${server.url}/__mock/ui         # the dashboard: world, live traffic, webhooks, controls`,
    `  curl ${server.url}/__mock/health     # readiness: {"ok":true}`,
    '',
    'Ctrl-C stops it. Requests are logged below (--quiet turns that off).',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return undefined;
}

/** How long one turn of background seeding may keep a request waiting. */
const SEED_SLICE_MS = 1;

/**
 * Seeds the rest of the world between requests once the fake listens, in turns of about
 * SEED_SLICE_MS: the first pages answer as soon as they are seeded (a request that needs more than
 * is seeded seeds it first), the world is whole soon after, and a request that arrives meanwhile
 * (the first one, typically, right after the URL is printed) waits for one short turn at most, not
 * for hundreds of customers written by code not yet warm.
 */
function seedInBackground(world: { seedAhead(customers: number): boolean }): void {
  const step = (): void => {
    const until = performance.now() + SEED_SLICE_MS;
    do {
      if (world.seedAhead(2)) return;
    } while (performance.now() < until);
    setImmediate(step);
  };
  setImmediate(step);
}
