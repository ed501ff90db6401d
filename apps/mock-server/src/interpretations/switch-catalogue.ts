import { INPUT_SWITCHES } from './input-switches.js';
import type { InterpretationSwitch } from './interpretation-types.js';
import { OUTPUT_SWITCHES } from './output-switches.js';

/** Every interpretation switch, outputs first. */
export const SWITCHES = [
  ...OUTPUT_SWITCHES,
  ...INPUT_SWITCHES,
] as const satisfies readonly InterpretationSwitch[];

type Catalogue = typeof SWITCHES;
export type SwitchId = Catalogue[number]['id'];

/** The chosen value of every switch, typed per switch. */
export type SwitchValues = {
  readonly [S in Catalogue[number] as S['id']]: S['alternatives'][number]['value'];
};

/** Finds a switch by id (`I-7`, any case) or name (`pagination-end`). */
export function findSwitch(idOrName: string): InterpretationSwitch | undefined {
  const wanted = idOrName.trim().toLowerCase();
  return SWITCHES.find((s) => s.id.toLowerCase() === wanted || s.name === wanted);
}
