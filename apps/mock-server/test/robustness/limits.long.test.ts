import { describe } from 'vitest';
import { createMockApi } from '../../src/index.js';
import { idleConnectionsTest } from './support/idle-connections.js';

// The soak of limits.test.ts at the long tier's scale: 2,000 idle connections.
describe('limits over HTTP, at length', () => {
  const mock = createMockApi({ validateResponses: true, journalLimit: 100 });
  idleConnectionsTest(() => mock);
});
