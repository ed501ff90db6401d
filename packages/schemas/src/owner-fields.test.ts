import { describe, expect, test } from 'vitest';
import { OwnerUserInfo } from './generated/zod.js';
import { fromOwnerUserInfo, OWNER_USER_INFO_KEYS, type Owner, toOwnerUserInfo } from './owner-fields.js';

const owner: Owner = {
  id: 3001,
  firstName: 'Ada',
  lastName: 'Lovelace',
  phone: '0412 345 678',
  email: 'ada@example.com.au',
  workTitle: 'Installer',
  username: 'ada',
};
const info: OwnerUserInfo = {
  user_id: '3001',
  first_name: 'Ada',
  last_name: 'Lovelace',
  phone_number: '0412 345 678',
  email: 'ada@example.com.au',
  work_title: 'Installer',
  username: 'ada',
};

describe('the owner fields', () => {
  test('name every key of owner_user_info exactly once', () => {
    expect(Object.values(OWNER_USER_INFO_KEYS).sort()).toEqual(Object.keys(OwnerUserInfo.shape).sort());
  });

  test('turn an owner into the owner_user_info the spec describes, the id as a string', () => {
    expect(toOwnerUserInfo(owner)).toEqual(info);
    expect(OwnerUserInfo.safeParse(toOwnerUserInfo(owner)).success).toBe(true);
  });

  test('turn owner_user_info back into the same owner, the id as a number', () => {
    expect(fromOwnerUserInfo(info)).toEqual(owner);
    expect(fromOwnerUserInfo(toOwnerUserInfo(owner))).toEqual(owner);
  });

  test('read each text field through the given reader', () => {
    const unset = { ...info, work_title: null, username: undefined };
    const text = (value: unknown) => (typeof value === 'string' ? value : '');
    expect(fromOwnerUserInfo(unset, text)).toEqual({ ...owner, workTitle: '', username: '' });
  });
});
