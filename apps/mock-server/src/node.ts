/** @solarproof/mock-server/node: the fake over node:http. */

export * from './index.js';
export type { MockServerOptions, RunningMockServer } from './node/start-mock-server.js';
export { startMockServer } from './node/start-mock-server.js';
export type { ProxyOptions, RunningProxy } from './node/start-proxy.js';
export { DRIFT_HEADER, startProxy } from './node/start-proxy.js';
