// The world: companies with masked keys, their users, customers (searched, paged) and projects;
// a customer opens as every view the API gives of it, side by side.
import { api } from './api.js';
import { customerDetail } from './customer-detail.js';
import { fill, h, pager, toast } from './dom.js';
import { keyCell } from './key-cell.js';
import { store } from './store.js';

const PER_PAGE = 25;

class WorldView extends HTMLElement {
  #query = '';
  #page = 1;
  #projectPage = 1;
  #openCustomer = null;
  #companyShown = null;

  connectedCallback() {
    this.companies = h('section', { class: 'card' });
    this.users = h('section', { class: 'card' });
    this.customers = h('section', { class: 'card grow' });
    this.projects = h('section', { class: 'card' });
    this.detail = h('section', { class: 'card detail', hidden: true });
    fill(
      this,
      this.companies,
      h('div', { class: 'row' }, this.customers, h('div', { class: 'column' }, this.users, this.projects)),
      this.detail,
    );
    store.addEventListener('world', () => this.render());
  }

  render() {
    const company = store.companies.find((c) => c.id === store.companyId);
    if (this.#companyShown !== store.companyId) {
      this.#companyShown = store.companyId;
      this.#page = 1;
      this.#projectPage = 1;
      this.#query = '';
      this.#openCustomer = null;
      this.detail.hidden = true;
    }
    this.renderCompanies();
    if (!company) return;
    this.renderUsers(company);
    this.loadCustomers(company);
    this.loadProjects(company);
    if (this.#openCustomer !== null) this.openCustomer(this.#openCustomer, false);
  }

  renderCompanies() {
    fill(
      this.companies,
      h('h2', {}, 'Companies and tenants'),
      h(
        'table',
        { class: 'companies' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['Id', 'Name', 'API key', 'Profile', 'Users', 'Customers', 'Projects', 'Webhooks'].map((t) =>
              h('th', {}, t),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          store.companies.map((company) =>
            h(
              'tr',
              {
                class: company.id === store.companyId ? 'chosen' : '',
                onclick: () => store.choose(company.id),
                dataset: { company: company.id },
              },
              h('td', {}, company.id),
              h('td', {}, company.name),
              h('td', {}, keyCell(company)),
              h('td', {}, h('span', { class: 'badge' }, company.profile)),
              h('td', { class: 'num' }, company.users.length),
              h('td', { class: 'num' }, company.customers.toLocaleString()),
              h('td', { class: 'num' }, company.projects.toLocaleString()),
              h('td', { class: 'num' }, company.subscriptions),
            ),
          ),
        ),
      ),
    );
  }

  renderUsers(company) {
    fill(
      this.users,
      h('h2', {}, `Users of ${company.name}`),
      h(
        'ul',
        { class: 'users' },
        company.users.map((user) =>
          h(
            'li',
            {},
            h('strong', {}, user.name),
            ' ',
            h('span', { class: 'muted' }, user.workTitle),
            h('br'),
            h('code', {}, user.email),
            user.ownsKey ? h('span', { class: 'badge' }, 'owns the key') : null,
          ),
        ),
      ),
    );
  }

  async loadCustomers(company) {
    const params = new URLSearchParams({ page: String(this.#page), perPage: String(PER_PAGE) });
    if (this.#query) params.set('q', this.#query);
    const result = await api(`/__mock/companies/${company.id}/customers?${params}`);
    if (company.id !== store.companyId) return;
    const search = h('input', {
      type: 'search',
      placeholder: 'Search name, email, phone, id…',
      value: this.#query,
      'aria-label': 'Search customers',
    });
    let timer = null;
    search.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        this.#query = search.value.trim();
        this.#page = 1;
        this.loadCustomers(company).then(() => {
          const again = this.customers.querySelector('input[type=search]');
          again?.focus();
          again?.setSelectionRange(again.value.length, again.value.length);
        });
      }, 200);
    });
    fill(
      this.customers,
      h('h2', {}, `Customers of ${company.name}`),
      search,
      h(
        'table',
        { class: 'customers' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['Id', 'Name', 'Email', 'Status', 'Type', 'Projects', 'Notes'].map((t) => h('th', {}, t)),
          ),
        ),
        h(
          'tbody',
          {},
          result.customers.map((c) =>
            h(
              'tr',
              {
                class: c.id === this.#openCustomer ? 'chosen' : '',
                onclick: () => this.openCustomer(c.id),
                dataset: { customer: c.id },
              },
              h('td', {}, c.id),
              h('td', {}, c.name),
              h('td', {}, c.email),
              h('td', {}, h('span', { class: `status s${c.status}` }, c.statusName)),
              h('td', {}, c.type),
              h('td', { class: 'num' }, c.projects),
              h('td', { class: 'num' }, c.notes),
            ),
          ),
          result.customers.length === 0
            ? h('tr', {}, h('td', { colspan: 7, class: 'muted' }, 'No customer matches'))
            : null,
        ),
      ),
      pager(result, (page) => {
        this.#page = page;
        this.loadCustomers(company);
      }),
    );
  }

  async loadProjects(company) {
    const result = await api(`/__mock/companies/${company.id}/projects?page=${this.#projectPage}&perPage=10`);
    if (company.id !== store.companyId) return;
    fill(
      this.projects,
      h('h2', {}, 'Projects'),
      h(
        'table',
        {},
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['Id', 'Title', 'Customer', 'kW'].map((t) => h('th', {}, t)),
          ),
        ),
        h(
          'tbody',
          {},
          result.projects.map((p) =>
            h(
              'tr',
              { onclick: () => p.customerId !== null && this.openCustomer(p.customerId) },
              h('td', {}, p.id),
              h('td', {}, p.title),
              h('td', {}, p.customerName ?? h('span', { class: 'muted' }, 'none')),
              h('td', { class: 'num' }, p.systemSizeKw),
            ),
          ),
        ),
      ),
      pager(result, (page) => {
        this.#projectPage = page;
        this.loadProjects(company);
      }),
    );
  }

  async openCustomer(id, scroll = true) {
    let result;
    try {
      result = await api(`/__mock/customers/${id}`);
    } catch (error) {
      this.#openCustomer = null;
      this.detail.hidden = true;
      if (scroll) toast(error.message, 'error');
      return;
    }
    this.#openCustomer = id;
    for (const row of this.customers.querySelectorAll('tr[data-customer]'))
      row.classList.toggle('chosen', row.dataset.customer === String(id));
    store.dispatchEvent(new CustomEvent('customer', { detail: result.customer }));
    fill(
      this.detail,
      customerDetail(result, () => {
        this.detail.hidden = true;
        this.#openCustomer = null;
      }),
    );
    this.detail.hidden = false;
    if (scroll) this.detail.scrollIntoView({ behavior: 'instant', block: 'start' });
  }
}

customElements.define('sp-world', WorldView);
