import type { MockResponse } from './mock-request.js';

/** Most answers kept per memo; a full memo starts again empty (it holds hot pages, not a world). */
const MAX_KEPT = 64;

interface Memo {
  revision: number;
  answers: Map<string, MockResponse>;
}

const memos = new WeakMap<object, Memo>();

/**
 * The answer of `key` already given at this world `revision`, else `answer()`'s, kept for the next
 * request. A cache hit still compares every record a page shows; while the world has not changed
 * at all, the same request answers the same, so this skips that comparison. Kept per `owner` (a
 * mock's page cache), emptied whenever the revision moves on.
 *
 * @example
 * return answerAtRevision(cache, world.revision(), key, () => handler(context));
 */
export function answerAtRevision(
  owner: object,
  revision: number,
  key: string,
  answer: () => MockResponse,
): MockResponse {
  let memo = memos.get(owner);
  if (memo === undefined || memo.revision !== revision) {
    memo = { revision, answers: new Map() };
    memos.set(owner, memo);
  }
  const kept = memo.answers.get(key);
  if (kept !== undefined) return kept;
  const fresh = answer();
  if (memo.answers.size >= MAX_KEPT) memo.answers.clear();
  memo.answers.set(key, fresh);
  return fresh;
}
