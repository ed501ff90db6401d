import type { OperationId } from '@solarproof/schemas';
import type { ActionContext } from '../actions/action-context.js';
import { actionRegistry } from '../actions/action-registry.js';
import { CUSTOMERS_PER_PAGE } from '../actions/get-all-customers.js';
import { PageCache } from '../core/page-cache.js';
import type { Interpretation } from '../interpretations/resolve-interpretation.js';
import { customerCreatedPayload, type WebhookVersion } from '../views/webhook-payloads.js';
import type { Company, StoredCustomer, World } from '../world/types.js';
import { customerSummary } from './customer-summary.js';

export interface CustomerViewAnswer {
  title: string;
  /** The action call or event that gives this view. */
  call: string;
  answer: unknown;
}

/** Runs a read action as a caller of `company` would, without journal, faults or shared cache. */
function read(
  world: World,
  company: Company,
  interpretation: Interpretation,
  action: string,
  query: Record<string, unknown>,
): unknown {
  const handler = actionRegistry.get(action)?.handler;
  if (!handler) throw new Error(`No action ${action}`);
  const context: ActionContext<OperationId> = {
    world,
    company,
    query: query as ActionContext['query'],
    body: undefined as ActionContext['body'],
    hookRefusal: () => undefined,
    now: new Date(0).toISOString(),
    cache: new PageCache({ maxEntries: 1 }),
    apply: () => ({ ok: false, reason: 'UNKNOWN_COMPANY' }),
    interpretation,
  };
  return JSON.parse(handler(context).body);
}

/** 1-based index of `id` in a list in ascending id order. */
function positionOf(list: readonly StoredCustomer[], id: number): number {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const at = list[mid]!.id;
    if (at === id) return mid + 1;
    if (at < id) low = mid + 1;
    else high = mid - 1;
  }
  return 0;
}

/**
 * One customer as every answer of the API gives it, side by side: the real read actions run on
 * the stored record, plus the webhook payloads, so a difference between them (the reference's
 * I-n) is there to see.
 */
export function customerViews(
  world: World,
  customer: StoredCustomer,
  webhookVersion: WebhookVersion,
  interpretationOf: (company: Company) => Interpretation,
) {
  const company = world.company(customer.companyId);
  if (!company) throw new Error(`Customer ${customer.id} has an unknown company`);
  const interpretation = interpretationOf(company);
  const owner = world.user(customer.ownerUserId);
  const projects = world.projectsOfCustomer(customer.id);
  const all = world.customersPage(company.id, 1, Number.MAX_SAFE_INTEGER);
  const page = Math.ceil(positionOf(all, customer.id) / CUSTOMERS_PER_PAGE);
  const listed = read(world, company, interpretation, 'getallcustomers', { page });
  const other: WebhookVersion = webhookVersion === 'v2' ? 'v1' : 'v2';
  const views: CustomerViewAnswer[] = [
    {
      title: 'List item',
      call: `getallcustomers page=${page}`,
      answer: Array.isArray(listed)
        ? listed.find((item: { customer_id?: unknown }) => String(item.customer_id) === String(customer.id))
        : listed,
    },
    {
      title: 'By email',
      call: `getcustomerByemail customer_email=${customer.email}`,
      answer: read(world, company, interpretation, 'getcustomerByemail', { customer_email: customer.email }),
    },
    ...projects.map((project) => ({
      title: 'Of project',
      call: `getcustomerofproject project_id=${project.id}`,
      answer: read(world, company, interpretation, 'getcustomerofproject', { project_id: project.id }),
    })),
    {
      title: 'Webhook payload',
      call: `customer_created (${webhookVersion}, what this server sends)`,
      answer: customerCreatedPayload(world, customer, webhookVersion),
    },
    {
      title: 'Webhook payload',
      call: `customer_created (${other}, with --webhook-version ${other})`,
      answer: customerCreatedPayload(world, customer, other),
    },
  ];
  return {
    /** The reading of the docs these answers follow (the tenant's profile). */
    profile: interpretation.label,
    customer: {
      ...customerSummary(world, customer),
      owner: owner
        ? { id: owner.id, name: `${owner.firstName} ${owner.lastName}`, email: owner.email }
        : null,
    },
    notes: customer.notes,
    projects: projects.map((project) => ({
      id: project.id,
      title: project.title,
      systemSizeKw: project.systemSizeKw,
      createdAt: project.createdAt,
    })),
    views,
  };
}
