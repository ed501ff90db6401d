import { existsSync } from 'node:fs';

/** Debian's `chromium` (or CHROMIUM_PATH): the browser tests drive it, never a downloaded one. */
export const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path): path is string => path !== undefined && path !== '' && existsSync(path),
);

if (!CHROMIUM) {
  process.stderr.write(
    'browser tests skipped: no Chromium (apt-get install -y chromium, or set CHROMIUM_PATH)\n',
  );
}
