import { describe, expect, it } from 'vitest';
import { changedSince } from './company-records.js';

const r = (id: number) => Object.freeze({ id });
const [one, two, three, four] = [r(1), r(2), r(3), r(4)];
const twoChanged = r(2);

describe('changedSince', () => {
  it.each([
    ['nothing when both lists hold the same records', [one, two], [one, two], [], []],
    [
      'a record added since as gone, one removed since as back',
      [one, three, four],
      [one, two, three],
      [four],
      [two],
    ],
    ['a record replaced since as both gone and back', [one, twoChanged], [one, two], [twoChanged], [two]],
    ['everything when one list is empty', [], [one, two], [], [one, two]],
  ])('finds %s', (_name, now, then, gone, back) => {
    const found = changedSince(now, then);
    expect(found.gone).toEqual(gone);
    expect(found.gone.every((record, i) => record === gone[i])).toBe(true);
    expect(found.back.every((record, i) => record === back[i])).toBe(true);
    expect(found.back).toHaveLength(back.length);
  });
});
