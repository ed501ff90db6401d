import { describe, expect, it } from 'vitest';
import { PROFILE_NAMES, SWITCHES } from '../../src/index.js';
import { interpretationControlScenarios } from './control-scenarios.js';
import { inputSwitchScenarios } from './input-switch-scenarios.js';
import { interpretationContext, type MakeTarget } from './interpretation-context.js';
import { outputSwitchScenarios } from './output-switch-scenarios.js';

// biome-ignore lint/suspicious/noExplicitAny: each switch's scenarios take that switch's values
const scenarios: Record<string, (ctx: any, value: any) => void> = {
  ...outputSwitchScenarios,
  ...inputSwitchScenarios,
};

/** One describe block per value of every switch, each against a fresh fake through `makeTarget`. */
export function defineInterpretationScenarios(makeTarget: MakeTarget): void {
  it('has scenarios for every switch', () => {
    expect(Object.keys(scenarios).sort()).toEqual(SWITCHES.map((s) => s.id).sort());
  });
  for (const s of SWITCHES) {
    for (const { value } of s.alternatives) {
      describe(`${s.id} ${s.name}=${value}`, () => {
        scenarios[s.id]?.(interpretationContext(makeTarget, { interpret: { [s.id]: value } }), value);
      });
    }
  }
  interpretationControlScenarios(makeTarget);
  for (const profile of PROFILE_NAMES) {
    describe(`profile ${profile}`, () => {
      const ctx = interpretationContext(makeTarget, { profile });
      it('records the profile that answered in the journal', async () => {
        await ctx.get({ action: 'getallcustomers' });
        const journal = (await ctx.send({ path: '/__mock/journal' }, null)).json as {
          entries: { profile: string }[];
        };
        expect(journal.entries.at(-1)?.profile).toBe(profile);
      });
    });
  }
}
