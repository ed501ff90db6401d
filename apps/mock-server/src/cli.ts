#!/usr/bin/env node
import { isLoopbackHost } from './core/control-token.js';
import { createMockApi } from './mock/create-mock-api.js';
import { parseCliOptions, USAGE } from './node/cli-options.js';
import { startMockServer } from './node/start-mock-server.js';
import { openStateFile, readStateOptions, type StateFile, StateFileError } from './node/state-file.js';
import type { WorldOptions } from './world/types.js';

const parsed = parseCliOptions(process.argv.slice(2));
if (!parsed.ok) {
  process.stderr.write(`${parsed.message}\n`);
  process.exit(2);
}
const options = parsed.options;
if (options.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}

const fail = (message: string): never => {
  process.stderr.write(`solarproof-mock: ${message}\n`);
  process.exit(1);
};

let worldOptions: WorldOptions = {
  seed: options.seed,
  customers: options.customers,
  ...(options['api-key'] ? { apiKey: options['api-key'] } : {}),
};
let state: StateFile | undefined;
try {
  // The file's seed and sizes win; its key digest is checked against this --api-key when it opens.
  if (options.state) worldOptions = { ...worldOptions, ...readStateOptions(options.state) };
} catch (error) {
  fail(error instanceof StateFileError ? error.message : String(error));
}
const mock = createMockApi({ ...worldOptions, webhooks: { version: options['webhook-version'] } });
try {
  if (options.state) state = openStateFile(options.state, mock);
} catch (error) {
  fail(
    error instanceof StateFileError
      ? error.message
      : `cannot use ${options.state}: ${(error as Error).message}`,
  );
}

const server = await startMockServer({
  port: options.port,
  host: options.host,
  mock,
  ...(options['no-control-token'] ? { controlToken: false as const } : {}),
  ...(options['control-token'] ? { controlToken: options['control-token'] } : {}),
}).catch((error: NodeJS.ErrnoException) => {
  const hint = error.code === 'EADDRINUSE' ? ` (port ${options.port} is taken: try --port 0)` : '';
  return fail(`could not start: ${error.message}${hint}`);
});

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

const world = mock.world;
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
  for (const line of controlLines) process.stderr.write(`${line.trim()}\n`);
} else {
  const companies = world.companies();
  const key = world.options.apiKey;
  const lines = [
    `Solar Proof mock listening on ${server.url}`,
    `  seed ${world.options.seed}, ${companies.length} companies, ${world.customerCount(companies[0]?.id ?? 0)} customers in the default one`,
    ...controlLines,
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
    '',
    'Ctrl-C stops it.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
