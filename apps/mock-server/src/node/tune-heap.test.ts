import { describe, expect, test } from 'vitest';
import { tuneHeap } from './tune-heap.js';

describe('tuneHeap', () => {
  test('leaves the heap alone when the node command line gives its own growing percent', () => {
    expect(tuneHeap(20, ['--heap-growing-percent=50'])).toBe(false);
    expect(tuneHeap(20, ['--heap_growing_percent=10'])).toBe(false);
  });

  test('sets the percent it is given otherwise', () => {
    expect(tuneHeap(0, ['--max-old-space-size=4096'])).toBe(true);
  });
});
