import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ChangeHistory } from './change-history.js';

describe('ChangeHistory', () => {
  test('answers the customers touched since a revision as long as every later revision is kept and touched customers only', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.array(fc.integer({ min: 1, max: 20 }), { maxLength: 3 }), { nil: null }), {
          maxLength: 40,
        }),
        fc.integer({ min: 1, max: 12 }),
        (revisions, limit) => {
          const history = new ChangeHistory(limit);
          for (const touched of revisions) history.record(touched);
          expect(history.newest).toBe(revisions.length);
          for (let since = -1; since <= revisions.length + 1; since += 1) {
            const later = revisions.slice(Math.max(0, since));
            const known =
              since >= 0 &&
              since <= revisions.length &&
              since >= revisions.length - limit &&
              later.every((touched) => touched !== null);
            const answer = history.customersTouchedSince(since);
            if (!known) expect(answer).toBeUndefined();
            else expect([...(answer ?? ['undefined'])].sort()).toEqual(later.flat().sort());
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  test('cannot tell for a revision that is not a whole number', () => {
    const history = new ChangeHistory();
    history.record([1]);
    expect(history.customersTouchedSince(Number.NaN)).toBeUndefined();
    expect(history.customersTouchedSince(0.5)).toBeUndefined();
  });
});
