import { describe } from 'vitest';
import { defineScenarios } from './scenarios/define-scenarios.js';
import { mswTarget } from './support/msw-target.js';

describe('the mock in-process, through MSW', () => {
  defineScenarios(() => mswTarget());
});
