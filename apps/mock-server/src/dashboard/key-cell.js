// An API key as the world view lists it: masked, with copy and show, each asking for the whole key.
import { api } from './api.js';
import { copyText, h, toast } from './dom.js';

/** A masked key with its two ways to the whole key: copy it, or show it (each asks the API). */
export function keyCell(company) {
  const shown = h('code', { class: 'key' }, company.keys[0] ?? '');
  const fetchKey = async () => (await api(`/__mock/companies/${company.id}/keys`)).apiKeys[0];
  let revealed = false;
  return h(
    'span',
    { class: 'keycell' },
    shown,
    h(
      'button',
      {
        type: 'button',
        class: 'small',
        title: 'Copy the whole key',
        onclick: async (event) => {
          event.stopPropagation();
          await copyText(await fetchKey());
          toast(`Key of ${company.name} copied`);
        },
      },
      'copy',
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'small',
        title: 'Show or hide the whole key',
        onclick: async (event) => {
          event.stopPropagation();
          revealed = !revealed;
          shown.textContent = revealed ? await fetchKey() : company.keys[0];
          event.target.textContent = revealed ? 'hide' : 'show';
        },
      },
      'show',
    ),
  );
}
