import { chmodSync, closeSync, existsSync, ftruncateSync, openSync, readFileSync } from 'node:fs';
import { tenantApiKey } from '../control/tenant-api-key.js';
import type { MockApi } from '../mock/create-mock-api.js';
import type { WorldOp, WorldOptions } from '../world/types.js';
import { keyDigest, matchesKeyDigest, newKeySalt } from './key-digest.js';
import { StateFileError } from './state-file-error.js';
import { acquireStateLock } from './state-file-lock.js';
import { nodeStateFileIo, type StateFileIo, StateFileLog } from './state-file-log.js';

export { StateFileError } from './state-file-error.js';
export type { StateFileIo } from './state-file-log.js';

const FORMAT = 'solarproof-mock-state';

type StoredOptions = Omit<Required<WorldOptions>, 'apiKey'>;

/** Version 2 keeps digests of keys; version 1 files (keys in clear) are still read. */
interface Header {
  format: typeof FORMAT;
  version: 1 | 2;
  options: StoredOptions & { apiKey?: string };
  keySalt?: string;
  apiKeyDigest?: string;
}

type StoredOp =
  | WorldOp
  | (Omit<Extract<WorldOp, { kind: 'createTenant' }>, 'apiKey'> & { apiKeyDigest: string });

export interface StateFile {
  /** Changes replayed from the file at start. */
  readonly restored: number;
  /** A torn last line (a write cut by a crash before it was acknowledged) that was dropped. */
  readonly droppedTornLine: boolean;
  close(): void;
}

export interface StateFileOptions {
  /** The disk calls; a test injects a failing one. */
  io?: StateFileIo;
}

/**
 * Reads the options a state file was made with, so the world can be rebuilt from them. A version 2
 * file holds no API key: the caller's own (`--api-key`, or the default) is kept and checked later.
 */
export function readStateOptions(path: string): WorldOptions | undefined {
  if (!existsSync(path)) return undefined;
  return parseHeader(path, readFileSync(path, 'utf8').split('\n')[0] ?? '').options;
}

/**
 * Keeps the world in an append-only log: a header with the world's options, then one change a line.
 * Each change is written and fsync'd before it is applied and answered, so every acknowledged write
 * survives a crash and a write the disk refused is never applied. The file is locked to this
 * process and created 0600; a reset replaces it by a header-only file in one rename.
 */
export function openStateFile(path: string, mock: MockApi, options: StateFileOptions = {}): StateFile {
  const release = acquireStateLock(path);
  try {
    return open(path, mock, options.io ?? nodeStateFileIo, release);
  } catch (error) {
    release();
    throw error;
  }
}

function open(path: string, mock: MockApi, io: StateFileIo, release: () => void): StateFile {
  const seed = mock.world.options.seed;
  let restored = 0;
  let droppedTornLine = false;
  let salt = newKeySalt();
  let fd: number | undefined;
  let rewrite: WorldOp[] | undefined;

  if (existsSync(path)) {
    const text = readFileSync(path, 'utf8');
    const lines = text.split('\n');
    const header = parseHeader(path, lines[0] ?? '');
    // A version 1 file holds keys in clear: it is rewritten in version 2 once it has been read.
    if (header.version === 1) rewrite = [];
    if (header.version === 2) {
      salt = header.keySalt ?? '';
      if (!matchesKeyDigest(salt, mock.world.options.apiKey, header.apiKeyDigest ?? '')) {
        throw new StateFileError(
          `${path} was made with another API key: start with the same --api-key (the file keeps only a digest of it); it was not changed.`,
        );
      }
    }
    const complete = text.endsWith('\n');
    const body = lines.slice(1, complete ? -1 : undefined);
    for (const [index, line] of body.entries()) {
      let stored: StoredOp;
      try {
        stored = JSON.parse(line) as StoredOp;
      } catch {
        if (index === body.length - 1 && !complete) {
          droppedTornLine = true;
          break;
        }
        throw new StateFileError(
          `${path}: line ${index + 2} is damaged; the file was not changed. Fix or move it.`,
        );
      }
      const op = decode(path, index + 2, stored, salt, mock);
      const result = mock.world.apply(op);
      // A change that changed nothing (its revert could not be cut off the file) is skipped:
      // it changed nothing when it was made either.
      if (result.ok) {
        restored += 1;
        rewrite?.push(op);
      }
    }
    chmodSync(path, 0o600);
    if (droppedTornLine) {
      // Only the unacknowledged tail goes: everything up to the last complete line stays.
      const handle = openSync(path, 'r+');
      try {
        ftruncateSync(handle, Buffer.byteLength(text.slice(0, text.lastIndexOf('\n') + 1)));
      } finally {
        closeSync(handle);
      }
    }
    if (rewrite === undefined) fd = openSync(path, 'a', 0o600);
  }

  const header: Header = {
    format: FORMAT,
    version: 2,
    options: {
      seed,
      customers: mock.world.options.customers,
      otherCustomers: mock.world.options.otherCustomers,
      records: mock.world.options.records,
    },
    keySalt: salt,
    apiKeyDigest: keyDigest(salt, mock.world.options.apiKey),
  };
  const log = new StateFileLog({
    path,
    header: `${JSON.stringify(header)}\n`,
    io,
    encode: (op) => JSON.stringify(encode(op, salt)),
    ...(fd === undefined ? {} : { fd }),
    ...(rewrite === undefined ? {} : { initial: rewrite }),
  });
  const detach = mock.useChangeLog(log);
  return {
    restored,
    droppedTornLine,
    close() {
      detach();
      log.close();
      release();
    },
  };
}

/** Tenant keys are stored as digests; the key itself is derived again from the seed on replay. */
function encode(op: WorldOp, salt: string): StoredOp {
  if (op.kind !== 'createTenant') return op;
  const { apiKey, ...rest } = op;
  return { ...rest, apiKeyDigest: keyDigest(salt, apiKey) };
}

function decode(path: string, line: number, stored: StoredOp, salt: string, mock: MockApi): WorldOp {
  if (stored.kind !== 'createTenant' || !('apiKeyDigest' in stored)) return stored as WorldOp;
  const { apiKeyDigest, ...rest } = stored;
  const apiKey = tenantApiKey(mock.world.options.seed, mock.world.companies().length + 1);
  if (!matchesKeyDigest(salt, apiKey, apiKeyDigest)) {
    throw new StateFileError(
      `${path}: line ${line} names a tenant key this seed does not make; it was not changed.`,
    );
  }
  return { ...rest, apiKey };
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
  if (
    header.format !== FORMAT ||
    (header.version !== 1 && header.version !== 2) ||
    typeof header.options !== 'object'
  ) {
    throw new StateFileError(
      `${path} is not a solarproof-mock state file (version 1 or 2); it was not changed.`,
    );
  }
  return header as Header;
}
