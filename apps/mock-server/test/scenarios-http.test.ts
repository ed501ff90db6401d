import { describe } from 'vitest';
import { defineScenarios } from './scenarios.js';
import { httpTarget } from './support/http-target.js';

describe('the mock over HTTP', () => {
  defineScenarios(() => httpTarget());
});
