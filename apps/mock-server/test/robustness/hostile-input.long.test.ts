import { hostileInputSuite } from './hostile-input-suite.js';

// The full-count run (10,240 requests over HTTP, 20,000 in-process at the long tier's scale of 20).
hostileInputSuite();
