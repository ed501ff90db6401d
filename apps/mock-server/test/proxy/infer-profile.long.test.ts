import { describe, expect, it } from 'vitest';
import { PROFILES } from '../../src/interpretations/profiles.js';
import { SWITCHES } from '../../src/interpretations/switch-catalogue.js';
import { harExchanges } from '../../src/proxy/har-exchanges.js';
import { inferProfile } from '../../src/proxy/infer-profile.js';
import { recordSession } from './recorded-session.js';

const expectRecovered = (inference: ReturnType<typeof inferProfile>, want: Record<string, string>) => {
  const full = Object.fromEntries(SWITCHES.map((s) => [s.id, want[s.id] ?? s.alternatives[0].value]));
  for (const finding of inference.findings) {
    if (finding.value !== null) expect([finding.id, finding.value]).toEqual([finding.id, full[finding.id]]);
  }
  // Every switch the profile sets away from the default is one this traffic shows.
  for (const id of Object.keys(want)) {
    expect(inference.findings.find((f) => f.id === id)?.value, id).toBe(want[id]);
  }
};

describe('infer on a recording of the fake', () => {
  for (const name of ['documented', 'lenient-php', 'strictest'] as const) {
    it(`recovers the ${name} profile for every switch the traffic shows`, async () => {
      const har = await recordSession({ profile: name });
      const inference = inferProfile(harExchanges(har));
      expectRecovered(inference, PROFILES[name].switches as Record<string, string>);
    });
  }
});

describe('infer on a recording of the fake with one switch turned', () => {
  for (const sw of SWITCHES) {
    for (const alt of sw.alternatives.slice(1)) {
      it(`recovers ${sw.id}=${alt.value} when the traffic shows it, and no other switch away from its default`, async () => {
        const har = await recordSession({ interpret: { [sw.id]: alt.value } });
        const inference = inferProfile(harExchanges(har));
        const finding = inference.findings.find((f) => f.id === sw.id);
        if (alt.value === 'empty-first-page') {
          // It differs from not-found only on an empty account, which this session has not: a tie, said so.
          expect([finding?.value, ...(finding?.alsoFits ?? [])]).toContain(alt.value);
        } else expect(finding?.value).toBe(alt.value);
        for (const other of inference.findings) {
          if (other.id !== sw.id && other.value !== null) {
            expect([other.id, other.value]).toEqual([
              other.id,
              SWITCHES.find((s) => s.id === other.id)?.alternatives[0].value,
            ]);
          }
        }
      });
    }
  }
});
