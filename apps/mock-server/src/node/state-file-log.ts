import { closeSync, fstatSync, fsyncSync, ftruncateSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { type ChangeLog, ChangeNotSavedError } from '../mock/change-log.js';
import type { WorldOp } from '../world/types.js';

/** The two calls that touch the disk when a change is saved; tests inject a failing one (a full disk). */
export interface StateFileIo {
  /** Writes `bytes` at the end of the file; may write fewer (the disk filled up) or throw. Returns bytes written. */
  write(fd: number, bytes: Uint8Array): number;
  fsync(fd: number): void;
}

export const nodeStateFileIo: StateFileIo = {
  write: (fd, bytes) => writeSync(fd, bytes),
  fsync: (fd) => fsyncSync(fd),
};

/**
 * The state file as a `ChangeLog`: one JSON line per change, appended and fsync'd before the
 * change is applied. A failed or partial write is cut back off, so the file always ends on a
 * whole line that was acknowledged, and the change is refused, never half applied.
 */
export class StateFileLog implements ChangeLog {
  readonly #path: string;
  readonly #header: string;
  readonly #io: StateFileIo;
  readonly #encode: (op: WorldOp) => string;
  #fd: number;
  /** Bytes of the file up to the last whole line; where a revert cuts back to. */
  #size: number;
  #sizeBeforeLast: number;

  constructor(options: {
    path: string;
    header: string;
    io: StateFileIo;
    encode: (op: WorldOp) => string;
    fd?: number;
    /** Changes to write after the header when the file is made anew (a file rewritten in the current format). */
    initial?: readonly WorldOp[];
  }) {
    this.#path = options.path;
    this.#header = options.header;
    this.#io = options.io;
    this.#encode = options.encode;
    if (options.fd === undefined) {
      // A new file: its header written through a temporary name, so a failure leaves no file at all.
      this.#fd = this.#writeFresh(options.initial ?? []);
    } else {
      this.#fd = options.fd;
    }
    this.#size = fstatSync(this.#fd).size;
    this.#sizeBeforeLast = this.#size;
  }

  append(op: WorldOp): void {
    const bytes = Buffer.from(`${this.#encode(op)}\n`);
    try {
      this.#writeAll(this.#fd, bytes);
    } catch (error) {
      this.#cutBackTo(this.#size);
      throw notSaved(error);
    }
    this.#sizeBeforeLast = this.#size;
    this.#size += bytes.length;
  }

  revert(): void {
    this.#cutBackTo(this.#sizeBeforeLast);
    this.#size = this.#sizeBeforeLast;
  }

  reset(): void {
    let fresh: number;
    try {
      fresh = this.#writeFresh();
    } catch (error) {
      throw notSaved(error, 'the reset');
    }
    closeSync(this.#fd);
    this.#fd = fresh;
    this.#size = fstatSync(fresh).size;
    this.#sizeBeforeLast = this.#size;
  }

  close(): void {
    closeSync(this.#fd);
  }

  /** A file holding only the header replaces the log in one rename: a failure leaves the old one. */
  #writeFresh(initial: readonly WorldOp[] = []): number {
    const temporary = `${this.#path}.${process.pid}.new`;
    // Append mode: every write lands at the end, whatever a truncate did to the position.
    const fd = openSync(temporary, 'a', 0o600);
    try {
      ftruncateSync(fd, 0);
      this.#writeAll(fd, Buffer.from(this.#header + initial.map((op) => `${this.#encode(op)}\n`).join('')));
      renameSync(temporary, this.#path);
    } catch (error) {
      closeSync(fd);
      throw error;
    }
    syncDirectory(dirname(this.#path));
    return fd;
  }

  #writeAll(fd: number, bytes: Uint8Array): void {
    let written = 0;
    while (written < bytes.length) {
      const count = this.#io.write(fd, bytes.subarray(written));
      if (count <= 0) throw Object.assign(new Error('no bytes written'), { code: 'EIO' });
      written += count;
    }
    this.#io.fsync(fd);
  }

  #cutBackTo(size: number): void {
    try {
      ftruncateSync(this.#fd, size);
      fsyncSync(this.#fd);
    } catch {
      // A torn tail that cannot be cut now is dropped at the next start (it was never acknowledged).
    }
  }
}

function notSaved(error: unknown, what = 'the change'): ChangeNotSavedError {
  const code = (error as NodeJS.ErrnoException)?.code;
  const reason = code ?? (error instanceof Error ? error.message : String(error));
  return new ChangeNotSavedError(
    `The state file could not be written (${reason}), so ${what} was not made: nothing changed. Retry when the disk has room.`,
  );
}

/** Makes a rename durable. Not every platform can open a directory; there the rename stands alone. */
function syncDirectory(path: string): void {
  try {
    const fd = openSync(path, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // best effort
  }
}
