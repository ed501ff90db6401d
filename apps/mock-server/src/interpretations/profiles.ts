import type { SwitchId } from './switch-catalogue.js';

/** A profile: named switch values over another profile. The JSON of a profile file has this shape. */
export interface ProfileDefinition {
  readonly name: string;
  /** A built-in profile; default `documented`. */
  readonly basedOn?: string;
  /** Switch id (or name) to value; switches left out keep the base profile's value. */
  readonly switches: Readonly<Record<string, string>>;
}

/** The built-in profiles, by name. */
export const PROFILES = {
  /** Every switch at its first alternative: the spec's reading. */
  documented: { name: 'documented', switches: {} },
  /** A typical PHP backend: forgiving about input, 200 for everything, NULL columns as null. */
  'lenient-php': {
    name: 'lenient-php',
    basedOn: 'documented',
    switches: {
      'I-7': 'empty-array',
      'U-1': 'always-200',
      'U-2': 'null',
      'I-5': 'empty-string',
      'I-16': 'datetime',
      'I-3': 'new-contacts',
      'U-3': 'lenient-php',
      'I-24': 'accepted',
      'U-4': 'accepted',
    } satisfies Partial<Record<SwitchId, string>>,
  },
  /** Rejects whatever the pages do not promise, and answers in the forms a client least expects. */
  strictest: {
    name: 'strictest',
    basedOn: 'documented',
    switches: {
      'U-1': 'always-400',
      'U-2': 'null',
      'I-4': 'kw-string',
      'U-3': 'strict',
      'I-29': 'rejected',
      'I-1': 'post-only',
    } satisfies Partial<Record<SwitchId, string>>,
  },
} as const satisfies Record<string, ProfileDefinition>;

export type ProfileName = keyof typeof PROFILES;
export const PROFILE_NAMES = Object.keys(PROFILES) as ProfileName[];
export const DEFAULT_PROFILE: ProfileName = 'documented';
