import { describe } from 'vitest';
import { killNineTest } from './support/kill-nine-test.js';

// The default tier kills after 5 acknowledged writes; here also after 40 and 120, with writes in flight.
describe('--state FILE', () => {
  killNineTest([5, 40, 120]);
});
