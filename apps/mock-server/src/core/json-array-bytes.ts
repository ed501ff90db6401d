/** A JSON array's UTF-8 bytes, with what each item was rendered from and where its bytes end. */
export interface JsonArrayBytes {
  /**
   * What the items were rendered from, the same number of values for each (compared by identity:
   * the same values, the same text).
   */
  readonly keys: readonly unknown[];
  readonly count: number;
  /** `ends[i]`: the offset just past item i's bytes. */
  readonly ends: readonly number[];
  readonly bytes: Uint8Array;
}

const encoder = new TextEncoder();
const ASCII = /^[^\u0080-\uffff]*$/;

/**
 * The bytes of `[text0,text1,...]`, where `texts[i]` is rendered from the i-th run of `keys`
 * (`keys.length / texts.length` values each). Items of `previous` rendered from the same values at
 * the same place are copied as bytes: a page where one customer changed encodes only that
 * customer, instead of the whole page again.
 */
export function jsonArrayBytes(
  keys: readonly unknown[],
  texts: readonly string[],
  previous?: JsonArrayBytes,
): JsonArrayBytes {
  const count = texts.length;
  const reuse =
    previous !== undefined && previous.count === count && previous.keys.length === keys.length
      ? previous
      : undefined;
  const ends: number[] = [];
  const stride = count === 0 ? 0 : keys.length / count;
  const same = (index: number) => {
    if (!reuse) return false;
    for (let k = index * stride; k < (index + 1) * stride; k += 1)
      if (keys[k] !== reuse.keys[k]) return false;
    return true;
  };
  let changed = 0;
  for (let index = 0; index < count && reuse; index += 1) if (!same(index)) changed += 1;
  // Many small encodes cost more than one of the whole page (a deletion shifts every later item).
  if (!reuse || changed * 4 > count) {
    let at = 1;
    for (const text of texts) {
      at += ASCII.test(text) ? text.length : utf8Length(text);
      ends.push(at);
      at += 1;
    }
    return { keys, count, ends, bytes: encoder.encode(`[${texts.join(',')}]`) };
  }
  const startOf = (index: number) => (index === 0 ? 1 : (reuse.ends[index - 1] as number) + 1);
  const fresh = texts.map((text, index) => (same(index) ? undefined : encoder.encode(text)));
  let total = count === 0 ? 2 : count + 1;
  for (let index = 0; index < count; index += 1) {
    total += fresh[index]?.byteLength ?? (reuse.ends[index] as number) - startOf(index);
  }
  const bytes = new Uint8Array(total);
  bytes[0] = 0x5b; // [
  let at = 1;
  let index = 0;
  while (index < count) {
    if (index > 0) bytes[at++] = 0x2c; // ,
    const own = fresh[index];
    if (own) {
      bytes.set(own, at);
      at += own.byteLength;
      ends.push(at);
      index += 1;
      continue;
    }
    // A run of unchanged items, with the commas between them, is one copy.
    let last = index;
    while (last + 1 < count && !fresh[last + 1]) last += 1;
    const from = startOf(index);
    const to = reuse.ends[last] as number;
    bytes.set(reuse.bytes.subarray(from, to), at);
    for (let item = index; item <= last; item += 1) ends.push(at + (reuse.ends[item] as number) - from);
    at += to - from;
    index = last + 1;
  }
  bytes[at] = 0x5d; // ]
  return { keys, count, ends, bytes };
}

/** The UTF-8 size of `text` (a lone surrogate is written as U+FFFD, 3 bytes, as TextEncoder does). */
function utf8Length(text: string): number {
  let size = text.length;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) continue;
    if (code < 0x800) size += 1;
    else {
      // 3 bytes for one code unit, or 4 for a surrogate pair's two.
      size += 2;
      const next = text.charCodeAt(index + 1);
      if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) index += 1;
    }
  }
  return size;
}
