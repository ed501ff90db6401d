import { createNodeHttpSend, type NodeHttpModules } from './node-http-send.js';
import type { Send } from './wire-response.js';

interface NodeProcess {
  getBuiltinModule?: (id: string) => unknown;
}

/** Where Node's own global fetch loads undici from; no fetch written outside Node can require it. */
const NODE_FETCH_SOURCE = "require('internal/deps/undici/undici')";
/** Where undici (Node's and the npm package's) keeps the dispatcher that fetch sends through. */
const GLOBAL_DISPATCHER = Symbol.for('undici.globalDispatcher.1');
/** What node:http sends; any other scheme fetch knows (`data:`, `blob:`) stays with fetch. */
const HTTP_URL = /^https?:/i;

const nodeProcess = (globalThis as { process?: NodeProcess }).process;
const builtin = nodeProcess?.getBuiltinModule?.bind(nodeProcess);
/** The global fetch when this module loaded, if it is the one Node itself defines. */
const nodeFetch = isNodesOwnFetch(globalThis.fetch) ? globalThis.fetch : undefined;
let nodeSend: Send | undefined;

/**
 * The client's default `fetch`. In Node, while the global `fetch` is still Node's own (nothing
 * replaced it: not MSW, a test stub or a wrapper) and no undici dispatcher of the caller's (a proxy,
 * a mock agent) is set for it, requests go through `node:http`/`node:https` (`node-http-send.ts`),
 * which costs about half of what fetch costs per request; otherwise, and in every other runtime,
 * through the global `fetch`, looked up at each call so that one patched later (MSW) is used.
 *
 * @example
 * const response = await defaultSend('https://solarproof.com.au/apidata.php?action=getallcustomers&api_key=k', { method: 'GET' });
 */
export const defaultSend: Send = (url, init) => {
  const current = globalThis.fetch;
  if (nodeFetch !== undefined && current === nodeFetch && HTTP_URL.test(url) && !callersDispatcher()) {
    nodeSend ??= createNodeHttpSend(nodeModules());
    return nodeSend(url, init);
  }
  return current(url, init);
};

function isNodesOwnFetch(fetch: unknown): boolean {
  if (typeof fetch !== 'function' || builtin === undefined) return false;
  try {
    return Function.prototype.toString.call(fetch).includes(NODE_FETCH_SOURCE);
  } catch {
    return false;
  }
}

/**
 * A dispatcher set for fetch by the caller (undici's `setGlobalDispatcher` with a `ProxyAgent`,
 * `MockAgent` and the like). Node's fetch sets a plain `Agent` there itself on first use.
 */
function callersDispatcher(): boolean {
  const dispatcher = (globalThis as Record<symbol, unknown>)[GLOBAL_DISPATCHER];
  if (dispatcher === undefined) return false;
  return (dispatcher as { constructor?: { name?: unknown } }).constructor?.name !== 'Agent';
}

function nodeModules(): NodeHttpModules {
  const load = <T>(id: string) => builtin?.(id) as T;
  return {
    http: () => load<ReturnType<NodeHttpModules['http']>>('node:http'),
    https: () => load<ReturnType<NodeHttpModules['https']>>('node:https'),
    zlib: () => load<ReturnType<NodeHttpModules['zlib']>>('node:zlib'),
  };
}
