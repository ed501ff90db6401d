import { describe } from 'vitest';
import { defineInterpretationScenarios } from './interpretations/define-interpretation-scenarios.js';
import { mswTarget } from './support/msw-target.js';

describe('every reading of the docs, in-process through MSW', () => {
  defineInterpretationScenarios(mswTarget);
});
