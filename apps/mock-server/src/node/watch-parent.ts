/**
 * Calls `onOrphaned` once the process that started this one has gone (this process was handed to
 * another parent). `npx` and `pnpm exec` do not pass a SIGTERM on to the command they run, so
 * without this a `kill` of the wrapper would leave the fake holding its port.
 */
export function watchParent(onOrphaned: () => void, intervalMs = 200): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    onOrphaned();
  }, intervalMs);
  timer.unref();
}
