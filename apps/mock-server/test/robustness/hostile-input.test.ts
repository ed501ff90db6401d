import { hostileInputSuite } from './hostile-input-suite.js';

// The default tier's small run; hostile-input.long.test.ts is the same suite at the long tier's scale.
hostileInputSuite();
