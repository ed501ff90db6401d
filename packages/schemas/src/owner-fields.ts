import type { OwnerUserInfo } from './generated/zod.js';

/** A customer's owner in camelCase with a numeric id: the mock's stored user, the client's normalised owner. */
export interface Owner {
  id: number;
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
  workTitle: string;
  username: string;
}

/**
 * Each owner field's key in the API's `owner_user_info`: the one mapping that the mock's customer
 * view and the client's normaliser both read, so the two cannot drift apart.
 */
export const OWNER_USER_INFO_KEYS = {
  id: 'user_id',
  firstName: 'first_name',
  lastName: 'last_name',
  phone: 'phone_number',
  email: 'email',
  workTitle: 'work_title',
  username: 'username',
} as const satisfies { [F in keyof Owner]: keyof OwnerUserInfo };

const fields = Object.keys(OWNER_USER_INFO_KEYS) as (keyof Owner)[];

/**
 * The `owner_user_info` the API sends for `owner`, the id as a string of digits.
 *
 * @example
 * toOwnerUserInfo(user).user_id; // '3001'
 */
export function toOwnerUserInfo(owner: Owner): OwnerUserInfo {
  // A literal, not a loop over the table: the mock renders 50 of these a page.
  const key = OWNER_USER_INFO_KEYS;
  return {
    [key.id]: String(owner.id),
    [key.firstName]: owner.firstName,
    [key.lastName]: owner.lastName,
    [key.phone]: owner.phone,
    [key.email]: owner.email,
    [key.workTitle]: owner.workTitle,
    [key.username]: owner.username,
  };
}

/**
 * The owner an `owner_user_info` describes, the id as a number. `text` reads each text field (the
 * client passes one that turns an unset value into `""`).
 *
 * @example
 * fromOwnerUserInfo(customer.owner_user_info).id; // 3001
 */
export function fromOwnerUserInfo(
  info: { readonly [K in keyof OwnerUserInfo]?: unknown },
  text: (value: unknown) => string = String,
): Owner {
  const owner: Record<string, string | number> = {};
  for (const field of fields) {
    const value = info[OWNER_USER_INFO_KEYS[field]];
    owner[field] = field === 'id' ? Number(value) : text(value);
  }
  return owner as unknown as Owner;
}
