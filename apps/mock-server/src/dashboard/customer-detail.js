// One customer opened: its facts, notes and projects, and every view the API gives of it, side by side.
import { h, pretty } from './dom.js';

/** The detail of `result` (an answer of `GET /__mock/customers/{id}`); `onClose` hides it. */
export function customerDetail(result, onClose) {
  const c = result.customer;
  return [
    h(
      'div',
      { class: 'detail-head' },
      h('h2', {}, `${c.name} `, h('span', { class: 'muted' }, `#${c.id} · ${c.uid}`)),
      h(
        'button',
        {
          type: 'button',
          onclick: onClose,
        },
        'Close',
      ),
    ),
    h(
      'p',
      {},
      h('span', { class: `status s${c.status}` }, c.statusName),
      ` ${c.type} · ${c.email} · ${c.phone}`,
      c.owner ? ` · owner ${c.owner.name}` : '',
    ),
    h(
      'div',
      { class: 'row' },
      h(
        'div',
        { class: 'grow' },
        h('h3', {}, `Notes (${result.notes.length})`),
        result.notes.length === 0
          ? h('p', { class: 'muted' }, 'No notes')
          : h(
              'ul',
              { class: 'notes' },
              result.notes.map((n) => h('li', {}, h('span', { class: 'muted' }, n.datetime), ' ', n.note)),
            ),
      ),
      h(
        'div',
        { class: 'grow' },
        h('h3', {}, `Projects (${result.projects.length})`),
        result.projects.length === 0
          ? h('p', { class: 'muted' }, 'No projects')
          : h(
              'ul',
              {},
              result.projects.map((p) => h('li', {}, `#${p.id} ${p.title} (${p.systemSizeKw} kW)`)),
            ),
      ),
    ),
    h(
      'h3',
      {},
      'Every view of this customer ',
      h('span', { class: 'muted' }, `(as profile ${result.profile} answers)`),
    ),
    h(
      'div',
      { class: 'views' },
      result.views.map((view) =>
        h(
          'figure',
          { class: 'view' },
          h('figcaption', {}, h('strong', {}, view.title), h('br'), h('code', {}, view.call)),
          h('pre', {}, pretty(view.answer)),
        ),
      ),
    ),
  ];
}
