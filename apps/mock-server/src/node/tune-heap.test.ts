import { describe, expect, test } from 'vitest';
import { tuneHeap } from './tune-heap.js';

describe('tuneHeap', () => {
  test('leaves the heap alone when the node command line gives its own growing percent', () => {
    expect(tuneHeap(['--heap-growing-percent=50'], '')).toBe(false);
  });

  test('leaves the heap alone when NODE_OPTIONS gives one, in either spelling', () => {
    expect(tuneHeap([], '--max-old-space-size=4096 --heap_growing_percent=10')).toBe(false);
  });

  test('sets it when neither gives one', () => {
    expect(tuneHeap([], '--max-old-space-size=4096')).toBe(true);
  });
});
