// A few DOM helpers. Every text goes in as a text node, never as HTML: data from the world
// (names, notes, request bodies) cannot inject markup.

/** `h('td', { class: 'x', onclick }, 'text', child)`: an element with attributes and children. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat(Number.POSITIVE_INFINITY)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** Replaces the children of `element`. */
export function fill(element, ...children) {
  element.replaceChildren();
  for (const child of children.flat(Number.POSITIVE_INFINITY)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** JSON as indented text, or the text itself when it is not JSON. */
export function pretty(value) {
  if (typeof value !== 'string') return JSON.stringify(value, null, 2);
  try {
    return JSON.stringify(JSON.parse(value), null, 2);
  } catch {
    return value;
  }
}

/** `2026-12-01T19:23:30.123Z` as `19:23:30` (local time) for tables. */
export function clock(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleTimeString([], { hour12: false });
}

/** A short notice at the foot of the page. */
export function toast(message, kind = 'info') {
  const box = document.getElementById('toasts');
  const item = h('div', { class: `toast ${kind}`, role: 'status' }, message);
  box?.append(item);
  setTimeout(() => item.remove(), kind === 'error' ? 8000 : 4000);
}

/** Puts `text` on the clipboard (falls back to a selection where the Clipboard API is absent). */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = h('textarea', { class: 'offscreen' }, text);
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
}

/** A `<select>` of `options` ([value, label] pairs) with `value` chosen. */
export function select(attributes, options, value) {
  return h(
    'select',
    attributes,
    options.map(([v, label]) => h('option', { value: v, selected: String(v) === String(value) }, label)),
  );
}

/** The pager under a table: `Page 2 of 4000 (100,000)` with previous and next. */
export function pager({ page, perPage, total }, go) {
  const last = Math.max(1, Math.ceil(total / perPage));
  return h(
    'div',
    { class: 'pager' },
    h('button', { type: 'button', disabled: page <= 1, onclick: () => go(page - 1) }, '‹ Prev'),
    h('span', {}, `Page ${page} of ${last.toLocaleString()} (${total.toLocaleString()})`),
    h('button', { type: 'button', disabled: page >= last, onclick: () => go(page + 1) }, 'Next ›'),
  );
}
