import { CUSTOMERS_PER_PAGE, type World } from '../../../src/index.js';

/**
 * What must hold of the world whatever was asked of it: every company's customers reachable by
 * paging, exactly `customerCount` of them, in ascending id order without repeats; emails unique per
 * company ignoring case, and found by the index; no project pointing at a missing customer.
 * Returns the broken rules (empty when all hold).
 */
export function worldProblems(world: World): string[] {
  const problems: string[] = [];
  for (const company of world.companies()) {
    const walked: number[] = [];
    for (let page = 1; ; page++) {
      const customers = world.customersPage(company.id, page, CUSTOMERS_PER_PAGE);
      if (customers.length === 0) break;
      for (const customer of customers) walked.push(customer.id);
      if (page > 100_000) {
        problems.push(`company ${company.id}: paging never ends`);
        break;
      }
    }
    const count = world.customerCount(company.id);
    if (walked.length !== count) {
      problems.push(`company ${company.id}: customerCount ${count}, ${walked.length} reachable by paging`);
    }
    for (let i = 1; i < walked.length; i++) {
      if ((walked[i] as number) <= (walked[i - 1] as number)) {
        problems.push(`company ${company.id}: paging repeats or reorders at ${walked[i]}`);
        break;
      }
    }
    const emails = new Map<string, number>();
    for (const id of walked) {
      const customer = world.customer(id);
      if (!customer || customer.companyId !== company.id) {
        problems.push(`company ${company.id}: paged customer ${id} is not its own`);
        continue;
      }
      const key = customer.email.toLowerCase();
      const holder = emails.get(key);
      if (holder !== undefined) problems.push(`company ${company.id}: ${id} and ${holder} share ${key}`);
      emails.set(key, id);
      if (world.customerByEmail(company.id, customer.email.toUpperCase())?.id !== id) {
        problems.push(`company ${company.id}: the email index misses ${id}`);
      }
    }
    for (const project of world.projectsOfCompany(company.id)) {
      if (project.customerId !== null && world.customer(project.customerId) === undefined) {
        problems.push(`project ${project.id} points at missing customer ${project.customerId}`);
      }
    }
  }
  return problems;
}

/** The own keys of the built-in prototypes, to compare against later. */
export function prototypeSnapshot(): string {
  const names = (o: object) => Reflect.ownKeys(o).map(String).sort().join(',');
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype]
    .map((proto) => names(proto))
    .join('|');
}

/** Prototype pollution, if any happened since `snapshot` was taken. */
export function pollutionProblem(snapshot: string): string | null {
  const probe = {} as Record<string, unknown>;
  if (probe.polluted !== undefined) return `({}).polluted is ${String(probe.polluted)}`;
  if (Object.getPrototypeOf(probe) !== Object.prototype) return 'a plain object lost its prototype';
  if (prototypeSnapshot() !== snapshot) return 'a built-in prototype gained or lost keys';
  return null;
}
