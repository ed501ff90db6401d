import { racesSuite } from './races-suite.js';

// The full-count run: 1,000 concurrent creates and 1,200 interleavings at the long tier's scale of 20.
racesSuite();
