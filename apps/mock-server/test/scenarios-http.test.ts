import { describe } from 'vitest';
import { defineScenarios } from './scenarios/define-scenarios.js';
import { httpTarget } from './support/http-target.js';

describe('the mock over HTTP', () => {
  defineScenarios(() => httpTarget());
});
