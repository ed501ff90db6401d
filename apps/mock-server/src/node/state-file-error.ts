/** A state file that cannot be used; the message says why and what to do. */
export class StateFileError extends Error {
  override name = 'StateFileError';
}
