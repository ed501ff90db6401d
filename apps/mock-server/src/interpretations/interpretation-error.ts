/** A profile or switch that does not exist, or a value a switch does not have. */
export class InterpretationError extends Error {
  override readonly name = 'InterpretationError';
}
