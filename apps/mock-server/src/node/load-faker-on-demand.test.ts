import { expect, test } from 'vitest';
import { loadFaker, preloadFakerWhereNeeded } from './load-faker-on-demand.js';

// One file, one module instance: the order of these tests is the order of a process's life.
test('imports faker at start only where require() of ES modules is turned off, and only once', async () => {
  expect(await preloadFakerWhereNeeded({ require_module: true })).toBe(false);
  expect(await preloadFakerWhereNeeded({ require_module: false })).toBe(true);
  expect(await preloadFakerWhereNeeded({ require_module: false })).toBe(false);
});

test('gives one faker with its Australian locale, however often it is asked', () => {
  const faker = loadFaker();
  expect(loadFaker()).toBe(faker);
  faker.seed(1);
  expect(faker.location.state()).toMatch(/^[A-Z][a-z]+( [A-Z][a-z]+)*$/);
  expect(faker.rawDefinitions.metadata?.code).toBe('en_AU');
});
