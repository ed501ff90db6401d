// The locale entry loads only en_AU; the main entry (for its Faker class) loads every locale, ~110 ms.
import { faker } from '@faker-js/faker/locale/en_AU';
import { parseJson } from './parse-json.js';
import type { RecordedExchange } from './recorded-exchange.js';

type Category =
  | 'first'
  | 'last'
  | 'full'
  | 'email'
  | 'phone'
  | 'street'
  | 'company'
  | 'abn'
  | 'note'
  | 'link'
  | 'username';

/** Which personal datum a JSON key or query parameter holds, by its name in any of the API's vocabularies. */
function categoryOf(key: string): Category | undefined {
  const k = key.toLowerCase();
  if (/e_?mail/.test(k)) return 'email';
  if (/phone/.test(k)) return 'phone';
  if (/first_?name/.test(k)) return 'first';
  if (/last_?name|surname/.test(k)) return 'last';
  if (/company_?name/.test(k)) return 'company';
  if (/username/.test(k)) return 'username';
  if (/(^|_)(customer|user)_?name$|^name$/.test(k)) return 'full';
  if (/abn$/.test(k)) return 'abn';
  if (/site_?address$|^street$/.test(k)) return 'street';
  if (/^note$|^customer_notes$/.test(k)) return 'note';
  if (/link$/.test(k)) return 'link';
  return undefined;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const HAS_EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
// The instance is shared with the world's seeding (seed-pools): each seeds it right before it draws,
// synchronously, so neither ever sees the other's state.

/**
 * Replaces names, emails, phones, addresses, company names, ABNs, notes and links with faker values,
 * consistently: the same original always becomes the same stand-in (within a recording and across
 * recordings made with the same salt), so a customer looked up by email is still found under its
 * new email. Emails are also replaced inside any other text (a message that echoes one, a query).
 *
 * @example
 * const scrub = new PersonalDataScrubber();
 * scrub.value('email', 'jane@home.net') === scrub.value('email', 'jane@home.net'); // true
 */
export class PersonalDataScrubber {
  readonly #salt: string;
  readonly #seen = new Map<string, string>();

  constructor(salt = 'solarproof') {
    this.#salt = salt;
  }

  /** The stand-in for one original value of a category. Empty values stay empty. */
  value(category: Category, original: string): string {
    if (original.trim() === '') return original;
    const key = `${category}\u0000${original}`;
    const hit = this.#seen.get(key);
    if (hit !== undefined) return hit;
    faker.seed(hash(`${this.#salt}\u0000${key}`));
    const made = invent(category, original);
    this.#seen.set(key, made);
    return made;
  }

  /** A JSON value with every personal field replaced (by key name), and emails replaced in other strings. */
  json(value: unknown, key = ''): unknown {
    if (Array.isArray(value)) return value.map((item) => this.json(item, key));
    if (value !== null && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, child] of Object.entries(value)) out[k] = this.json(child, k);
      return out;
    }
    if (typeof value !== 'string') return value;
    const category = categoryOf(key);
    return category ? this.value(category, value) : this.text(value);
  }

  /** Free text with every email in it replaced. */
  text(text: string): string {
    return text.replace(EMAIL, (email) => this.value('email', email));
  }

  /** The exchange with its query, bodies and any echoed emails scrubbed. Headers other than cookies carry no personal data here. */
  exchange(exchange: RecordedExchange): RecordedExchange {
    const out: RecordedExchange = {
      ...exchange,
      request: { ...exchange.request, url: this.#url(exchange.request.url) },
    };
    if (exchange.request.body !== undefined) out.request.body = this.#body(exchange.request.body);
    if (exchange.response) out.response = { ...exchange.response, body: this.#body(exchange.response.body) };
    return out;
  }

  #url(text: string): string {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return this.text(text);
    }
    const params = [...url.searchParams];
    if (!params.some(([name, v]) => categoryOf(name) || HAS_EMAIL.test(v))) return text;
    url.search = '';
    for (const [name, value] of params) {
      const category = categoryOf(name);
      url.searchParams.append(name, category ? this.value(category, value) : this.text(value));
    }
    return url.toString().replace(/%2A%2A%2A/g, '***');
  }

  #body(text: string): string {
    const parsed = parseJson(text);
    return parsed.ok ? JSON.stringify(this.json(parsed.value)) : this.text(text);
  }
}

function invent(category: Category, original: string): string {
  switch (category) {
    case 'first':
      return faker.person.firstName();
    case 'last':
      return faker.person.lastName();
    case 'full':
      return `${faker.person.firstName()} ${faker.person.lastName()}`;
    case 'username':
      return faker.internet.username().toLowerCase();
    case 'email':
      return faker.internet.email({ provider: 'example.com' }).toLowerCase();
    case 'phone':
      // Keep the shape (a mobile stays a mobile, spaces stay where they were): only digits change.
      return original.replace(/[0-9]/g, (digit, at: number) =>
        at < 2 ? digit : String(faker.number.int(9)),
      );
    case 'street':
      return original.includes(',')
        ? `${faker.location.buildingNumber()} ${faker.location.street()}, ${original.split(',').slice(1).join(',').trim()}`
        : faker.location.street();
    case 'company':
      return `${faker.company.name()}`;
    case 'abn':
      return original.replace(/[0-9]/g, () => String(faker.number.int(9)));
    case 'note':
      return faker.lorem.sentence();
    case 'link':
      return `https://example.com/proposal/${faker.string.alphanumeric(12)}`;
  }
}

/** FNV-1a, enough to seed faker from a value. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
