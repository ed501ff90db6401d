import { InterpretationError } from './interpretation-error.js';
import type { InterpretationSwitch } from './interpretation-types.js';
import { PROFILE_NAMES, PROFILES, type ProfileDefinition } from './profiles.js';
import { findSwitch, SWITCHES, type SwitchValues } from './switch-catalogue.js';

/** The reading of the docs a world or tenant answers by. */
export interface Interpretation {
  /** The profile's name. */
  readonly profile: string;
  /** What answered, for journals and tables: the profile, then any single overrides (`documented I-7=empty-array`). */
  readonly label: string;
  readonly switches: SwitchValues;
  /** Whether every chosen alternative is one the spec's response schemas describe. */
  readonly inSpec: boolean;
}

/** A profile (built-in name or definition) and single switches over it. */
export interface InterpretationOptions {
  profile?: string | ProfileDefinition | undefined;
  /** `{'I-7': 'empty-array'}` or `['I-7=empty-array']`; ids or names; they override the profile. */
  interpret?: Readonly<Record<string, string>> | readonly string[] | undefined;
}

const DEFAULTS = Object.fromEntries(SWITCHES.map((s) => [s.id, s.alternatives[0].value])) as Record<
  string,
  string
>;

/**
 * The interpretation a profile and overrides give. Pure; throws an InterpretationError naming the
 * valid choices for an unknown profile, switch or value.
 *
 * @example
 * resolveInterpretation({ profile: 'lenient-php', interpret: ['I-7=not-found'] }).switches['I-7']; // 'not-found'
 */
export function resolveInterpretation(options: InterpretationOptions = {}): Interpretation {
  const profile = profileDefinition(options.profile ?? 'documented');
  const values: Record<string, string> = { ...DEFAULTS };
  const base = profile.basedOn ?? 'documented';
  if (base !== profile.name) {
    Object.assign(values, switchValues(builtInProfile(base, 'basedOn').switches, `profile ${base}`));
  }
  Object.assign(values, switchValues(profile.switches, `profile ${profile.name}`));
  const overrides = switchValues(overrideRecord(options.interpret), '--interpret');
  Object.assign(values, overrides);
  const overrideText = Object.entries(overrides).map(([id, value]) => `${id}=${value}`);
  return {
    profile: profile.name,
    label: [profile.name, ...overrideText].join(' '),
    switches: values as unknown as SwitchValues,
    inSpec: SWITCHES.every((s) => alternativeOf(s, values[s.id] ?? '')?.inSpec !== false),
  };
}

/** The interpretation of the default profile with no overrides. */
export const DOCUMENTED = resolveInterpretation();

function profileDefinition(profile: string | ProfileDefinition): ProfileDefinition {
  return typeof profile === 'string' ? builtInProfile(profile, 'profile') : profile;
}

function builtInProfile(name: string, what: string): ProfileDefinition {
  const found = (PROFILES as Record<string, ProfileDefinition>)[name];
  if (!found) {
    throw new InterpretationError(
      `Unknown ${what} '${name.slice(0, 60)}': one of ${PROFILE_NAMES.join(', ')} (or a profile file)`,
    );
  }
  return found;
}

/** Checks every id and value, and keys the result by id. */
function switchValues(given: Readonly<Record<string, string>>, where: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(given)) {
    const found = findSwitch(key);
    if (!found) {
      throw new InterpretationError(
        `Unknown interpretation switch '${key.slice(0, 40)}' in ${where}: one of ${SWITCHES.map((s) => s.id).join(', ')}`,
      );
    }
    if (typeof value !== 'string' || !alternativeOf(found, value)) {
      throw new InterpretationError(
        `Unknown value '${String(value).slice(0, 40)}' for ${found.id} (${found.name}) in ${where}: one of ${found.alternatives.map((a) => a.value).join(', ')}`,
      );
    }
    out[found.id] = value;
  }
  return out;
}

function overrideRecord(interpret: InterpretationOptions['interpret']): Record<string, string> {
  if (interpret === undefined) return {};
  if (!Array.isArray(interpret)) return { ...(interpret as Record<string, string>) };
  const out: Record<string, string> = {};
  for (const pair of interpret as readonly string[]) {
    const at = pair.indexOf('=');
    if (at <= 0) {
      throw new InterpretationError(
        `Expected SWITCH=VALUE such as I-7=empty-array, got '${pair.slice(0, 60)}'`,
      );
    }
    out[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
  }
  return out;
}

function alternativeOf(s: InterpretationSwitch, value: string) {
  return s.alternatives.find((a) => a.value === value);
}
