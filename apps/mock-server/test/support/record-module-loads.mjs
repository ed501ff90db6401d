// @ts-check
// `node --import ./record-module-loads.mjs script`: appends the URL of every module the script
// loads, one a line, to the file named by RECORD_MODULE_LOADS (the hooks run on their own thread).
import { appendFileSync } from 'node:fs';
import { register } from 'node:module';

if (process.env.RECORD_MODULE_LOADS) {
  register(import.meta.url, { data: process.env.RECORD_MODULE_LOADS });
}

/** @type {string | undefined} */
let file;

/** @param {string} data */
export function initialize(data) {
  file = data;
}

/**
 * @param {string} url
 * @param {unknown} context
 * @param {(url: string, context: unknown) => unknown} next
 */
export function load(url, context, next) {
  if (file) appendFileSync(file, `${url}\n`);
  return next(url, context);
}
