// The resets: the chosen company alone, or the whole world. Each asks before it acts.
import { api } from './api.js';
import { fill, h, toast } from './dom.js';
import { store } from './store.js';

/**
 * A button that asks first: a press shows `question` with "Yes, reset" and "Cancel", and only
 * "Yes" runs `run` (whose answer is shown as a notice).
 */
function confirmingButton(label, question, run) {
  const holder = h('div', { class: 'confirm' });
  const idle = () => fill(holder, h('button', { type: 'button', onclick: ask }, label));
  const ask = () =>
    fill(
      holder,
      h('span', { class: 'question' }, question),
      h(
        'button',
        {
          type: 'button',
          class: 'danger',
          onclick: async () => {
            idle();
            try {
              toast(await run());
            } catch (error) {
              toast(error.message, 'error');
            }
          },
        },
        'Yes, reset',
      ),
      h('button', { type: 'button', onclick: idle }, 'Cancel'),
    );
  idle();
  return holder;
}

/**
 * The reset card, naming the chosen company. After a reset every section hears `reset` (with the
 * company reset, or null for the world) and the companies are reloaded.
 */
export function resetCard() {
  const company = store.companies.find((c) => c.id === store.companyId);
  const done = async (companyId) => {
    store.dispatchEvent(new CustomEvent('reset', { detail: { companyId } }));
    await store.refresh();
  };
  return h(
    'section',
    { class: 'card control reset' },
    h('h2', {}, 'Reset'),
    company
      ? [
          h(
            'p',
            { class: 'muted' },
            `${company.name} alone: back to its seeded data (a tenant: as created), its faults, journal and deliveries gone. Every other company keeps its own.`,
          ),
          confirmingButton(
            `Reset ${company.name}`,
            `Reset ${company.name} and lose its changes?`,
            async () => {
              const answer = await api(`/__mock/reset?companyId=${company.id}`, { method: 'POST' });
              await done(company.id);
              return `${answer.name} is back to ${answer.customers} customers; ${answer.cleared.faults} faults and ${answer.cleared.journalEntries} journal entries cleared`;
            },
          ),
        ]
      : null,
    h('p', { class: 'muted' }, 'Back to the seeded world: tenants, changes, journal and faults gone.'),
    confirmingButton('Reset the world', 'Reset every company and remove the tenants?', async () => {
      await api('/__mock/reset', { method: 'POST' });
      await done(null);
      return 'The world is back to its seed';
    }),
  );
}
