import { describe } from 'vitest';
import { defineInterpretationScenarios } from './interpretations/define-interpretation-scenarios.js';
import { httpTarget } from './support/http-target.js';

describe('every reading of the docs, over HTTP', () => {
  defineInterpretationScenarios(httpTarget);
});
