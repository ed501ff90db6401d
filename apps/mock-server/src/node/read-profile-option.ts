import { readFileSync } from 'node:fs';
import { InterpretationError } from '../interpretations/interpretation-error.js';
import { parseProfile } from '../interpretations/parse-profile.js';
import { PROFILES } from '../interpretations/profiles.js';
import {
  type InterpretationOptions,
  resolveInterpretation,
} from '../interpretations/resolve-interpretation.js';

/**
 * `--profile NAME|FILE` and `--interpret ID=VALUE...` as mock options, checked: a built-in name, or
 * a JSON profile file read here (the only I/O of interpretations).
 */
export function readProfileOption(
  profile: string | undefined,
  interpret: readonly string[],
): { ok: true; options: InterpretationOptions } | { ok: false; message: string } {
  try {
    const options: InterpretationOptions = {
      ...(profile === undefined ? {} : { profile: profile in PROFILES ? profile : readProfileFile(profile) }),
      ...(interpret.length > 0 ? { interpret } : {}),
    };
    resolveInterpretation(options);
    return { ok: true, options };
  } catch (error) {
    if (error instanceof InterpretationError) return { ok: false, message: error.message };
    throw error;
  }
}

function readProfileFile(path: string) {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const why =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new InterpretationError(
      `--profile ${path.slice(0, 200)}: not a built-in profile (${Object.keys(PROFILES).join(', ')}) and ${why}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InterpretationError(`--profile ${path.slice(0, 200)}: the file is not valid JSON`);
  }
  return parseProfile(json, `--profile ${path.slice(0, 200)}`);
}
