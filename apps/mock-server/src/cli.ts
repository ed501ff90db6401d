#!/usr/bin/env node
import { parseCliOptions, USAGE } from './node/cli-options.js';
import { startMockServer } from './node/start-mock-server.js';
import { DEFAULT_API_KEY } from './world/create-world.js';

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

const server = await startMockServer({
  port: options.port,
  host: options.host,
  seed: options.seed,
  customers: options.customers,
  ...(options['api-key'] ? { apiKey: options['api-key'] } : {}),
}).catch((error: NodeJS.ErrnoException) => {
  const hint = error.code === 'EADDRINUSE' ? ` (port ${options.port} is taken: try --port 0)` : '';
  process.stderr.write(`solarproof-mock: could not start: ${error.message}${hint}\n`);
  process.exit(1);
});

const key = options['api-key'] ?? DEFAULT_API_KEY;
if (options.quiet) {
  process.stdout.write(`${server.url}\n`);
} else {
  const companies = server.mock.world.companies();
  const lines = [
    `Solar Proof mock listening on ${server.url}`,
    `  seed ${options.seed}, ${companies.length} companies, ${server.mock.world.customerCount(companies[0]?.id ?? 0)} customers in the default one`,
    '',
    'API keys (these are fake; the live key never belongs here):',
    ...companies.map((company) => `  ${company.name}: ${company.apiKeys[0]}`),
    '',
    'Try:',
    `  curl "${server.url}/apidata.php?action=getallcustomers&page=1&api_key=${key}"`,
    `  curl ${server.url}/__mock            # the control API`,
    '',
    'Ctrl-C stops it.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  if (!options.quiet) process.stdout.write(`\n${signal}: finishing requests in flight, then stopping\n`);
  server.close().then(() => process.exit(0));
  // A stuck client must not keep the process alive for ever.
  setTimeout(() => process.exit(0), 5_000).unref();
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
