import type { WorldOp } from '../world/types.js';

/**
 * Where changes are made durable (the node adapter's `--state` file). The mock writes a change here
 * before it applies or announces it, so a change that could not be saved is never half done.
 */
export interface ChangeLog {
  /** Saves `op` durably; throws `ChangeNotSavedError` when it cannot. */
  append(op: WorldOp): void;
  /** Takes back the last `append`: the op turned out to change nothing (a duplicate email, say). */
  revert(): void;
  /** Empties the log down to the seeded world; throws `ChangeNotSavedError` when it cannot. */
  reset(): void;
}

/** A change that could not be made durable; nothing of it was applied or announced. */
export class ChangeNotSavedError extends Error {
  override name = 'ChangeNotSavedError';
}
