// @ts-check
/**
 * Page renders of the 100,000-customer world, in a process of their own: each page's first
 * request (nothing of it cached: a page miss with its customers' JSON cold), and the same pages
 * again after a write to one of their customers (a re-render). Prints one JSON line: the median
 * wall time of each (`coldMs`, ...) and the median CPU time of the process (`coldCpuMs`, ...: on a
 * shared machine the wall time includes waiting for a core; the CPU time counts GC threads too).
 */
import { API_KEY, DIST_INDEX, pageRequest } from './lib/setup.js';
import { median } from './lib/stats.js';

const { createMockApi } = await import(DIST_INDEX);
const mock = createMockApi({ customers: 100_000 });
const read = pageRequest;
const company = mock.world.companyByApiKey(API_KEY);
const pages = Array.from({ length: 400 }, (_, i) => 1 + ((i * 997) % 2000));

/** @type {{ cold: number[], rerender: number[], hit: number[] }} */
const cpu = { cold: [], rerender: [], hit: [] };
/** @param {keyof typeof cpu} kind @param {() => void} fn */
const time = (kind, fn) => {
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  fn();
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpuStart);
  cpu[kind].push((used.user + used.system) / 1e3);
  return wall;
};
// Warm the code paths on other pages first, so the figures are of steady code, not of the JIT.
for (let page = 1500; page < 1600; page += 1) mock.handle(read(page));
const cold = pages.map((page) => time('cold', () => mock.handle(read(page))));
const rerender = pages.map((page) => {
  const customer = mock.world.customersPage(company.id, page, 50)[17];
  mock.apply({
    kind: 'updateCustomer',
    customerId: customer.id,
    patch: { surname: 'Rerendered' },
    at: '2026-02-01T00:00:00Z',
  });
  return time('rerender', () => mock.handle(read(page)));
});
const hit = pages.map((page) => time('hit', () => mock.handle(read(page))));
process.stdout.write(
  `${JSON.stringify({
    coldMs: median(cold),
    rerenderMs: median(rerender),
    hitMs: median(hit),
    coldCpuMs: median(cpu.cold),
    rerenderCpuMs: median(cpu.rerender),
    hitCpuMs: median(cpu.hit),
    pages: pages.length,
  })}\n`,
);
