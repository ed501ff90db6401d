import type { Target } from '../support/target.js';
import { controlScenarios } from './control-scenarios.js';
import { readScenarios } from './read-scenarios.js';
import { routingScenarios } from './routing-scenarios.js';
import { scenarioContext } from './scenario-context.js';
import { tenantResetScenarios } from './tenant-reset-scenarios.js';
import { webhookActionScenarios } from './webhook-action-scenarios.js';
import { writeScenarios } from './write-scenarios.js';

/**
 * The behaviour of the fake, written once and run through every transport. Each test starts from
 * the seeded world, with the mock checking its own answers against the spec.
 */
export function defineScenarios(makeTarget: () => Promise<Target>): void {
  const context = scenarioContext(makeTarget);
  readScenarios(context);
  writeScenarios(context);
  webhookActionScenarios(context);
  routingScenarios(context);
  controlScenarios(context);
  tenantResetScenarios(context);
}
