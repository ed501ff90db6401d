import { InterpretationError } from '../interpretations/interpretation-error.js';
import { PROFILE_NAMES } from '../interpretations/profiles.js';
import { type Interpretation, resolveInterpretation } from '../interpretations/resolve-interpretation.js';
import { findSwitch } from '../interpretations/switch-catalogue.js';

/** Which readings a matrix runs: named profiles, or every value of one switch over a base profile. */
export interface MatrixSelection {
  /** Default: every built-in profile. */
  profiles?: readonly string[] | undefined;
  /** A switch id or name: one run per value, over `profile`. Wins over `profiles`. */
  switch?: string | undefined;
  /** The base profile of a switch run. Default `documented`. */
  profile?: string | undefined;
}

/** One run of a matrix: its options for the fake, and the interpretation they give. */
export interface MatrixEntry {
  readonly options: { profile: string; interpret?: Record<string, string> };
  readonly interpretation: Interpretation;
}

/**
 * The runs a selection asks for, each checked (throws an InterpretationError on an unknown
 * profile or switch).
 *
 * @example
 * matrixEntries({ switch: 'I-7' }).map((e) => e.interpretation.label);
 * // ['documented I-7=not-found', 'documented I-7=empty-array', 'documented I-7=empty-first-page']
 */
export function matrixEntries(selection: MatrixSelection = {}): MatrixEntry[] {
  if (selection.switch !== undefined) {
    const found = findSwitch(selection.switch);
    if (!found)
      throw new InterpretationError(`Unknown interpretation switch '${selection.switch.slice(0, 40)}'`);
    const profile = selection.profile ?? 'documented';
    return found.alternatives.map(({ value }) => {
      const options = { profile, interpret: { [found.id]: value } };
      return { options, interpretation: resolveInterpretation(options) };
    });
  }
  const profiles = selection.profiles ?? PROFILE_NAMES;
  if (profiles.length === 0) throw new InterpretationError('No profile to run: name at least one');
  return profiles.map((profile) => ({
    options: { profile },
    interpretation: resolveInterpretation({ profile }),
  }));
}
