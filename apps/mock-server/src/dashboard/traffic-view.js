// Live traffic: the journal as it happens, filtered; a request opens with its bodies and a curl line.
import { api } from './api.js';
import { clock, copyText, fill, h, pretty, select, toast } from './dom.js';
import { store } from './store.js';

/** Rows kept in the page: enough to scroll back, never an ever-growing table. */
const KEEP = 500;

function shellQuote(text) {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** The request as a curl line; `key` replaces the hidden `api_key` (the shell variable by default). */
export function curlLine(entry, detail, key = '$SOLARPROOF_API_KEY') {
  const query = entry.query.replace(/(^|&)(api_key)=\*\*\*/, (_m, lead, name) => `${lead}${name}=${key}`);
  const url = `${location.origin}${entry.path}${query ? `?${query}` : ''}`;
  const parts = ['curl'];
  if (entry.method !== 'GET') parts.push('-X', entry.method);
  parts.push(`"${url.replaceAll('"', '\\"')}"`);
  if (detail?.requestBody) {
    parts.push('-H', shellQuote(`content-type: ${detail.contentType ?? 'application/json'}`));
    parts.push('--data', shellQuote(detail.requestBody));
  }
  return parts.join(' ');
}

class TrafficView extends HTMLElement {
  #entries = [];
  #filter = { companyId: '', action: '', status: '', code: '' };
  #paused = false;

  connectedCallback() {
    this.filters = h('div', { class: 'filters' });
    this.table = h('tbody');
    this.detail = h('section', { class: 'card detail', hidden: true });
    fill(
      this,
      h(
        'section',
        { class: 'card' },
        h('h2', {}, 'Live traffic'),
        this.filters,
        h(
          'table',
          { class: 'journal' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['#', 'Time', 'Method', 'Action', 'Status', 'Code', 'Tenant', 'Query'].map((t) =>
                h('th', {}, t),
              ),
            ),
          ),
          this.table,
        ),
      ),
      this.detail,
    );
    store.addEventListener('world', () => {
      this.renderFilters();
      this.renderRows();
    });
    store.addEventListener('request', (event) => this.add(/** @type {CustomEvent} */ (event).detail));
    store.addEventListener('reset', (event) => {
      // A company's reset clears only its part of the journal; the world's, all of it.
      const { companyId } = /** @type {CustomEvent} */ (event).detail ?? {};
      this.#entries = companyId ? this.#entries.filter((e) => e.companyId !== companyId) : [];
      this.renderRows();
    });
    this.load();
  }

  async load() {
    const { entries } = await api('/__mock/journal?limit=200');
    const known = new Set(this.#entries.map((e) => e.seq));
    this.#entries = [...entries.filter((e) => !known.has(e.seq)), ...this.#entries]
      .sort((a, b) => a.seq - b.seq)
      .slice(-KEEP);
    this.renderRows();
  }

  add(entry) {
    if (this.#entries.some((e) => e.seq === entry.seq)) return;
    this.#entries.push(entry);
    if (this.#entries.length > KEEP) this.#entries.shift();
    if (!this.#paused && this.shows(entry)) {
      this.table.prepend(this.row(entry));
      while (this.table.children.length > KEEP) this.table.lastChild.remove();
    }
  }

  /** Whether the filters let `entry` through. */
  shows(entry) {
    const f = this.#filter;
    if (f.companyId !== '' && String(entry.companyId) !== f.companyId) return false;
    if (f.action !== '' && entry.action !== f.action) return false;
    if (f.status !== '' && String(entry.status)[0] !== f.status[0]) return false;
    if (f.code !== '' && entry.code !== f.code) return false;
    return true;
  }

  renderFilters() {
    const change = (name) => (event) => {
      this.#filter[name] = event.target.value;
      this.renderRows();
    };
    fill(
      this.filters,
      select(
        { 'aria-label': 'Tenant', onchange: change('companyId') },
        [['', 'Every tenant'], ...store.companies.map((c) => [String(c.id), `${c.id} ${c.name}`])],
        this.#filter.companyId,
      ),
      select(
        { 'aria-label': 'Action', onchange: change('action') },
        [['', 'Every action'], ...store.meta.actions.map((a) => [a, a])],
        this.#filter.action,
      ),
      select(
        { 'aria-label': 'Status', onchange: change('status') },
        [
          ['', 'Every status'],
          ['2xx', '2xx'],
          ['3xx', '3xx'],
          ['4xx', '4xx'],
          ['5xx', '5xx'],
        ],
        this.#filter.status,
      ),
      select(
        { 'aria-label': 'Code', onchange: change('code') },
        [['', 'Every code'], ...store.meta.errorCodes.map((c) => [c, c])],
        this.#filter.code,
      ),
      h(
        'label',
        {},
        h('input', {
          type: 'checkbox',
          onchange: (event) => {
            this.#paused = event.target.checked;
            if (!this.#paused) this.renderRows();
          },
        }),
        ' pause',
      ),
      h(
        'button',
        {
          type: 'button',
          onclick: async () => {
            await api('/__mock/journal', { method: 'DELETE' });
            this.#entries = [];
            this.renderRows();
          },
        },
        'Clear journal',
      ),
    );
  }

  renderRows() {
    fill(
      this.table,
      this.#entries
        .filter((e) => this.shows(e))
        .reverse()
        .map((e) => this.row(e)),
    );
  }

  row(entry) {
    const company = store.companies.find((c) => c.id === entry.companyId);
    return h(
      'tr',
      {
        class: entry.status >= 400 ? 'failed' : '',
        onclick: () => this.open(entry),
        dataset: { seq: entry.seq },
      },
      h('td', {}, entry.seq),
      h('td', {}, clock(entry.at)),
      h('td', {}, entry.method),
      h('td', {}, entry.action ?? h('span', { class: 'muted' }, 'none')),
      h('td', {}, h('span', { class: `http h${String(entry.status)[0]}` }, entry.status)),
      h('td', {}, entry.code ?? ''),
      h('td', {}, company ? `${company.id} ${company.name}` : (entry.companyId ?? '')),
      h('td', { class: 'query' }, entry.query),
    );
  }

  async open(entry) {
    let found;
    try {
      found = await api(`/__mock/journal/${entry.seq}`);
    } catch (error) {
      toast(error.message, 'error');
      return;
    }
    const { detail } = found;
    const line = curlLine(entry, detail);
    const copyWithKey = async () => {
      if (entry.companyId === null) return copyText(line);
      const { apiKeys } = await api(`/__mock/companies/${entry.companyId}/keys`);
      await copyText(curlLine(entry, detail, apiKeys[0]));
      toast('curl line copied with the key');
    };
    fill(
      this.detail,
      h(
        'div',
        { class: 'detail-head' },
        h(
          'h2',
          {},
          `#${entry.seq} ${entry.method} ${entry.action ?? entry.path} `,
          h('span', { class: `http h${String(entry.status)[0]}` }, entry.status),
        ),
        h(
          'button',
          {
            type: 'button',
            onclick: () => {
              this.detail.hidden = true;
            },
          },
          'Close',
        ),
      ),
      h(
        'dl',
        { class: 'facts' },
        h('dt', {}, 'At'),
        h('dd', {}, entry.at),
        h('dt', {}, 'Query'),
        h('dd', {}, h('code', {}, entry.query || '(none)')),
        'profile' in entry ? [h('dt', {}, 'Profile'), h('dd', {}, entry.profile)] : null,
        h('dt', {}, 'Error code'),
        h('dd', {}, entry.code ?? 'none'),
      ),
      h('h3', {}, 'curl'),
      h('pre', { class: 'curl' }, line),
      h(
        'p',
        {},
        h(
          'button',
          { type: 'button', onclick: () => copyText(line).then(() => toast('curl line copied')) },
          'Copy',
        ),
        ' ',
        entry.companyId === null
          ? null
          : h('button', { type: 'button', onclick: copyWithKey }, 'Copy with the key'),
      ),
      detail
        ? h(
            'div',
            { class: 'views' },
            h(
              'figure',
              { class: 'view' },
              h('figcaption', {}, h('strong', {}, 'Request body')),
              h('pre', {}, detail.requestBody === null ? '(none)' : pretty(detail.requestBody)),
            ),
            h(
              'figure',
              { class: 'view' },
              h('figcaption', {}, h('strong', {}, `Response ${entry.status}`)),
              h(
                'pre',
                { class: 'headers' },
                Object.entries(detail.responseHeaders)
                  .map(([k, v]) => `${k}: ${v}`)
                  .join('\n'),
              ),
              h('pre', {}, pretty(detail.responseBody)),
            ),
          )
        : h('p', { class: 'muted' }, 'Bodies are kept for the latest 100 requests only; this one is older.'),
    );
    this.detail.hidden = false;
  }
}

customElements.define('sp-traffic', TrafficView);
