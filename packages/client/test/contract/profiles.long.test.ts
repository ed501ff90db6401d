import { describeEachInterpretation } from '@solarproof/mock-server/vitest';
import { defineContract } from './define-contract.js';
import { createMatrixTarget } from './matrix-target.js';
import { CONTRACT_MOCK_OPTIONS } from './mock-session.js';

// The contract suite through the matrix: once per built-in reading of the docs (documented,
// lenient-php, strictest), each on a fresh fake, in-process and over HTTP.
for (const transport of ['msw', 'http'] as const) {
  describeEachInterpretation(
    `client contract, ${transport}`,
    (fake) => defineContract(createMatrixTarget(fake, transport)),
    { transport, mock: CONTRACT_MOCK_OPTIONS },
  );
}
