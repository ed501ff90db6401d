import { describe, expect, test } from 'vitest';
import { jsonTextResponse } from './json-response.js';
import { answerAtRevision } from './revision-memo.js';

const answerer = () => {
  let calls = 0;
  return {
    answer: () => {
      calls += 1;
      return jsonTextResponse(200, `[${calls}]`);
    },
    calls: () => calls,
  };
};

describe('answerAtRevision', () => {
  test('answers a key again from the memo while the revision stays the same', () => {
    const owner = {};
    const { answer, calls } = answerer();
    const first = answerAtRevision(owner, 1, 'page:1', answer);
    expect(answerAtRevision(owner, 1, 'page:1', answer)).toBe(first);
    expect(calls()).toBe(1);
  });

  test('asks again once the revision has moved on', () => {
    const owner = {};
    const { answer, calls } = answerer();
    const first = answerAtRevision(owner, 1, 'page:1', answer);
    const second = answerAtRevision(owner, 2, 'page:1', answer);
    expect(second).not.toBe(first);
    expect(second.body).toBe('[2]');
    expect(calls()).toBe(2);
  });

  test('keeps each key and each owner apart', () => {
    const [a, b] = [{}, {}];
    const { answer, calls } = answerer();
    answerAtRevision(a, 1, 'page:1', answer);
    answerAtRevision(a, 1, 'page:2', answer);
    answerAtRevision(b, 1, 'page:1', answer);
    expect(calls()).toBe(3);
  });

  test('a full memo starts again empty rather than growing', () => {
    const owner = {};
    const { answer, calls } = answerer();
    for (let page = 0; page <= 64; page += 1) answerAtRevision(owner, 1, `page:${page}`, answer);
    answerAtRevision(owner, 1, 'page:1', answer);
    expect(calls()).toBe(66);
  });
});
