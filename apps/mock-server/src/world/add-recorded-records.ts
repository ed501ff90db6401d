import type { StoredCustomer, StoredProject, User } from './types.js';
import { addCustomer, addProject, addUser, own, touchAll, type WorldState } from './world-state.js';

/**
 * Records seen elsewhere (a recording of the live API, see `proxy/world-records-from-har`) that
 * stand in for a company's seeded customers. Ids are kept as recorded, so a recorded request for
 * customer 79461 or project 1640 finds the same record in the fake.
 */
export interface WorldRecords {
  users: Omit<User, 'companyId'>[];
  customers: Omit<StoredCustomer, 'companyId'>[];
  projects: Omit<StoredProject, 'companyId'>[];
}

/**
 * Moves the id sequences past every recorded id before the other companies are seeded, so their
 * seeded customers and projects take ids the recording does not use.
 */
export function reserveRecordedIds(state: WorldState, records: WorldRecords): void {
  const maxOf = (ids: number[]) => Math.max(0, ...ids);
  state.next.customerId = Math.max(state.next.customerId, maxOf(records.customers.map((c) => c.id)) + 1);
  state.next.projectId = Math.max(state.next.projectId, maxOf(records.projects.map((p) => p.id)) + 1);
}

/**
 * Adds `records` to a company that has no customers yet, and moves the world's id sequences past
 * them so created customers and projects never collide with a recorded id.
 */
export function addRecordedRecords(state: WorldState, companyId: number, records: WorldRecords): void {
  touchAll(state);
  for (const user of records.users) {
    const seeded = state.users.get(user.id);
    if (!seeded) addUser(state, { ...user, companyId });
    else if (seeded.companyId === companyId) {
      // A seeded user of the same company under a recorded id: the recorded one replaces it.
      const recorded = Object.freeze({ ...user, companyId });
      own(state, 'users').set(user.id, recorded);
      const mates = state.usersByCompany.get(companyId) ?? [];
      own(state, 'usersByCompany').set(
        companyId,
        Object.freeze(mates.map((u) => (u.id === user.id ? recorded : u))),
      );
      const byEmail = own(state, 'userByEmail').get(companyId);
      byEmail?.delete(seeded.email.toLowerCase());
      byEmail?.set(recorded.email.toLowerCase(), recorded);
    }
  }
  const fallbackOwner = state.usersByCompany.get(companyId)?.[0]?.id;
  const ownerOf = (id: number) => (state.users.get(id)?.companyId === companyId ? id : (fallbackOwner ?? id));
  for (const customer of [...records.customers].sort((a, b) => a.id - b.id)) {
    if (state.customers.has(customer.id)) continue;
    addCustomer(state, { ...customer, companyId, ownerUserId: ownerOf(customer.ownerUserId) });
  }
  for (const project of [...records.projects].sort((a, b) => a.id - b.id)) {
    if (state.projects.has(project.id)) continue;
    const customerId =
      project.customerId !== null && state.customers.has(project.customerId) ? project.customerId : null;
    addProject(state, { ...project, companyId, customerId, ownerUserId: ownerOf(project.ownerUserId) });
  }
  const maxOf = (ids: Iterable<number>) => Math.max(0, ...ids);
  state.next.userId = Math.max(state.next.userId, maxOf(state.users.keys()) + 1);
  state.next.customerId = Math.max(state.next.customerId, maxOf(state.customers.keys()) + 1);
  state.next.projectId = Math.max(state.next.projectId, maxOf(state.projects.keys()) + 1);
}
