import type {
  CreateCustomerData,
  CustomerId,
  UpdateCustomerData,
  WebhookEventType,
} from '@solarproof/schemas';

/** The fields of a new customer; the client adds `apikey` and `action`. */
export type CreateCustomerInput = Omit<CreateCustomerData, 'apikey' | 'action'>;

/** The fields to change on a customer (all optional); the id is a separate argument. */
export type UpdateCustomerPatch = Omit<UpdateCustomerData, 'apikey' | 'action' | 'pkcustomerid'>;

/** A subscription: the URL Solar Proof will POST to, and the event. */
export interface SubscribeInput {
  hookUrl: string;
  type: WebhookEventType;
}

export type { CustomerId };
