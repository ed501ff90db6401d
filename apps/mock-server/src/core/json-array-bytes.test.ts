import { describe, expect, test } from 'vitest';
import { jsonArrayBytes } from './json-array-bytes.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const texts = ['{"a":"plain"}', '{"b":"Café ☀"}', '{"c":"🌞 sun"}', '{"d":"\\ud800"}'];
const keys = texts.flatMap((_, index) => [{ item: index }, [index]]);

describe('jsonArrayBytes', () => {
  test('writes the UTF-8 bytes of the JSON array of its items', () => {
    expect(jsonArrayBytes(keys, texts).bytes).toEqual(utf8(`[${texts.join(',')}]`));
    expect(jsonArrayBytes([], []).bytes).toEqual(utf8('[]'));
  });

  test('gives the bytes of the new items when it reuses the unchanged ones of the previous array', () => {
    const first = jsonArrayBytes(keys, texts);
    for (let changed = 0; changed < texts.length; changed += 1) {
      const nextTexts = texts.map((text, index) => (index === changed ? '{"new":"ü ✓ 𝄞"}' : text));
      const nextKeys = keys.map((key, index) => (index === changed * 2 + 1 ? ['changed'] : key));
      const next = jsonArrayBytes(nextKeys, nextTexts, first);
      expect(next.bytes).toEqual(utf8(`[${nextTexts.join(',')}]`));
      // And the array made so serves the next render in turn.
      expect(jsonArrayBytes(nextKeys, nextTexts, next).bytes).toEqual(next.bytes);
    }
  });

  test('copies an item only when every value it was rendered from is the same', () => {
    const first = jsonArrayBytes(keys, texts);
    // Same keys, different text: the old bytes are kept, which is why the keys must be complete.
    expect(jsonArrayBytes(keys, ['{}', '{}', '{}', '{}'], first).bytes).toEqual(first.bytes);
    const moved = jsonArrayBytes(
      [...keys.slice(2), ...keys.slice(0, 2)],
      [...texts.slice(1), texts[0]!],
      first,
    );
    expect(moved.bytes).toEqual(utf8(`[${[...texts.slice(1), texts[0]].join(',')}]`));
    const shorter = jsonArrayBytes(keys.slice(2), texts.slice(1), first);
    expect(shorter.bytes).toEqual(utf8(`[${texts.slice(1).join(',')}]`));
  });
});
