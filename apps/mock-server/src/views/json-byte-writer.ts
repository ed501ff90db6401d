const encoder = new TextEncoder();

/**
 * Constant JSON text (a key with its punctuation, a vocabulary value): ASCII known to need no
 * escaping, written as it is. Its bytes are kept also as little-endian 32-bit words: keys are most
 * of a customer's bytes, and copying them four bytes a store takes about half the time of one byte
 * a store.
 */
export class JsonText {
  readonly bytes: Uint8Array;
  /** `bytes` four at a time, little-endian, as far as whole words go; the rest are copied bytewise. */
  readonly words: Uint32Array;

  constructor(text: string) {
    this.bytes = encoder.encode(text);
    const words = new Uint32Array(this.bytes.length >>> 2);
    const b = this.bytes;
    for (let i = 0; i < words.length; i += 1) {
      words[i] =
        (b[4 * i] as number) |
        ((b[4 * i + 1] as number) << 8) |
        ((b[4 * i + 2] as number) << 16) |
        ((b[4 * i + 3] as number) << 24);
    }
    this.words = words;
  }
}

const viewOf = (buf: Uint8Array) => new DataView(buf.buffer, buf.byteOffset, buf.byteLength);

/**
 * JSON written straight as UTF-8 bytes into a buffer it is handed, the same bytes as
 * `TextEncoder.encode(JSON.stringify(...))`. A string of printable ASCII (nearly every seeded one)
 * is copied character by character in one pass that also checks it; any other goes through
 * `JSON.stringify` (quotes, backslashes, control characters, lone surrogates) and `encodeInto`.
 * When the buffer is full, `full` is asked for a larger one holding the bytes so far.
 */
export class JsonByteWriter {
  #buf: Uint8Array;
  /** `#buf` as a DataView, for constant text's 32-bit words. */
  #view: DataView;
  at = 0;

  constructor(
    buf: Uint8Array,
    /** Gives the writer a buffer (`use`) with room for `need` more bytes, carrying over what its owner still needs (and `at` to match). */
    private readonly full: (writer: JsonByteWriter, need: number) => void,
  ) {
    this.#buf = buf;
    this.#view = viewOf(buf);
  }

  /** The buffer being written: its bytes so far end at `at`. */
  get buf(): Uint8Array {
    return this.#buf;
  }

  /** Writes into `buf` from now on, at `at` (which the caller sets). */
  use(buf: Uint8Array): void {
    this.#buf = buf;
    this.#view = viewOf(buf);
  }

  /** Room for `need` more bytes. */
  room(need: number): void {
    if (this.at + need > this.#buf.length) this.full(this, need);
  }

  /** Constant JSON text (a key with its punctuation). */
  text(text: JsonText): void {
    const n = text.bytes.length;
    this.room(n);
    this.#copy(text, this.at);
    this.at += n;
  }

  /** `text` at `at`, where there is room for it. */
  #copy(text: JsonText, at: number): void {
    const words = text.words;
    const view = this.#view;
    const whole = words.length;
    for (let i = 0; i < whole; i += 1) view.setUint32(at + 4 * i, words[i] as number, true);
    const bytes = text.bytes;
    const buf = this.#buf;
    for (let i = 4 * whole; i < bytes.length; i += 1) buf[at + i] = bytes[i] as number;
  }

  /** Bytes known to be valid JSON text: an owner's object, written once and then copied (a few hundred bytes, where `set()` wins over a loop). */
  raw(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.#buf.set(bytes, this.at);
    this.at += bytes.length;
  }

  byte(value: number): void {
    this.room(1);
    this.#buf[this.at++] = value;
  }

  /** A JSON string literal. */
  string(value: string): void {
    const n = value.length;
    this.room(n + 2);
    const buf = this.#buf;
    let at = this.at;
    buf[at++] = 0x22;
    for (let i = 0; i < n; i += 1) {
      const code = value.charCodeAt(i);
      // Quotes, backslashes, control characters and everything past ASCII take the general path.
      if (PLAIN[code] === 0) {
        this.escaped(value);
        return;
      }
      buf[at++] = code;
    }
    buf[at++] = 0x22;
    this.at = at;
  }

