import { type InverterModel, inverterModels, MAX_OVERSIZING } from './inverter-models.js';
import type { Random } from './random.js';

/** The inverters of one project. */
export interface InverterChoice {
  readonly model: InverterModel;
  readonly quantity: number;
}

const large = inverterModels.filter((model) => model.kw >= 20);

/**
 * Inverters that fit a system of `systemKw`: one inverter rated between a third under and a fifth
 * over the panels when one exists, else the smallest that fits, else several large ones.
 *
 * @example
 * chooseInverter(random, 2.24); // { model: Zeversolar 3kW, quantity: 1 }
 */
export function chooseInverter(random: Random, systemKw: number): InverterChoice {
  const needed = systemKw / MAX_OVERSIZING;
  const snug = inverterModels.filter((model) => model.kw >= needed && model.kw <= systemKw * 1.2);
  if (snug.length > 0) return { model: random.pick(snug), quantity: 1 };
  const smallestFit = inverterModels.find((model) => model.kw >= needed);
  if (smallestFit) return { model: smallestFit, quantity: 1 };
  const model = random.pick(large);
  return { model, quantity: Math.ceil(needed / model.kw) };
}
