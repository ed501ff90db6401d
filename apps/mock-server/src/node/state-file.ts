import { closeSync, existsSync, fsyncSync, ftruncateSync, openSync, readFileSync, writeSync } from 'node:fs';
import type { MockApi } from '../mock/create-mock-api.js';
import type { WorldOp, WorldOptions } from '../world/types.js';

const FORMAT = 'solarproof-mock-state';

interface Header {
  format: typeof FORMAT;
  version: 1;
  options: Required<WorldOptions>;
}

/** A state file that cannot be used; the message says why and what to do. */
export class StateFileError extends Error {
  override name = 'StateFileError';
}

export interface StateFile {
  /** Changes replayed from the file at start. */
  readonly restored: number;
  /** A torn last line (a write cut by a crash before it was acknowledged) that was dropped. */
  readonly droppedTornLine: boolean;
  close(): void;
}

/** Reads the options a state file was made with, so the world can be rebuilt from them. */
export function readStateOptions(path: string): Required<WorldOptions> | undefined {
  if (!existsSync(path)) return undefined;
  return parseHeader(path, readFileSync(path, 'utf8').split('\n')[0] ?? '').options;
}

/**
 * Keeps the world in an append-only log: a header with the world's options, then one change a line.
 * Each change is written and fsync'd before the request that made it is answered, so every
 * acknowledged write survives a crash; a reset truncates the log to its header.
 */
export function openStateFile(path: string, mock: MockApi): StateFile {
  const header = `${JSON.stringify({ format: FORMAT, version: 1, options: mock.world.options } satisfies Header)}\n`;
  let restored = 0;
  let droppedTornLine = false;
  let fd: number;

  if (existsSync(path)) {
    const text = readFileSync(path, 'utf8');
    const lines = text.split('\n');
    parseHeader(path, lines[0] ?? '');
    const complete = text.endsWith('\n');
    const body = lines.slice(1, complete ? -1 : undefined);
    for (const [index, line] of body.entries()) {
      const isLast = index === body.length - 1;
      let op: WorldOp;
      try {
        op = JSON.parse(line) as WorldOp;
      } catch {
        if (isLast && !complete) {
          droppedTornLine = true;
          break;
        }
        throw new StateFileError(
          `${path}: line ${index + 2} is damaged; the file was not changed. Fix or move it.`,
        );
      }
      const result = mock.world.apply(op);
      if (!result.ok)
        throw new StateFileError(
          `${path}: line ${index + 2} does not apply (${result.reason}); the file was not changed.`,
        );
      restored += 1;
    }
    fd = openSync(path, 'r+');
    if (droppedTornLine) {
      // Only the unacknowledged tail goes: everything up to the last complete line stays.
      ftruncateSync(fd, Buffer.byteLength(text.slice(0, text.lastIndexOf('\n') + 1)));
    }
    closeSync(fd);
    fd = openSync(path, 'a');
  } else {
    fd = openSync(path, 'wx');
    writeDurably(fd, header);
  }

  const stopApply = mock.onApply((op) => writeDurably(fd, `${JSON.stringify(op)}\n`));
  const stopReset = mock.onReset(() => {
    ftruncateSync(fd, 0);
    writeDurably(fd, header);
  });
  return {
    restored,
    droppedTornLine,
    close() {
      stopApply();
      stopReset();
      closeSync(fd);
    },
  };
}

function writeDurably(fd: number, text: string): void {
  writeSync(fd, text);
  fsyncSync(fd);
}

function parseHeader(path: string, line: string): Header {
  let header: Partial<Header>;
  try {
    header = JSON.parse(line) as Partial<Header>;
  } catch {
    throw new StateFileError(
      `${path} is not a solarproof-mock state file (its first line is not JSON); it was not changed.`,
    );
  }
  if (header.format !== FORMAT || header.version !== 1 || typeof header.options !== 'object') {
    throw new StateFileError(`${path} is not a solarproof-mock state file (version 1); it was not changed.`);
  }
  return header as Header;
}
