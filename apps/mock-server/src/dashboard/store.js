// What several sections share, apart from the sections so each can import it.
import { api } from './api.js';

/** What several sections share: the companies, the chosen one, and the names for forms. */
export const store = Object.assign(new EventTarget(), {
  companies: [],
  companyId: null,
  meta: { actions: [], errorCodes: [], statuses: [], profiles: [] },
  webhookVersion: 'v2',
  /** Reloads the companies and tells every section the world may have changed. */
  async refresh() {
    this.show(await api('/__mock/companies'));
  },
  /** Takes an answer of `GET /__mock/companies`. */
  show(world) {
    this.companies = world.companies;
    this.webhookVersion = world.webhookVersion;
    document.getElementById('seed').textContent = `seed ${world.seed}`;
    if (!this.companies.some((c) => c.id === this.companyId)) this.companyId = this.companies[0]?.id ?? null;
    store.dispatchEvent(new Event('world'));
  },
  choose(companyId) {
    this.companyId = companyId;
    store.dispatchEvent(new Event('world'));
  },
});
