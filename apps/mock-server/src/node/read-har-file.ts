import { readFileSync } from 'node:fs';
import type { Har } from '../proxy/build-har.js';
import { type HarExchange, harExchanges, harProblem } from '../proxy/har-exchanges.js';

/** Reads and checks a HAR file; the error says which file and what is wrong with it. */
export function readHarFile(path: string): HarExchange[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`${path} is not JSON (a HAR file is a JSON object with a "log")`);
  }
  const problem = harProblem(value);
  if (problem) throw new Error(`${path} cannot be read as HAR: ${problem}`);
  return harExchanges(value as Har);
}
