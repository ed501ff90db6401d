import { describe, expect, it } from 'vitest';
import { InterpretationError } from './interpretation-error.js';
import { parseProfile } from './parse-profile.js';
import { PROFILE_NAMES, PROFILES } from './profiles.js';
import { resolveInterpretation } from './resolve-interpretation.js';
import { SWITCHES } from './switch-catalogue.js';

describe('resolveInterpretation', () => {
  it('gives every switch its first alternative under the default profile', () => {
    const resolved = resolveInterpretation();
    expect(resolved.profile).toBe('documented');
    expect(resolved.label).toBe('documented');
    for (const s of SWITCHES) expect(resolved.switches[s.id]).toBe(s.alternatives[0].value);
    expect(resolved.inSpec).toBe(true);
  });

  it.each(PROFILE_NAMES)('applies every switch profile %s names', (name) => {
    const resolved = resolveInterpretation({ profile: name });
    for (const [id, value] of Object.entries(PROFILES[name].switches)) {
      expect(resolved.switches[id as keyof typeof resolved.switches]).toBe(value);
    }
  });

  const overrides: [
    string,
    { interpret: Record<string, string> | string[]; want: Record<string, string> },
  ][] = [
    ['an id in a record', { interpret: { 'I-7': 'empty-array' }, want: { 'I-7': 'empty-array' } }],
    [
      'a SWITCH=VALUE list',
      {
        interpret: ['I-7=empty-array', 'U-1=always-200'],
        want: { 'I-7': 'empty-array', 'U-1': 'always-200' },
      },
    ],
    [
      'a switch name',
      { interpret: ['pagination-end=empty-first-page'], want: { 'I-7': 'empty-first-page' } },
    ],
    ['an id in lower case', { interpret: ['i-29=rejected'], want: { 'I-29': 'rejected' } }],
  ];
  it.each(overrides)('lets single switches override the profile: %s', (_name, { interpret, want }) => {
    const resolved = resolveInterpretation({ profile: 'lenient-php', interpret });
    expect(resolved.switches).toMatchObject(want);
    expect(resolved.switches['U-3']).toBe('lenient-php');
  });

  it('labels overrides after the profile name', () => {
    expect(resolveInterpretation({ profile: 'strictest', interpret: ['I-7=empty-array'] }).label).toBe(
      'strictest I-7=empty-array',
    );
  });

  it('marks an interpretation the response schemas do not describe', () => {
    expect(resolveInterpretation({ interpret: ['U-2=null'] }).inSpec).toBe(false);
    expect(resolveInterpretation({ interpret: ['I-4=kw-string'] }).inSpec).toBe(true);
  });

  const bad: [string, Parameters<typeof resolveInterpretation>[0], RegExp][] = [
    [
      'an unknown profile',
      { profile: 'php' },
      /Unknown profile 'php': one of documented, lenient-php, strictest/,
    ],
    ['an unknown switch', { interpret: ['I-99=x'] }, /Unknown interpretation switch 'I-99'.*one of I-7, U-1/],
    [
      'an unknown value',
      { interpret: { 'I-7': 'maybe' } },
      /Unknown value 'maybe' for I-7 \(pagination-end\).*one of not-found, empty-array, empty-first-page/,
    ],
    ['a pair without =', { interpret: ['I-7'] }, /Expected SWITCH=VALUE/],
    ['an unknown base', { profile: { name: 'x', basedOn: 'nope', switches: {} } }, /Unknown basedOn 'nope'/],
  ];
  it.each(bad)('rejects %s with an error naming the valid choices', (_name, options, message) => {
    expect(() => resolveInterpretation(options)).toThrow(InterpretationError);
    expect(() => resolveInterpretation(options)).toThrow(message);
  });
});

describe('parseProfile', () => {
  it('reads a profile file over a built-in base', () => {
    const profile = parseProfile({ name: 'ours', basedOn: 'lenient-php', switches: { 'I-7': 'not-found' } });
    const resolved = resolveInterpretation({ profile });
    expect(resolved.profile).toBe('ours');
    expect(resolved.switches['I-7']).toBe('not-found');
    expect(resolved.switches['U-1']).toBe('always-200');
  });

  const bad: [string, unknown, RegExp][] = [
    ['not an object', 'documented', /is not a profile/],
    ['no switches', { name: 'x' }, /switches/],
    ['an extra key', { name: 'x', switches: {}, extra: 1 }, /extra/],
    [
      'a bad switch value',
      { name: 'x', switches: { 'I-7': 'sometimes' } },
      /Unknown value 'sometimes' for I-7/,
    ],
  ];
  it.each(bad)('rejects %s', (_name, json, message) => {
    expect(() => parseProfile(json, 'p.json')).toThrow(message);
  });
});

describe('the catalogue', () => {
  it('gives every switch a unique id and name, kebab-case values and evidence for each alternative', () => {
    expect(new Set(SWITCHES.map((s) => s.id)).size).toBe(SWITCHES.length);
    expect(new Set(SWITCHES.map((s) => s.name)).size).toBe(SWITCHES.length);
    for (const s of SWITCHES) {
      expect(s.id).toMatch(/^[IU]-[0-9]+$/);
      expect(s.alternatives.length).toBeGreaterThanOrEqual(2);
      for (const a of s.alternatives) {
        expect(a.value).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(a.evidence.length).toBeGreaterThan(0);
      }
    }
  });
});
