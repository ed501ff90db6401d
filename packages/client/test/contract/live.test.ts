import { describe } from 'vitest';
import { DEFAULT_BASE_URL } from '../../src/client-options.js';
import { defineContract } from './define-contract.js';
import { LIVE_SKIP_LINE, readLiveEnv } from './live-env.js';
import { createLiveTarget } from './live-target.js';

const config = readLiveEnv();
if (!config) console.log(LIVE_SKIP_LINE);

// Without a key the cases are still defined, so they are reported as skipped rather than absent;
// the placeholder is never opened.
describe.skipIf(!config)('live Solar Proof API', () => {
  defineContract(createLiveTarget(config ?? { apiKey: '', baseUrl: DEFAULT_BASE_URL, writes: false }));
});
