/**
 * Settles like `promise`, or rejects with the signal's reason as soon as the signal aborts. The client
 * wraps every await in it because an injected `fetch`, body reader or `sleep` may ignore the signal.
 *
 * @example
 * const response = await raceAbort(fetch(url), signal);
 */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    // The abandoned promise may still reject later; nobody awaits it, so silence it.
    promise.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
