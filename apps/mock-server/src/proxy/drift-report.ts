import type { ExchangeCheck, ExchangeDrift } from './check-exchange.js';

/** One field path of one action, summed over the session. */
export interface DriftRow {
  side: ExchangeDrift['side'];
  path: string;
  kind: ExchangeDrift['kind'];
  expected: string;
  /** Exchanges in which it appeared. */
  exchanges: number;
  /** Times it appeared (a page of 50 customers can show one field drifting 50 times). */
  occurrences: number;
  /** Up to three distinct masked samples. */
  samples: string[];
}

export interface ActionDrift {
  action: string;
  exchanges: number;
  exchangesWithDrift: number;
  fields: DriftRow[];
}

/** The drift report as JSON: what `--report FILE.json` writes and `GET /__proxy/report` returns. */
export interface DriftReport {
  target: string;
  generatedAt: string;
  exchanges: number;
  exchangesWithDrift: number;
  actions: ActionDrift[];
}

const NO_ACTION = '(no action)';

/** Sums exchange checks into a report grouped by action and field path. Memory grows with distinct paths, not with traffic. */
export class DriftTally {
  readonly #actions = new Map<
    string,
    { exchanges: number; withDrift: number; rows: Map<string, DriftRow> }
  >();
  #exchanges = 0;
  #withDrift = 0;

  add(check: ExchangeCheck): void {
    this.#exchanges += 1;
    if (check.drift.length > 0) this.#withDrift += 1;
    const name = check.action ?? NO_ACTION;
    let entry = this.#actions.get(name);
    if (!entry) {
      entry = { exchanges: 0, withDrift: 0, rows: new Map() };
      this.#actions.set(name, entry);
    }
    entry.exchanges += 1;
    if (check.drift.length > 0) entry.withDrift += 1;
    const seenHere = new Set<string>();
    for (const item of check.drift) {
      const key = `${item.side} ${item.path} ${item.kind}`;
      let row = entry.rows.get(key);
      if (!row) {
        row = {
          side: item.side,
          path: item.path,
          kind: item.kind,
          expected: item.expected,
          exchanges: 0,
          occurrences: 0,
          samples: [],
        };
        entry.rows.set(key, row);
      }
      row.occurrences += 1;
      if (!seenHere.has(key)) row.exchanges += 1;
      seenHere.add(key);
      if (row.samples.length < 3 && !row.samples.includes(item.sample)) row.samples.push(item.sample);
    }
  }

  report(target: string, generatedAt: string): DriftReport {
    const actions = [...this.#actions.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([action, entry]) => ({
        action,
        exchanges: entry.exchanges,
        exchangesWithDrift: entry.withDrift,
        fields: [...entry.rows.values()]
          .sort(
            (a, b) =>
              a.side.localeCompare(b.side) || a.path.localeCompare(b.path) || a.kind.localeCompare(b.kind),
          )
          .map((row) => ({ ...row, samples: [...row.samples] })),
      }));
    return { target, generatedAt, exchanges: this.#exchanges, exchangesWithDrift: this.#withDrift, actions };
  }
}

/** The report as Markdown: one table per action, one row per field path and kind. */
export function renderDriftMarkdown(report: DriftReport): string {
  const lines = [
    '# Drift report',
    '',
    `Target: ${report.target}  `,
    `Written: ${report.generatedAt}  `,
    `Exchanges: ${report.exchanges}, ${report.exchangesWithDrift} with drift from the spec.`,
    '',
  ];
  if (report.exchanges === 0) lines.push('No exchanges went through the proxy.', '');
  for (const action of report.actions) {
    lines.push(
      `## ${action.action}`,
      '',
      `${action.exchanges} exchanges, ${action.exchangesWithDrift} with drift.`,
      '',
    );
    if (action.fields.length === 0) {
      lines.push('Every request and answer matched the spec.', '');
      continue;
    }
    lines.push(
      '| side | field | drift | expected | exchanges | times | samples |',
      '|---|---|---|---|---:|---:|---|',
    );
    for (const row of action.fields) {
      lines.push(
        `| ${row.side} | \`${cell(row.path)}\` | ${row.kind} | ${cell(row.expected)} | ${row.exchanges} | ${row.occurrences} | ${cell(row.samples.join(', '))} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
