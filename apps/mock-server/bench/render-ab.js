// @ts-check
/**
 * `node bench/render-ab.js [DIST_DIR...]`: the page-miss figure of `bench/render.js` (the first
 * request of 400 pages of the 100,000-customer world, their customers never rendered) for several
 * builds of the package in one process, each request going to each build in turn, so a noisy
 * machine falls on each alike; medians of wall time. For comparing a build with an earlier copy
 * of it (e.g. `cp -r dist /tmp/base`, inside the workspace so its imports resolve); `bench/render.js`
 * stays the measurement of record.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST_INDEX, pageRequest } from './lib/setup.js';
import { fixed, median } from './lib/stats.js';

const builds = process.argv.slice(2).map((dir) => pathToFileURL(resolve(dir, 'index.js')).href);
if (builds.length === 0) builds.push(DIST_INDEX);
const read = pageRequest;
// The pages bench/render.js times, and its warm-up on other pages first.
const pages = Array.from({ length: 400 }, (_, i) => 1 + ((i * 997) % 2000)).filter(
  (page) => page < 1500 || page >= 1600,
);
const mocks = [];
for (const build of builds) {
  const { createMockApi } = await import(build);
  const mock = createMockApi({ customers: 100_000 });
  for (let page = 1500; page < 1600; page += 1) mock.handle(read(page));
  mocks.push({ build, mock, ms: /** @type {number[]} */ ([]) });
}
for (let i = 0; i < pages.length; i += 1) {
  for (const entry of i % 2 === 0 ? mocks : [...mocks].reverse()) {
    const start = process.hrtime.bigint();
    const response = entry.mock.handle(read(/** @type {number} */ (pages[i])));
    entry.ms.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (response.status !== 200)
      throw new Error(`${entry.build}: page ${pages[i]} answered ${response.status}`);
  }
}
for (const { build, ms } of mocks) {
  console.log(`${build}: a miss ${fixed(median(ms), 3)} ms (median of ${ms.length})`);
}
