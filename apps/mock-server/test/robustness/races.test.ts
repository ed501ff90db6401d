import { racesSuite } from './races-suite.js';

// The default tier's small run; races.long.test.ts is the same suite at the long tier's scale.
racesSuite();
