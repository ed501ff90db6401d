import type { OperationId } from '@solarproof/schemas';
import type { RegisteredAction } from '../actions/action-registry.js';
import type { Interpretation } from '../interpretations/resolve-interpretation.js';
import type { Company, World } from '../world/types.js';

/**
 * A request whose query was routed, authenticated and checked: what answering it again needs. A
 * read needs nothing more; a write still reads and checks its body.
 */
export interface ParsedQuery {
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

/** Query texts longer than this are parsed every time: an action's query is a few dozen characters. */
const MAX_TEXT = 1024;

/**
 * Queries already parsed, by method (GET and POST) and query text. Routing, the query key's check,
 * reading the query and its schema check depend on nothing but the query text, the caller's
 * company record and that company's reading; company records are frozen and replaced on change,
 * so an entry is used only while its key still finds the very record (and reading) it was parsed
 * for. Faults, bodies, the page cache and the journal are dealt with on every request as before:
 * only the query's parsing is skipped. Oldest entries go first when full.
 */
export class ParsedQueries {
  readonly #max: number;
  #gets = new Map<string, ParsedQuery>();
  #posts = new Map<string, ParsedQuery>();

  constructor(max = 4096) {
    this.#max = Math.max(1, max);
  }

  /** The parse of `method` + `text` when it still holds for the world as it is. */
  lookup(
    method: string,
    text: string | undefined,
    world: World,
    interpretationOf: (company: Company) => Interpretation,
  ): ParsedQuery | undefined {
    const entries = this.#of(method);
    if (text === undefined || entries === undefined) return undefined;
    const parsed = entries.get(text);
    if (parsed === undefined) return undefined;
    if (
      world.companyByApiKey(parsed.apiKey) === parsed.company &&
      interpretationOf(parsed.company) === parsed.interpretation
    )
      return parsed;
    entries.delete(text);
    return undefined;
  }

  remember(method: string, text: string | undefined, parsed: ParsedQuery): void {
    const entries = this.#of(method);
    if (text === undefined || entries === undefined || text.length > MAX_TEXT) return;
    if (entries.size >= this.#max) {
      const oldest = entries.keys().next();
      if (!oldest.done) entries.delete(oldest.value);
    }
    entries.set(text, parsed);
  }

  clear(): void {
    this.#gets.clear();
    this.#posts.clear();
  }

  #of(method: string): Map<string, ParsedQuery> | undefined {
    return method === 'GET' ? this.#gets : method === 'POST' ? this.#posts : undefined;
  }
}
