import { apiError } from '../core/error-response.js';
import { jsonTextResponse } from '../core/json-response.js';
import { customerView } from '../views/customer-view.js';
import type { ActionHandler } from './action-context.js';

/** The documented page size. */
export const CUSTOMERS_PER_PAGE = 50;

/**
 * `getallcustomers`: one page of the company's customers in creation order. A page past the end
 * answers NO_CUSTOMERS_FOUND by default, or `[]` (interpretation I-7).
 */
export const getAllCustomers: ActionHandler<'getallcustomers'> = (context) => {
  const { world, company, query, cache, interpretation } = context;
  const { switches } = interpretation;
  const page = query.page ?? 1;
  const key = `getallcustomers:${company.id}:${world.companyVersion(company.id)}:${page}:${interpretation.label}`;
  return cache.getOrRender(key, () => {
    const customers = world.customersPage(company.id, page, CUSTOMERS_PER_PAGE);
    if (customers.length === 0) {
      const total = world.customerCount(company.id);
      const end = switches['I-7'];
      if (end === 'empty-array' || (end === 'empty-first-page' && total === 0 && page === 1)) {
        return jsonTextResponse(200, '[]');
      }
      const last = Math.ceil(total / CUSTOMERS_PER_PAGE);
      return apiError(
        'NO_CUSTOMERS_FOUND',
        total === 0
          ? 'No customers exist in this account'
          : `No customers found on page ${page}: the last page is ${last}`,
      );
    }
    const views = customers.map((customer) =>
      customerView(world, customer, { systemSize: 'number', switches }),
    );
    return jsonTextResponse(200, JSON.stringify(views));
  });
};
