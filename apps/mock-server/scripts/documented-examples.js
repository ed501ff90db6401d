// @ts-check
// The documented examples (the schemas package's byte-for-byte copy of the reference examples), by
// action: what the Prism artifact, the API reference and the spec-tools tests show and send.
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const EXAMPLES_DIR = join(REPO_DIR, 'packages', 'schemas', 'test', 'fixtures', 'examples');

/** The documented request bodies that are valid (the schemas package's examples test says which are not). */
export const REQUEST_EXAMPLES = {
  createcustomer: ['createcustomer-request.json', 'createcustomer-request-legacy.json'],
  updatecustomer: [
    'updatecustomer-request.json',
    'updatecustomer-request-partial.json',
    'updatecustomer-request-single-field.json',
    'updatecustomer-request-legacy.json',
  ],
  deletecustomer: ['deletecustomer-request-legacy.json'],
  unsubscribe_customer: ['unsubscribe_customer-request.json'],
};

/**
 * The documented answers: `<action>-response.json` is the 200 answer, `<action>-error.json` the
 * answer at its code's status (from the spec's `x-solarproof-error-codes`).
 * @param {any} spec
 * @returns {Promise<Record<string, Record<string, unknown>>>}
 */
export async function documentedAnswers(spec) {
  const statusOf = Object.fromEntries(
    (spec['x-solarproof-error-codes'] ?? []).map((/** @type {any} */ e) => [e.code, String(e.status)]),
  );
  /** @type {Record<string, Record<string, unknown>>} */
  const out = {};
  for (const file of (await readdir(EXAMPLES_DIR)).sort()) {
    const match = /^([A-Za-z_]+)-(response|error)\.json$/.exec(file);
    if (!match) continue;
    const [, action = '', kind] = match;
    const value = JSON.parse(await readFile(join(EXAMPLES_DIR, file), 'utf8'));
    const status = String(kind === 'response' ? '200' : (statusOf[value.code] ?? '400'));
    out[action] = { ...out[action], [status]: value };
  }
  return out;
}

/**
 * The documented request bodies by action and file name.
 * @returns {Promise<Record<string, Record<string, unknown>>>}
 */
export async function documentedRequestBodies() {
  /** @type {Record<string, Record<string, unknown>>} */
  const out = {};
  for (const [action, files] of Object.entries(REQUEST_EXAMPLES)) {
    out[action] = {};
    for (const file of files)
      out[action][file] = JSON.parse(await readFile(join(EXAMPLES_DIR, file), 'utf8'));
  }
  return out;
}
