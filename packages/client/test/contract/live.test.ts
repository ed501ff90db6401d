import { startProxy } from '@solarproof/mock-server/node';
import { afterAll, describe } from 'vitest';
import { DEFAULT_BASE_URL } from '../../src/client-options.js';
import { defineContract } from './define-contract.js';
import { LIVE_SKIP_LINE, readLiveEnv } from './live-env.js';
import { createLiveTarget } from './live-target.js';

const config = readLiveEnv();
if (!config) console.log(LIVE_SKIP_LINE);

// SOLARPROOF_LIVE_REPORT=drift: the suite goes through the validating proxy, which writes its drift
// report when the suite ends.
const proxy =
  config?.report === undefined
    ? undefined
    : await startProxy({
        target: config.baseUrl,
        port: 0,
        allowWrites: config.writes,
        report: config.report,
      });
afterAll(async () => {
  const written = await proxy?.close();
  if (written) console.log(`live contract: drift report in ${written.join(', ')}`);
});

// Without a key the cases are still defined, so they are reported as skipped rather than absent;
// the placeholder is never opened.
describe.skipIf(!config)('live Solar Proof API', () => {
  const live = config ?? { apiKey: '', baseUrl: DEFAULT_BASE_URL, writes: false };
  defineContract(createLiveTarget(proxy ? { ...live, baseUrl: proxy.url } : live));
});
