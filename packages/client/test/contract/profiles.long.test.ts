import { PROFILE_NAMES } from '@solarproof/mock-server';
import { defineContract } from './define-contract.js';
import { createHttpTarget } from './http-target.js';
import { createInProcessTarget } from './in-process-target.js';

// The contract suite under every built-in reading of the docs, through both transports. The
// documented profile runs in the default tier (in-process.test.ts, http.test.ts).
for (const profile of PROFILE_NAMES.filter((name) => name !== 'documented')) {
  defineContract(createInProcessTarget({ profile }));
  defineContract(createHttpTarget({ profile }));
}
