/** Interpretation switches: every plausible reading of the points the docs leave open. */

export { InterpretationError } from './interpretation-error.js';
export type { Alternative, Evidence, InterpretationSwitch } from './interpretation-types.js';
export { parseProfile } from './parse-profile.js';
export type { ProfileDefinition, ProfileName } from './profiles.js';
export { DEFAULT_PROFILE, PROFILE_NAMES, PROFILES } from './profiles.js';
export type { Interpretation, InterpretationOptions } from './resolve-interpretation.js';
export { DOCUMENTED, resolveInterpretation } from './resolve-interpretation.js';
export type { SwitchId, SwitchValues } from './switch-catalogue.js';
export { findSwitch, SWITCHES } from './switch-catalogue.js';
