/** A customer as the CRM keeps it: the fields a sales team reads, keyed by the Solar Proof id. */
export interface Contact {
  solarProofId: number;
  email: string;
  name: string;
  /** How the CRM learnt of it: the full sync, or a `customer_created` webhook. */
  source: 'sync' | 'webhook';
}

/** Where contacts live. A real CRM puts a database behind this; the example keeps a Map. */
export interface ContactStore {
  upsert(contact: Contact): void;
  get(solarProofId: number): Contact | undefined;
  all(): Contact[];
}

/**
 * @example
 * const store = createMemoryStore();
 * store.upsert({ solarProofId: 70001, email: 'a@b.com', name: 'A B', source: 'sync' });
 */
export function createMemoryStore(): ContactStore {
  const contacts = new Map<number, Contact>();
  return {
    upsert: (contact) => {
      contacts.set(contact.solarProofId, contact);
    },
    get: (id) => contacts.get(id),
    all: () => [...contacts.values()],
  };
}