  /** `key` (`,"name":`) and a string, or `null` for '' when unset fields are written as null (U-2). */
  pair(key: JsonText, value: string, emptyAsNull: boolean): void {
    if (emptyAsNull && value === '') {
      this.text(key);
      this.text(NULL);
      return;
    }
    // Key and string with one check for room: a customer is about 40 of these.
    const keyLength = key.bytes.length;
    const n = value.length;
    this.room(keyLength + n + 2);
    const buf = this.#buf;
    let at = this.at;
    this.#copy(key, at);
    at += keyLength;
    const afterKey = at;
    buf[at++] = 0x22;
    for (let i = 0; i < n; i += 1) {
      const code = value.charCodeAt(i);
      if (PLAIN[code] === 0) {
        this.at = afterKey;
        this.escaped(value);
        return;
      }
      buf[at++] = code;
    }
    buf[at++] = 0x22;
    this.at = at;
  }

  /** A whole number as a JSON string (`"70001"`): ids, quantities. */
  quotedInteger(value: number): void {
    if (!(value >= 0 && value < 1e15 && value === Math.floor(value))) {
      this.byte(0x22);
      this.ascii(String(value));
      this.byte(0x22);
      return;
    }
    this.byte(0x22);
    this.integerDigits(value);
    this.byte(0x22);
  }

  /** The digits of a whole number from 0 to 1e15, written from the number: no string of it is made. */
  private integerDigits(value: number): void {
    let digits = 1;
    for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits += 1;
    this.room(digits);
    const buf = this.#buf;
    const at = this.at;
    let rest = value;
    for (let i = digits - 1; i >= 0; i -= 1) {
      buf[at + i] = 0x30 + (rest % 10);
      rest = Math.floor(rest / 10);
    }
    this.at = at + digits;
  }

  /** The first `length` characters of `value` as a JSON string (a date of an ISO instant), without slicing it. */
  stringPrefix(value: string, length: number): void {
    if (value.length < length) {
      this.string(value);
      return;
    }
    this.room(length + 2);
    const buf = this.#buf;
    let at = this.at;
    buf[at++] = 0x22;
    for (let i = 0; i < length; i += 1) {
      const code = value.charCodeAt(i);
      if (PLAIN[code] === 0) {
        this.escaped(value.slice(0, length));
        return;
      }
      buf[at++] = code;
    }
    buf[at++] = 0x22;
    this.at = at;
  }

  /** A JSON number, as JSON.stringify writes it (non-finite numbers are null). */
  number(value: number): void {
    // A number of at most two decimals (every system size) is written from its hundredths: its
    // shortest round-trip form is those digits with trailing zeros dropped, which is what String()
    // gives, without converting a double to text.
    const hundredths = Math.round(value * 100);
    if (hundredths / 100 === value && value >= 0 && value < 1e9) {
      const whole = Math.floor(hundredths / 100);
      const cents = hundredths - whole * 100;
      this.integerDigits(whole);
      if (cents !== 0) {
        this.room(3);
        const buf = this.#buf;
        buf[this.at++] = 0x2e;
        buf[this.at++] = 0x30 + Math.floor(cents / 10);
        if (cents % 10 !== 0) buf[this.at++] = 0x30 + (cents % 10);
      }
      return;
    }
    if (Number.isFinite(value)) this.ascii(String(value));
    else this.text(NULL);
  }

  /** ASCII text needing no escaping (digits). */
  private ascii(text: string): void {
    const n = text.length;
    this.room(n);
    const buf = this.#buf;
    let at = this.at;
    for (let i = 0; i < n; i += 1) buf[at++] = text.charCodeAt(i);
    this.at = at;
  }

  private escaped(value: string): void {
    const json = JSON.stringify(value);
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    this.room(json.length * 3);
    this.at += encoder.encodeInto(json, this.#buf.subarray(this.at)).written;
  }
}

const NULL = new JsonText('null');
/** 1 for each UTF-16 code unit JSON.stringify writes as it is and UTF-8 as one byte. */
const PLAIN = new Uint8Array(0x10000);
PLAIN.fill(1, 0x20, 0x7f);
PLAIN[0x22] = 0;
PLAIN[0x5c] = 0;

/** A writer into a buffer of its own that grows as needed: its bytes are `buf.subarray(0, at)`. */
export function growingWriter(size = 4096): JsonByteWriter {
  return new JsonByteWriter(new Uint8Array(size), (writer, need) => {
    const next = new Uint8Array(Math.max(writer.buf.length * 2, writer.at + need));
    next.set(writer.buf.subarray(0, writer.at));
    writer.use(next);
  });
}
