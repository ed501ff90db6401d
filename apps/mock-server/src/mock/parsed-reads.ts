import type { OperationId } from '@solarproof/schemas';
import type { RegisteredAction } from '../actions/action-registry.js';
import type { Interpretation } from '../interpretations/resolve-interpretation.js';
import type { Company, World } from '../world/types.js';

/** A read whose query was routed, authenticated and checked: what answering it again needs. */
export interface ParsedRead {
  readonly name: string;
  readonly registered: RegisteredAction;
  readonly operationId: OperationId;
  /** The key the query carried, looked up again on every use. */
  readonly apiKey: string;
  readonly company: Company;
  /** The reading picked before the key was checked, and the company's own (the same company: the same reading). */
  readonly early: Interpretation;
  readonly interpretation: Interpretation;
  /** The query as the schema parsed it (frozen: every answer of this query shares it). */
  readonly query: unknown;
}

/** Query texts longer than this are parsed every time: a read's query is a few dozen characters. */
const MAX_TEXT = 1024;

/**
 * Reads already parsed, by method and query text. A read's routing, key check, input reading and
 * schema check depend on nothing but its query text, the caller's company record and that
 * company's reading; company records are frozen and replaced on change, so an entry is used only
 * while its key still finds the very record (and reading) it was parsed for. Faults, the page
 * cache and the journal are consulted on every request as before: only the parsing is skipped.
 * Oldest entries go first when full.
 */
export class ParsedReads {
  readonly #max: number;
  #entries = new Map<string, ParsedRead>();

  constructor(max = 4096) {
    this.#max = Math.max(1, max);
  }

  /** The parse of `method` + `text` when it still holds for the world as it is. */
  lookup(
    method: string,
    text: string | undefined,
    world: World,
    interpretationOf: (company: Company) => Interpretation,
  ): ParsedRead | undefined {
    if (text === undefined || method !== 'GET') return undefined;
    const read = this.#entries.get(text);
    if (read === undefined) return undefined;
    if (
      world.companyByApiKey(read.apiKey) === read.company &&
      interpretationOf(read.company) === read.interpretation
    )
      return read;
    this.#entries.delete(text);
    return undefined;
  }

  remember(method: string, text: string | undefined, read: ParsedRead): void {
    if (text === undefined || method !== 'GET' || text.length > MAX_TEXT) return;
    if (this.#entries.size >= this.#max) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    this.#entries.set(text, read);
  }

  clear(): void {
    this.#entries.clear();
  }
}
