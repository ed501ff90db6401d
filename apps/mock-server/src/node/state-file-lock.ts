import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { StateFileError } from './state-file-error.js';

/**
 * Takes `${path}.lock` for this process: created exclusively, holding our pid. A lock whose pid no
 * longer runs (a server killed with -9) is stale and taken over. Node has no flock(2), and a lock
 * file also tells a person who holds the state file. Two servers taking over one stale lock in the
 * same millisecond could both win; a live holder is always refused.
 * Returns the function that releases it.
 */
export function acquireStateLock(path: string): () => void {
  const lockPath = `${path}.lock`;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    let fd: number;
    try {
      fd = openSync(lockPath, 'wx', 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(lockPath);
      if (holder !== undefined && isRunning(holder)) {
        throw new StateFileError(
          `${path} is in use by another solarproof-mock (pid ${holder}; lock ${lockPath}). ` +
            'Stop that server or give this one another --state file.',
        );
      }
      unlinkQuietly(lockPath); // stale: its holder is gone
      continue;
    }
    writeSync(fd, `${process.pid}\n`);
    closeSync(fd);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (readHolder(lockPath) === process.pid) unlinkQuietly(lockPath);
    };
  }
  throw new StateFileError(`${path}: could not take the lock ${lockPath}; remove it if no server runs.`);
}

function readHolder(lockPath: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}
