import type { WebhookEventType } from '@solarproof/schemas';
import {
  customerCreatedPayload,
  customerStatusChangePayload,
  type WebhookVersion,
} from '../views/webhook-payloads.js';
import type { World, WorldEvent } from '../world/types.js';

export interface WebhookOptions {
  /** Sends the POSTs; default the global fetch. */
  fetch?: typeof fetch;
  /** Payload version: v2 (the newer events page, the default) or v1. */
  version?: WebhookVersion;
  /** Attempts per delivery, the first included. Default 6. */
  maxAttempts?: number;
  /** A receiver that takes longer has failed the attempt. Default 5000 ms, as the docs ask. */
  timeoutMs?: number;
  /** Wait before the second attempt, doubled for each next one. Default 1000 ms. */
  backoffMs?: number;
  /** The longest wait between attempts. Default 60 s. */
  maxBackoffMs?: number;
}

export interface DeliveryAttempt {
  at: string;
  /** The receiver's HTTP status, or null when it did not answer. */
  status: number | null;
  error: string | null;
  durationMs: number;
}

export interface Delivery {
  id: string;
  companyId: number;
  event: WebhookEventType;
  hookUrl: string;
  /** The JSON body sent. */
  body: string;
  createdAt: string;
  state: 'pending' | 'delivered' | 'failed';
  attempts: DeliveryAttempt[];
  /** When the next attempt is due, while pending. */
  nextAttemptAt: string | null;
}

/** Headers of every delivery. Not documented by Solar Proof: the mock adds them to help receivers. */
export const DELIVERY_ID_HEADER = 'x-solarproof-delivery-id';
export const EVENT_HEADER = 'x-solarproof-event';

/** Finished deliveries kept for the control API; pending ones are never dropped. */
const KEEP_FINISHED = 1000;

/**
 * Turns world events into HTTP POSTs to every matching subscription of the company, retried with
 * exponential backoff a bounded number of times. Its only I/O is the injected `fetch` and timers.
 */
export class WebhookDeliveries {
  readonly #world: World;
  readonly #fetch: typeof fetch;
  readonly #version: WebhookVersion;
  readonly #maxAttempts: number;
  readonly #timeoutMs: number;
  readonly #backoffMs: number;
  readonly #maxBackoffMs: number;
  readonly #now: () => string;
  #deliveries = new Map<string, Delivery>();
  #timers = new Map<string, ReturnType<typeof setTimeout>>();
  #inFlight = new Set<Promise<void>>();
  #idleWaiters: Array<() => void> = [];

  constructor(world: World, now: () => string, options: WebhookOptions = {}) {
    this.#world = world;
    this.#now = now;
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#version = options.version ?? 'v2';
    this.#maxAttempts = Math.max(1, options.maxAttempts ?? 6);
    this.#timeoutMs = options.timeoutMs ?? 5000;
    this.#backoffMs = options.backoffMs ?? 1000;
    this.#maxBackoffMs = options.maxBackoffMs ?? 60_000;
  }

  get version(): WebhookVersion {
    return this.#version;
  }

