// Controls: faults, latency, a customer's status and notes, tenants, resets (reset-card.js).
import { api } from './api.js';
import { copyText, fill, h, select, toast } from './dom.js';
import { resetCard } from './reset-card.js';
import { store } from './store.js';

/** A form whose submit runs `send(values)` and says what happened. */
function form(title, fields, label, send) {
  const element = h(
    'form',
    {
      class: 'card control',
      onsubmit: async (event) => {
        event.preventDefault();
        const values = Object.fromEntries(new FormData(element));
        try {
          const done = await send(values);
          toast(done);
        } catch (error) {
          toast(error.message, 'error');
        }
      },
    },
    h('h2', {}, title),
    fields,
    h('button', { type: 'submit' }, label),
  );
  return element;
}

const field = (label, input) => h('label', {}, h('span', {}, label), input);
const number = (name, attributes = {}) => h('input', { type: 'number', name, min: 0, ...attributes });

class ControlsView extends HTMLElement {
  connectedCallback() {
    this.faults = h('section', { class: 'card' });
    this.forms = h('div', { class: 'controls' });
    // Inside the forms' grid, rebuilt as the chosen company changes.
    this.resets = h('div', { class: 'slot' });
    fill(this, this.forms, this.faults);
    store.addEventListener('world', () => this.render());
    store.addEventListener('customer', (event) => {
      const { id } = /** @type {CustomEvent} */ (event).detail;
      const inputs = /** @type {NodeListOf<HTMLInputElement>} */ (
        this.querySelectorAll('input[name=customerId]')
      );
      for (const input of inputs) input.value = id;
    });
  }

  async loadFaults() {
    const { faults } = await api('/__mock/faults');
    fill(
      this.faults,
      h('h2', {}, `Queued faults (${faults.length})`),
      faults.length === 0
        ? h('p', { class: 'muted' }, 'None: every call runs as documented.')
        : h(
            'table',
            {},
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                ['Id', 'Action', 'Code', 'Latency', 'Reset', 'Left'].map((t) => h('th', {}, t)),
              ),
            ),
            h(
              'tbody',
              {},
              faults.map((f) =>
                h(
                  'tr',
                  {},
                  h('td', {}, f.id),
                  h('td', {}, f.action),
                  h('td', {}, f.code ?? ''),
                  h('td', {}, `${f.latencyMs} ms`),
                  h('td', {}, f.reset ? 'yes' : ''),
                  h('td', { class: 'num' }, f.remaining),
                ),
              ),
            ),
          ),
      h(
        'button',
        {
          type: 'button',
          disabled: faults.length === 0,
          onclick: async () => {
            await api('/__mock/faults', { method: 'DELETE' });
            this.loadFaults();
          },
        },
        'Remove every fault',
      ),
    );
  }

  /** The reset card names the chosen company, so it follows the choice. */
  renderReset() {
    fill(this.resets, resetCard());
  }

  render() {
    // The forms are built once (typed values survive a world change); the faults follow it.
    if (this.forms.childElementCount > 0) {
      this.renderReset();
      this.loadFaults();
      return;
    }
    const actions = [['*', '* (every action)'], ...store.meta.actions.map((a) => [a, a])];
    const statuses = store.meta.statuses.map((s) => [String(s.id), `${s.id} ${s.name}`]);
    const afterFault = (fault) => {
      this.loadFaults();
      return `Fault ${fault.id} queued for ${fault.action}`;
    };
    fill(
      this.forms,
      form(
        'Queue a fault',
        [
          field('Action', select({ name: 'action' }, actions, '*')),
          field(
            'Answer',
            select(
              { name: 'code' },
              [['', 'the real answer'], ...store.meta.errorCodes.map((c) => [c, c])],
              'UNKNOWN',
            ),
          ),
          field('Calls', number('count', { value: 1, min: 1 })),
          field('Cut the connection', h('input', { type: 'checkbox', name: 'reset' })),
        ],
        'Queue',
        async (v) =>
          afterFault(
            await api('/__mock/faults', {
              method: 'POST',
              body: {
                action: v.action,
                count: Number(v.count) || 1,
                ...(v.code ? { code: v.code } : {}),
                ...(v.reset ? { reset: true } : {}),
              },
            }),
          ),
      ),
      form(
        'Add latency',
        [
          field('Action', select({ name: 'action' }, actions, '*')),
          field('Milliseconds', number('latencyMs', { value: 500, max: 60000 })),
          field('Calls', number('count', { value: 10, min: 1 })),
        ],
        'Slow down',
        async (v) =>
          afterFault(
            await api('/__mock/faults', {
              method: 'POST',
              body: { action: v.action, latencyMs: Number(v.latencyMs), count: Number(v.count) || 1 },
            }),
          ),
      ),
      form(
        "Change a customer's status",
        [
          field('Customer id', number('customerId', { required: true })),
          field('Status', select({ name: 'status' }, statuses, '2')),
        ],
        'Change (fires its webhook)',
        async (v) => {
          const done = await api(`/__mock/customers/${Number(v.customerId)}/status`, {
            method: 'POST',
            body: { status: Number(v.status) },
          });
          store.refresh();
          return `Customer ${done.customerId}: status ${done.oldStatus} → ${done.newStatus}`;
        },
      ),
      form(
        'Add a note',
        [
          field('Customer id', number('customerId', { required: true })),
          field('Note', h('textarea', { name: 'note', required: true, maxlength: 5000, rows: 2 })),
        ],
        'Add',
        async (v) => {
          const done = await api(`/__mock/customers/${Number(v.customerId)}/notes`, {
            method: 'POST',
            body: { note: v.note },
          });
          store.refresh();
          return `Customer ${done.customerId} has ${done.notes} notes`;
        },
      ),
      form(
        'Create a tenant',
        [
          field('Name', h('input', { name: 'name', placeholder: 'Sunny Installs Pty Ltd', maxlength: 100 })),
          field('Customers', number('customers', { value: 10, max: 10000 })),
          field('Seed', number('seed')),
          field(
            'Interpretation profile',
            select(
              { name: 'profile' },
              store.meta.profiles.map((p) => [p, p]),
              store.meta.profiles[0],
            ),
          ),
        ],
        'Create',
        async (v) => {
          const body = {
            customers: Number(v.customers) || 0,
            ...(v.name ? { name: v.name } : {}),
            ...(v.seed ? { seed: Number(v.seed) } : {}),
            ...(v.profile ? { profile: v.profile } : {}),
          };
          const tenant = await api('/__mock/tenants', { method: 'POST', body });
          await store.refresh();
          store.choose(tenant.companyId);
          await copyText(tenant.apiKey);
          return `Tenant ${tenant.companyId} (${tenant.profile}) created with ${tenant.customers} customers; its key is on the clipboard`;
        },
      ),
      this.resets,
    );
    this.renderReset();
    this.loadFaults();
  }
}

customElements.define('sp-controls', ControlsView);
