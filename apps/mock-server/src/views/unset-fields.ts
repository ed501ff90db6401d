import type { SwitchValues } from '../interpretations/switch-catalogue.js';

/** A view's type when unset strings may be written as null (interpretation U-2). */
export type WithUnset<T> = T extends string
  ? T | null
  : T extends readonly (infer U)[]
    ? WithUnset<U>[]
    : T extends object
      ? { [K in keyof T]: WithUnset<T[K]> }
      : T;

/**
 * The fields of one flat object with unset values written the way U-2 says: `null` turns every ''
 * into null, `empty-string` every null into '', `as-documented` leaves the view's own forms.
 *
 * @example
 * writeUnset({ phone2: '', uid: null }, 'empty-string'); // { phone2: '', uid: '' }
 */
export function writeUnset<T extends object>(value: T, mode: SwitchValues['U-2']): WithUnset<T> {
  if (mode === 'as-documented') return value as WithUnset<T>;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (mode === 'null' && field === '') out[key] = null;
    else if (mode === 'empty-string' && field === null) out[key] = '';
    else out[key] = field;
  }
  return out as WithUnset<T>;
}
