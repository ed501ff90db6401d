import { describe, expect, test } from 'vitest';
import { ResponseTooLargeError } from './errors/response-too-large-error.js';
import { readCappedText } from './read-capped-text.js';

const context = {
  action: 'getallcustomers' as const,
  limitBytes: 64,
  url: 'http://x/',
  redact: (text: string) => text,
};

/** A response whose body arrives in exactly these chunks. */
function responseOf(chunks: Uint8Array[]): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  return new Response(body);
}

const bytes = (text: string) => new TextEncoder().encode(text);
const euro = bytes('€'); // three bytes

describe('readCappedText', () => {
  test.each<[string, Uint8Array[], string]>([
    ['a body in one chunk', [bytes('[{"a":"b"}]')], '[{"a":"b"}]'],
    ['a body in several chunks', [bytes('[{"a"'), bytes(':"b"'), bytes('}]')], '[{"a":"b"}]'],
    [
      'a character split across chunks',
      [
        Uint8Array.of(0x22, ...euro.subarray(0, 1)),
        euro.subarray(1, 2),
        Uint8Array.of(...euro.subarray(2), 0x22),
      ],
      '"€"',
    ],
    ['a body of empty chunks around one', [new Uint8Array(0), bytes('[]'), new Uint8Array(0)], '[]'],
    ['a body without chunks', [], ''],
    [
      'a byte-order mark at the start, dropped as a decoder does',
      [Uint8Array.of(0xef, 0xbb, 0xbf, 0x5b, 0x5d)],
      '[]',
    ],
    ['a broken character, replaced', [Uint8Array.of(0x22, 0xe2, 0x82, 0x22)], '"\uFFFD"'],
  ])('reads %s as its text', async (_name, chunks, want) => {
    expect(await readCappedText(responseOf(chunks), context)).toBe(want);
  });

  test('a body that passes the limit in its second chunk is refused', async () => {
    const response = responseOf([new Uint8Array(40), new Uint8Array(40)]);
    await expect(readCappedText(response, context)).rejects.toBeInstanceOf(ResponseTooLargeError);
  });
});
