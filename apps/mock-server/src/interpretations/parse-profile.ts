import { z } from 'zod';
import { InterpretationError } from './interpretation-error.js';
import type { ProfileDefinition } from './profiles.js';
import { resolveInterpretation } from './resolve-interpretation.js';

const ProfileFile = z.strictObject({
  name: z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'a kebab-case name of at most 60 characters'),
  basedOn: z.string().max(60).optional(),
  switches: z.record(z.string().max(60), z.string().max(60)),
});

/**
 * Checks the JSON of a profile file (`{"name", "basedOn"?, "switches"}`): its shape, its base
 * profile, and every switch and value. Throws an InterpretationError saying what is wrong.
 *
 * @example
 * parseProfile(JSON.parse('{"name":"ours","basedOn":"documented","switches":{"I-7":"empty-array"}}'));
 */
export function parseProfile(json: unknown, where = 'the profile'): ProfileDefinition {
  const parsed = ProfileFile.safeParse(json);
  if (!parsed.success) {
    throw new InterpretationError(`${where} is not a profile: ${z.prettifyError(parsed.error)}`);
  }
  const profile: ProfileDefinition = {
    name: parsed.data.name,
    switches: parsed.data.switches,
    ...(parsed.data.basedOn === undefined ? {} : { basedOn: parsed.data.basedOn }),
  };
  resolveInterpretation({ profile }); // throws on an unknown base, switch or value
  return profile;
}
