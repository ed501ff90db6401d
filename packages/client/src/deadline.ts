/** One call's time budget and the caller's signal, as one signal. */
export interface Deadline {
  /** Aborts when the time is up (reason: `onTimeout()`'s error) or the caller aborts (their reason). */
  readonly signal: AbortSignal;
  /** Milliseconds left before the time is up. */
  remainingMs(): number;
  /** Stops the timer and forgets the caller's signal. */
  dispose(): void;
}

/**
 * Starts a call's deadline, reading the time from `now` (the client's injected clock). Built from `AbortController` and `setTimeout` only, because
 * `AbortSignal.any` is missing from some browsers still supported.
 *
 * @example
 * const deadline = startDeadline(30_000, options.signal, () => new TimeoutError({ action, timeoutMs }));
 * try {
 *   await fetch(url, { signal: deadline.signal });
 * } finally {
 *   deadline.dispose();
 * }
 */
export function startDeadline(
  timeoutMs: number,
  callerSignal: AbortSignal | undefined,
  onTimeout: () => Error,
  now: () => number = Date.now,
): Deadline {
  const controller = new AbortController();
  const endsAt = now() + timeoutMs;
  const timer = setTimeout(() => controller.abort(onTimeout()), timeoutMs);
  const onCallerAbort = () => controller.abort(callerSignal?.reason);
  if (callerSignal?.aborted) onCallerAbort();
  else callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  return {
    signal: controller.signal,
    remainingMs: () => Math.max(0, endsAt - now()),
    dispose: () => {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    },
  };
}
