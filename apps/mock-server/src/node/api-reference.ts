import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';

/** Where the fake serves the API reference that `pnpm build` renders (scripts/build-api-reference.js). */
export const API_REFERENCE_PATH = '/__mock/docs';

// Built next to the compiled code (dist/docs); from the sources, the built copy.
const CANDIDATES = [
  new URL('../docs/api-reference.html', import.meta.url),
  new URL('../../dist/docs/api-reference.html', import.meta.url),
];
let page: Buffer | undefined;

function load(): Buffer | undefined {
  if (page) return page;
  for (const candidate of CANDIDATES) {
    try {
      page = readFileSync(candidate);
      return page;
    } catch {
      // Not built at this place: try the next.
    }
  }
  return undefined;
}

/**
 * Answers `GET /__mock/docs` with the rendered API reference: one self-contained page, read once.
 * The spec is public, so the page needs no control token.
 */
export function answerApiReference(res: ServerResponse): void {
  const html = load();
  if (!html) {
    const body = JSON.stringify({
      code: 'NOT_FOUND',
      message: 'The API reference is not built: run pnpm --filter @solarproof/mock-server build:docs',
    });
    res.writeHead(404, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
    });
    res.end(body);
    return;
  }
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': html.length,
    'cache-control': 'no-cache',
  });
  res.end(html);
}