  /** Queues a delivery for every subscription an event matches, and starts sending. */
  dispatch(events: readonly WorldEvent[]): Delivery[] {
    const created: Delivery[] = [];
    for (const event of events) {
      const { companyId } = event.customer;
      const subscriptions = this.#world.subscriptions(companyId, event.type);
      if (subscriptions.length === 0) continue;
      const body = JSON.stringify(this.#payload(event));
      for (const subscription of subscriptions) {
        const delivery: Delivery = {
          id: globalThis.crypto.randomUUID(),
          companyId,
          event: event.type,
          hookUrl: subscription.hookUrl,
          body,
          createdAt: this.#now(),
          state: 'pending',
          attempts: [],
          nextAttemptAt: this.#now(),
        };
        this.#deliveries.set(delivery.id, delivery);
        created.push(delivery);
        this.#attempt(delivery);
      }
    }
    this.#trim();
    return created;
  }

  list(filter: { companyId?: number; event?: string } = {}): Delivery[] {
    return [...this.#deliveries.values()]
      .filter((d) => filter.companyId === undefined || d.companyId === filter.companyId)
      .filter((d) => filter.event === undefined || d.event === filter.event)
      .map(copy);
  }

  get(id: string): Delivery | undefined {
    const delivery = this.#deliveries.get(id);
    return delivery ? copy(delivery) : undefined;
  }

  /** Sends a delivery again now, whatever its state; its attempt count starts over. */
  replay(id: string): Delivery | undefined {
    const delivery = this.#deliveries.get(id);
    if (!delivery) return undefined;
    this.#cancelTimer(id);
    delivery.state = 'pending';
    delivery.attempts = [];
    this.#attempt(delivery);
    return copy(delivery);
  }

  /** Resolves when nothing is being sent or waiting to be retried. */
  idle(): Promise<void> {
    if (this.#inFlight.size === 0 && this.#timers.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  /** Cancels every retry and forgets every delivery. */
  clear(): void {
    for (const id of [...this.#timers.keys()]) this.#cancelTimer(id);
    this.#deliveries.clear();
    this.#notifyIfIdle();
  }

  #payload(event: WorldEvent): unknown {
    if (event.type === 'customer_created')
      return customerCreatedPayload(this.#world, event.customer, this.#version);
    return customerStatusChangePayload(
      this.#world,
      event.customer,
      event.oldStatus,
      event.newStatus,
      this.#version,
    );
  }

  #attempt(delivery: Delivery): void {
    const run = this.#send(delivery).finally(() => {
      this.#inFlight.delete(run);
      this.#notifyIfIdle();
    });
    this.#inFlight.add(run);
  }

  async #send(delivery: Delivery): Promise<void> {
    const started = Date.now();
    const at = this.#now();
    let status: number | null = null;
    let error: string | null = null;
    try {
      const response = await this.#fetch(delivery.hookUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'solarproof-mock-webhooks',
          [DELIVERY_ID_HEADER]: delivery.id,
          [EVENT_HEADER]: delivery.event,
        },
        body: delivery.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
      status = response.status;
      await response.body?.cancel().catch(() => undefined);
      if (status < 200 || status > 299) error = `The receiver answered ${status}`;
    } catch (caught) {
      error = describeFailure(caught, this.#timeoutMs);
    }
    if (!this.#deliveries.has(delivery.id)) return; // cleared while in flight
    delivery.attempts.push({ at, status, error, durationMs: Date.now() - started });
    if (error === null) {
      delivery.state = 'delivered';
      delivery.nextAttemptAt = null;
    } else if (delivery.attempts.length >= this.#maxAttempts) {
      delivery.state = 'failed';
      delivery.nextAttemptAt = null;
    } else {
      const wait = Math.min(this.#backoffMs * 2 ** (delivery.attempts.length - 1), this.#maxBackoffMs);
      delivery.nextAttemptAt = new Date(Date.now() + wait).toISOString();
      const timer = setTimeout(() => {
        this.#timers.delete(delivery.id);
        this.#attempt(delivery);
      }, wait);
      // Pending retries must not keep a finished test process alive; a running server keeps it anyway.
      (timer as { unref?: () => void }).unref?.();
      this.#timers.set(delivery.id, timer);
    }
  }

  #cancelTimer(id: string): void {
    const timer = this.#timers.get(id);
    if (timer !== undefined) clearTimeout(timer);
    this.#timers.delete(id);
  }

  #notifyIfIdle(): void {
    if (this.#inFlight.size > 0 || this.#timers.size > 0) return;
    const waiters = this.#idleWaiters;
    this.#idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  #trim(): void {
    if (this.#deliveries.size <= KEEP_FINISHED) return;
    for (const [id, delivery] of this.#deliveries) {
      if (this.#deliveries.size <= KEEP_FINISHED) break;
      if (delivery.state !== 'pending') this.#deliveries.delete(id);
    }
  }
}

function copy(delivery: Delivery): Delivery {
  return { ...delivery, attempts: delivery.attempts.map((a) => ({ ...a })) };
}

function describeFailure(caught: unknown, timeoutMs: number): string {
  const error = caught as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (error?.name === 'TimeoutError' || error?.name === 'AbortError')
    return `No answer within ${timeoutMs} ms`;
  const cause = error?.cause?.code ?? error?.cause?.message ?? error?.message ?? String(caught);
  return `The receiver could not be reached (${cause})`;
}
