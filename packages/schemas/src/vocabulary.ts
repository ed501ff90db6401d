import type { Customer, CustomerTypeInput } from './generated/zod.js';

type CustomerTypeOutput = Customer['customer_type'];

const inputToOutput: Record<CustomerTypeInput, CustomerTypeOutput> = {
  RESIDENTIAL: 'Residential',
  COMMERCIAL: 'Commercial',
  'LARGE-SCALE': 'Large-Scale',
};

/**
 * The documents spell customer types in upper case on input and title case on output (I-2).
 *
 * @example
 * customerTypeFromInput('LARGE-SCALE'); // 'Large-Scale'
 */
export function customerTypeFromInput(type: CustomerTypeInput): CustomerTypeOutput {
  return inputToOutput[type];
}

/**
 * The input spelling of an output customer type.
 *
 * @example
 * customerTypeToInput('Commercial'); // 'COMMERCIAL'
 */
export function customerTypeToInput(type: CustomerTypeOutput): CustomerTypeInput {
  const found = (Object.keys(inputToOutput) as CustomerTypeInput[]).find(
    (key) => inputToOutput[key] === type,
  );
  if (!found) throw new Error(`Unknown customer type ${type}`);
  return found;
}

/**
 * `system_size` comes as a number of kW (`2.24`) or a string with the unit (`"17.92kW"`) (I-4).
 *
 * @example
 * parseSystemSizeKw('17.92kW'); // 17.92
 */
export function parseSystemSizeKw(size: number | string): number {
  if (typeof size === 'number') return size;
  const match = /^([0-9]+(?:\.[0-9]+)?)\s*kW$/i.exec(size.trim());
  if (!match?.[1]) throw new Error(`Not a system size: ${JSON.stringify(size)}`);
  return Number(match[1]);
}
