// Webhooks: subscriptions, and deliveries with each attempt, their status and timing, and replay.
import { api } from './api.js';
import { clock, fill, h, pretty, toast } from './dom.js';
import { store } from './store.js';

/** Deliveries change without a request (retries on timers): look again this often while shown. */
const POLL_MS = 1000;

class WebhooksView extends HTMLElement {
  /** What the table shows, to redraw only when a delivery moved (an open row stays open). */
  #shown = '';
  #open = new Set();

  connectedCallback() {
    this.subscriptions = h('section', { class: 'card' });
    this.deliveries = h('section', { class: 'card' });
    fill(this, this.subscriptions, this.deliveries);
    // Hidden, it waits: the poll loads it as soon as it is shown.
    store.addEventListener('world', () => {
      if (!this.hidden) this.load(true);
    });
    setInterval(() => {
      if (!this.hidden && document.visibilityState === 'visible') this.load(this.#shown === '');
    }, POLL_MS);
  }

  async load(always) {
    const [{ subscriptions }, list] = await Promise.all([
      api('/__mock/subscriptions'),
      api('/__mock/deliveries?limit=500'),
    ]);
    this.renderSubscriptions(subscriptions);
    const shown = list.deliveries.map((d) => `${d.id}:${d.state}:${d.attempts.length}`).join();
    if (always || shown !== this.#shown) this.renderDeliveries(list.deliveries);
    this.#shown = shown;
  }

  renderSubscriptions(subscriptions) {
    fill(
      this.subscriptions,
      h('h2', {}, 'Subscriptions'),
      subscriptions.length === 0
        ? h('p', { class: 'muted' }, 'No subscription yet: subscribe_customer adds one.')
        : h(
            'table',
            {},
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                ['Tenant', 'Event', 'URL', 'Since'].map((t) => h('th', {}, t)),
              ),
            ),
            h(
              'tbody',
              {},
              subscriptions.map((s) =>
                h(
                  'tr',
                  {},
                  h('td', {}, s.companyId),
                  h('td', {}, s.event),
                  h('td', {}, h('code', {}, s.hookUrl)),
                  h('td', {}, s.createdAt),
                ),
              ),
            ),
          ),
    );
  }

  renderDeliveries(deliveries) {
    const rows = [...deliveries].reverse().flatMap((d) => {
      const last = d.attempts.at(-1);
      const total = d.attempts.reduce((sum, a) => sum + a.durationMs, 0);
      const row = h(
        'tr',
        {
          class: d.state,
          dataset: { delivery: d.id },
          onclick: () => {
            if (this.#open.has(d.id)) this.#open.delete(d.id);
            else this.#open.add(d.id);
            this.renderDeliveries(deliveries);
          },
        },
        h('td', {}, h('code', {}, d.id.slice(0, 8))),
        h('td', {}, clock(d.createdAt)),
        h('td', {}, d.companyId),
        h('td', {}, d.event),
        h('td', {}, h('code', {}, d.hookUrl)),
        h('td', {}, h('span', { class: `state ${d.state}` }, d.state)),
        h('td', { class: 'num' }, d.attempts.length),
        h('td', {}, last ? (last.status ?? last.error ?? '') : ''),
        h('td', { class: 'num' }, `${total} ms`),
        h(
          'td',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'small',
              onclick: async (event) => {
                event.stopPropagation();
                await api(`/__mock/deliveries/${d.id}/replay`, { method: 'POST' });
                toast(`Delivery ${d.id.slice(0, 8)} sent again`);
                this.load(true);
              },
            },
            'Replay',
          ),
        ),
      );
      if (!this.#open.has(d.id)) return [row];
      const attempts = h(
        'tr',
        { class: 'attempts' },
        h(
          'td',
          { colspan: 10 },
          h(
            'table',
            {},
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                ['Attempt', 'At', 'Status', 'Error', 'Time'].map((t) => h('th', {}, t)),
              ),
            ),
            h(
              'tbody',
              {},
              d.attempts.map((a, i) =>
                h(
                  'tr',
                  {},
                  h('td', {}, i + 1),
                  h('td', {}, a.at),
                  h('td', {}, a.status ?? ''),
                  h('td', {}, a.error ?? ''),
                  h('td', { class: 'num' }, `${a.durationMs} ms`),
                ),
              ),
            ),
          ),
          d.nextAttemptAt ? h('p', { class: 'muted' }, `Next attempt at ${d.nextAttemptAt}`) : null,
          h('pre', {}, pretty(d.body)),
        ),
      );
      return [row, attempts];
    });
    fill(
      this.deliveries,
      h('h2', {}, `Deliveries (${deliveries.length})`),
      deliveries.length === 0
        ? h(
            'p',
            { class: 'muted' },
            'No delivery yet: a subscribed event (a created customer, a status change) sends one.',
          )
        : h(
            'table',
            { class: 'deliveries' },
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                ['Id', 'Created', 'Tenant', 'Event', 'URL', 'State', 'Attempts', 'Last', 'Time', ''].map(
                  (t) => h('th', {}, t),
                ),
              ),
            ),
            h('tbody', {}, rows),
          ),
    );
  }
}

customElements.define('sp-webhooks', WebhooksView);
