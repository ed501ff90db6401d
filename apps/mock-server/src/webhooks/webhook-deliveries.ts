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
  /** Deliveries waiting to be sent or retried; a delivery over the bound fails at once. Default 1000. */
  maxPending?: number;
  /** Attempts sent at the same time; the others wait their turn. Default 8. */
  maxInFlight?: number;
  /**
   * Attempts started per second at most. A receiver that refuses at once fails in a millisecond, so
   * a bound on those in flight alone would let failing retries take the whole event loop from the
   * API's reads. Default 100.
   */
  maxAttemptsPerSecond?: number;
  /** Finished deliveries kept for the control API, oldest dropped first. Default 1000. */
  keepFinished?: number;
}

/**
 * Says why a delivery must not go to `url` (the mock's own control API, say), or nothing. Set by the
 * adapter that knows where the mock listens; asked before every attempt.
 */
export type DeliveryGuard = (url: URL) => Promise<string | undefined> | string | undefined;

/** A page of deliveries, oldest first; `next` is the `after` of the next page. */
export interface DeliveryPage {
  deliveries: Delivery[];
  next: string | null;
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

/** The largest page of `list`. */
export const MAX_DELIVERY_PAGE = 500;

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
  readonly #maxPending: number;
  readonly #maxInFlight: number;
  readonly #keepFinished: number;
  readonly #spacingMs: number;
  #lastStart = Number.NEGATIVE_INFINITY;
  #drainTimer: ReturnType<typeof setTimeout> | undefined;
  #guards: DeliveryGuard[] = [];
  #deliveries = new Map<string, Delivery>();
  #pending = 0;
  #timers = new Map<string, ReturnType<typeof setTimeout>>();
  #inFlight = new Set<Promise<void>>();
  /** Attempts due but waiting for a free slot, oldest first. */
  #ready: Delivery[] = [];
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
    this.#maxPending = Math.max(1, options.maxPending ?? 1000);
    this.#maxInFlight = Math.max(1, options.maxInFlight ?? 8);
    this.#keepFinished = Math.max(0, options.keepFinished ?? 1000);
    this.#spacingMs = 1000 / Math.max(1, options.maxAttemptsPerSecond ?? 100);
  }

  /** Adds a check every attempt must pass before it is sent; returns the function that removes it. */
  guard(guard: DeliveryGuard): () => void {
    this.#guards.push(guard);
    return () => {
      this.#guards = this.#guards.filter((g) => g !== guard);
    };
  }

  /**
   * Why a subscription to `hookUrl` would be refused, when a guard can tell at once (an address
   * literal); a guard that must resolve a name decides at delivery time instead.
   */
  refusalNow(hookUrl: string): string | undefined {
    let url: URL;
    try {
      url = new URL(hookUrl);
    } catch {
      return undefined;
    }
    for (const guard of this.#guards) {
      const refusal = guard(url);
      if (typeof refusal === 'string') return refusal;
    }
    return undefined;
  }

  /** Deliveries waiting to be sent or retried. */
  get pending(): number {
    return this.#pending;
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
        if (this.#pending >= this.#maxPending) {
          this.#finish(delivery, 'failed', {
            at: delivery.createdAt,
            status: null,
            error: `Not sent: ${this.#maxPending} deliveries were already waiting (a receiver that fails holds them)`,
            durationMs: 0,
          });
          continue;
        }
        this.#pending += 1;
        this.#attempt(delivery);
      }
    }
    this.#trim();
    return created;
  }

  /** Every kept delivery, oldest first (at most `keepFinished` finished ones plus the pending). */
  list(filter: { companyId?: number; event?: string } = {}): Delivery[] {
    return this.page({ ...filter, limit: Number.POSITIVE_INFINITY }).deliveries;
  }

  /** One page of kept deliveries, oldest first, starting after the delivery `after`. */
  page(filter: { companyId?: number; event?: string; limit?: number; after?: string } = {}): DeliveryPage {
    const limit = Math.max(1, filter.limit ?? 100);
    const deliveries: Delivery[] = [];
    let started = filter.after === undefined;
    for (const delivery of this.#deliveries.values()) {
      if (!started) {
        started = delivery.id === filter.after;
        continue;
      }
      if (filter.companyId !== undefined && delivery.companyId !== filter.companyId) continue;
      if (filter.event !== undefined && delivery.event !== filter.event) continue;
      if (deliveries.length === limit) return { deliveries, next: deliveries.at(-1)?.id ?? null };
      deliveries.push(copy(delivery));
    }
    return { deliveries, next: null };
  }

  get(id: string): Delivery | undefined {
    const delivery = this.#deliveries.get(id);
    return delivery ? copy(delivery) : undefined;
  }

  /** Sends a delivery again now, whatever its state; its attempt count starts over. */
  replay(id: string): Delivery | undefined {
    const delivery = this.#deliveries.get(id);
    if (!delivery) return undefined;
    if (delivery.state !== 'pending') {
      if (this.#pending >= this.#maxPending) return copy(delivery);
      this.#pending += 1;
    }
    this.#cancelTimer(id);
    this.#ready = this.#ready.filter((d) => d !== delivery);
    delivery.state = 'pending';
    delivery.attempts = [];
    this.#attempt(delivery);
    return copy(delivery);
  }

  /** Resolves when nothing is being sent or waiting to be retried. */
  idle(): Promise<void> {
    if (this.#isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  /**
   * Cancels every retry and forgets every delivery, or only those of `companyId`; how many went.
   * An attempt in flight finishes unrecorded (it checks that its delivery is still kept).
   */
  clear(companyId?: number): number {
    if (companyId !== undefined) return this.#clearCompany(companyId);
    const count = this.#deliveries.size;
    for (const id of [...this.#timers.keys()]) this.#cancelTimer(id);
    this.#deliveries.clear();
    this.#ready = [];
    this.#pending = 0;
    if (this.#drainTimer !== undefined) clearTimeout(this.#drainTimer);
    this.#drainTimer = undefined;
    this.#notifyIfIdle();
    return count;
  }

  #clearCompany(companyId: number): number {
    let count = 0;
    for (const [id, delivery] of this.#deliveries) {
      if (delivery.companyId !== companyId) continue;
      if (delivery.state === 'pending') this.#pending -= 1;
      this.#cancelTimer(id);
      this.#deliveries.delete(id);
      count += 1;
    }
    this.#ready = this.#ready.filter((delivery) => delivery.companyId !== companyId);
    this.#notifyIfIdle();
    return count;
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

  /** Queues an attempt; `#drain` sends it when a slot is free and the rate allows. */
  #attempt(delivery: Delivery): void {
    this.#ready.push(delivery);
    this.#drain();
  }

  #drain(): void {
    while (this.#ready.length > 0 && this.#inFlight.size < this.#maxInFlight) {
      const wait = this.#lastStart + this.#spacingMs - Date.now();
      if (wait > 0) {
        if (this.#drainTimer === undefined) {
          this.#drainTimer = setTimeout(() => {
            this.#drainTimer = undefined;
            this.#drain();
          }, wait);
          (this.#drainTimer as { unref?: () => void }).unref?.();
        }
        return;
      }
      this.#lastStart = Date.now();
      const delivery = this.#ready.shift() as Delivery;
      const run = this.#send(delivery).finally(() => {
        this.#inFlight.delete(run);
        this.#drain();
        this.#notifyIfIdle();
      });
      this.#inFlight.add(run);
    }
  }

  #finish(delivery: Delivery, state: 'delivered' | 'failed', attempt?: DeliveryAttempt): void {
    if (attempt) delivery.attempts.push(attempt);
    delivery.state = state;
    delivery.nextAttemptAt = null;
  }

  async #send(delivery: Delivery): Promise<void> {
    const started = Date.now();
    const at = this.#now();
    let status: number | null = null;
    let error: string | null = null;
    const refusal = await this.#refusal(delivery.hookUrl);
    if (refusal !== undefined) {
      if (!this.#deliveries.has(delivery.id) || delivery.state !== 'pending') return;
      // Never retried: the address will not change its mind.
      this.#pending -= 1;
      this.#finish(delivery, 'failed', {
        at,
        status: null,
        error: refusal,
        durationMs: Date.now() - started,
      });
      return;
    }
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
    if (error === null || delivery.attempts.length >= this.#maxAttempts) {
      this.#pending -= 1;
      this.#finish(delivery, error === null ? 'delivered' : 'failed');
      this.#trim();
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

  async #refusal(hookUrl: string): Promise<string | undefined> {
    let url: URL;
    try {
      url = new URL(hookUrl);
    } catch {
      return `Not sent: ${hookUrl.slice(0, 80)} is not a URL`;
    }
    try {
      for (const guard of this.#guards) {
        const refusal = await guard(url);
        if (refusal !== undefined) return refusal;
      }
      return undefined;
    } catch (error) {
      return `Not sent: the address could not be checked (${error instanceof Error ? error.message : String(error)})`;
    }
  }

  #isIdle(): boolean {
    return this.#inFlight.size === 0 && this.#timers.size === 0 && this.#ready.length === 0;
  }

  #notifyIfIdle(): void {
    if (!this.#isIdle()) return;
    const waiters = this.#idleWaiters;
    this.#idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  /** Drops the oldest finished deliveries over `keepFinished`; pending ones are never dropped. */
  #trim(): void {
    let excess = this.#deliveries.size - this.#pending - this.#keepFinished;
    if (excess <= 0) return;
    for (const [id, delivery] of this.#deliveries) {
      if (excess <= 0) break;
      if (delivery.state !== 'pending') {
        this.#deliveries.delete(id);
        excess -= 1;
      }
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
