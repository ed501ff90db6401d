import { redactSecrets } from '../core/redact.js';
import { buildHar, type Har, type HarEntry, harEntry } from './build-har.js';
import { checkExchange, type ExchangeCheck, type ExchangeDrift } from './check-exchange.js';
import { type DriftReport, DriftTally } from './drift-report.js';
import type { RecordedExchange } from './recorded-exchange.js';
import { removeApiKey, secretsOfRequest } from './remove-api-key.js';
import { PersonalDataScrubber } from './scrub-personal-data.js';

/** One exchange as the proxy's journal keeps it: no key, no body, masked samples only. */
export interface ProxyJournalEntry {
  seq: number;
  at: string;
  method: string;
  action: string | null;
  /** Null when no answer came. */
  status: number | null;
  timeMs: number;
  driftCount: number;
  /** The first drift items (at most 20), each with a masked sample. */
  drift: ExchangeDrift[];
  failure?: string;
}

export interface ProxySessionOptions {
  target: string;
  /** Replace personal data in the recording with consistent faker values. */
  scrub?: boolean;
  /** Journal entries kept (a ring). Default 500. */
  journalLimit?: number;
  /** HAR entries kept; later ones are counted, not kept. Default 20,000. */
  maxRecorded?: number;
}

/**
 * Everything the proxy keeps about a session, free of I/O: the drift tally, the journal and the
 * recording, each with every API key seen so far removed. The node adapter feeds it exchanges.
 */
export class ProxySession {
  readonly target: string;
  readonly #tally = new DriftTally();
  readonly #secrets = new Set<string>();
  readonly #journal: ProxyJournalEntry[] = [];
  readonly #journalLimit: number;
  readonly #entries: HarEntry[] = [];
  readonly #maxRecorded: number;
  readonly #scrubber: PersonalDataScrubber | undefined;
  #seq = 0;
  #dropped = 0;

  constructor(options: ProxySessionOptions) {
    this.target = options.target;
    this.#journalLimit = options.journalLimit ?? 500;
    this.#maxRecorded = options.maxRecorded ?? 20_000;
    this.#scrubber = options.scrub ? new PersonalDataScrubber() : undefined;
  }

  /** Learns the credentials of a request, so nothing recorded or shown after repeats them. */
  learnSecrets(request: RecordedExchange['request']): void {
    for (const secret of secretsOfRequest(request)) this.#secrets.add(secret);
  }

  /** Checks, tallies, journals and records one exchange. */
  add(
    exchange: RecordedExchange,
    contentType: string | undefined,
  ): { check: ExchangeCheck; entry: ProxyJournalEntry } {
    this.learnSecrets(exchange.request);
    let query = new URLSearchParams();
    try {
      query = new URL(exchange.request.url).searchParams;
    } catch {
      // A request line that is no URL: checked with an empty query.
    }
    const check = checkExchange({
      method: exchange.request.method,
      query,
      requestBody: exchange.request.body,
      ...(exchange.response
        ? {
            status: exchange.response.status,
            responseBody: exchange.response.body,
            responseContentType: contentType,
          }
        : { failure: exchange.failure }),
    });
    this.#tally.add(check);
    const entry: ProxyJournalEntry = {
      seq: ++this.#seq,
      at: exchange.startedDateTime,
      method: exchange.request.method,
      action: check.action === null ? null : this.redact(check.action),
      status: exchange.response?.status ?? null,
      timeMs: exchange.timeMs,
      driftCount: check.drift.length,
      drift: check.drift.slice(0, 20),
      ...(exchange.failure ? { failure: this.redact(exchange.failure) } : {}),
    };
    this.#journal.push(entry);
    if (this.#journal.length > this.#journalLimit) this.#journal.shift();

    if (this.#entries.length < this.#maxRecorded) {
      const clean = removeApiKey(exchange, this.#secrets);
      const comment = check.drift.length > 0 ? `${check.drift.length} drift from the spec` : undefined;
      this.#entries.push(harEntry(this.#scrubber ? this.#scrubber.exchange(clean) : clean, comment));
    } else this.#dropped += 1;
    return { check, entry };
  }

  /** Journals a write the read-only proxy refused: it never reached the target, so nothing is checked or recorded. */
  refused(method: string, action: string | null, at: string): ProxyJournalEntry {
    const entry: ProxyJournalEntry = {
      seq: ++this.#seq,
      at,
      method,
      action: action === null ? null : this.redact(action),
      status: null,
      timeMs: 0,
      driftCount: 0,
      drift: [],
      failure: 'refused by the read-only proxy (--allow-writes forwards writes)',
    };
    this.#journal.push(entry);
    if (this.#journal.length > this.#journalLimit) this.#journal.shift();
    return entry;
  }

  /** Text with every key seen so far hidden: for log lines and error messages. */
  redact(text: string): string {
    return redactSecrets(text, this.#secrets);
  }

  report(now: string): DriftReport {
    return this.#tally.report(this.target, now);
  }

  journal(): ProxyJournalEntry[] {
    return this.#journal.slice();
  }

  har(version: string): Har {
    const note =
      this.#dropped > 0
        ? `${this.#dropped} later exchanges were not recorded (limit ${this.#maxRecorded})`
        : undefined;
    return buildHar(
      this.#entries,
      version,
      [`proxy of ${this.target}`, this.#scrubber ? 'personal data scrubbed' : '', note]
        .filter(Boolean)
        .join('; '),
    );
  }

  get recordedCount(): number {
    return this.#entries.length;
  }
}
