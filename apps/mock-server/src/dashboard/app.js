// The dashboard: four sections over one shared store. Plain custom elements, no framework.
import { api, stream } from './api.js';
import './controls-view.js';
import { fill, h, toast } from './dom.js';
import { store } from './store.js';
import './traffic-view.js';
import './webhooks-view.js';
import './world-view.js';

const SECTIONS = ['world', 'traffic', 'webhooks', 'controls'];

function show() {
  const wanted = location.hash.slice(1);
  const current = SECTIONS.includes(wanted) ? wanted : 'world';
  for (const name of SECTIONS) {
    document.getElementById(name).hidden = name !== current;
    document.querySelector(`nav a[href="#${name}"]`)?.setAttribute('aria-current', String(name === current));
  }
}

/** Writes show up in the world view without a reload: the journal says when one happened. */
let pending = null;
function worldMayHaveChanged() {
  clearTimeout(pending);
  pending = setTimeout(() => store.refresh().catch(() => {}), 150);
}
const WRITES = new Set([
  'createcustomer',
  'updatecustomer',
  'deletecustomer',
  'subscribe_customer',
  'unsubscribe_customer',
]);

async function start() {
  window.addEventListener('hashchange', show);
  show();
  const state = document.getElementById('live');
  // The stream first: a request sent while the rest loads is not missed.
  stream('/__mock/journal/stream', {
    onState: (text) => {
      state.textContent = text;
      state.className = text === 'live' ? 'badge ok' : 'badge warn';
    },
    onEvent: (name, entry) => {
      if (name !== 'request') return;
      store.dispatchEvent(new CustomEvent('request', { detail: entry }));
      if (WRITES.has(entry.action) && entry.status < 300) worldMayHaveChanged();
    },
  });
  window.addEventListener('unhandledrejection', (event) =>
    toast(String(event.reason?.message ?? event.reason), 'error'),
  );
  try {
    const [meta, readings, world] = await Promise.all([
      api('/__mock/actions'),
      api('/__mock/interpretations'),
      api('/__mock/companies'),
    ]);
    store.meta = { ...meta, profiles: readings.profiles.map((p) => p.name) };
    store.show(world);
  } catch (error) {
    fill(document.getElementById('world'), h('p', { class: 'error' }, error.message));
  }
}

start();
