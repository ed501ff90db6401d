import type { ErrorCode } from '@solarproof/schemas';

/** A fault to inject into the next `count` calls of an action (`*` for every action). */
export interface FaultRule {
  action: string;
  /** Answer this error code instead of running the action. */
  code?: ErrorCode | undefined;
  /** Wait this long before answering. */
  latencyMs?: number | undefined;
  /** With `RATE_LIMITED`: the `Retry-After` seconds. Default 1. */
  retryAfterSeconds?: number | undefined;
  /** Cut the connection after sending part of the answer (HTTP transport only). */
  reset?: boolean | undefined;
  /** How many calls it applies to. Default 1. */
  count?: number | undefined;
  /** Only requests of this company (tenant) take it. Default: any company's. */
  companyId?: number | undefined;
}

export interface ActiveFault extends Required<Pick<FaultRule, 'action'>> {
  id: number;
  code: ErrorCode | null;
  latencyMs: number;
  retryAfterSeconds: number;
  reset: boolean;
  remaining: number;
  /** null: any company's request takes it. */
  companyId: number | null;
}

/** Faults queued at once; each is small, but a loop that queues and never calls must not grow memory. */
export const MAX_QUEUED_FAULTS = 1000;

/** The queue of injected faults, consumed call by call. */
export class FaultBook {
  #faults: ActiveFault[] = [];
  #nextId = 1;

  /** Queues a fault; undefined when `MAX_QUEUED_FAULTS` are already queued. */
  add(rule: FaultRule): ActiveFault | undefined {
    if (this.#faults.length >= MAX_QUEUED_FAULTS) return undefined;
    const fault: ActiveFault = {
      id: this.#nextId++,
      action: rule.action,
      code: rule.code ?? null,
      latencyMs: rule.latencyMs ?? 0,
      retryAfterSeconds: rule.retryAfterSeconds ?? 1,
      reset: rule.reset ?? false,
      remaining: rule.count ?? 1,
      companyId: rule.companyId ?? null,
    };
    this.#faults.push(fault);
    return fault;
  }

  /** Takes one use of the first fault that matches the action and the caller's company, if any. */
  take(action: string, companyId: number): ActiveFault | undefined {
    // Nearly every request: nothing queued, and no search closure made for nothing.
    if (this.#faults.length === 0) return undefined;
    const index = this.#faults.findIndex(
      (f) => (f.action === action || f.action === '*') && (f.companyId === null || f.companyId === companyId),
    );
    if (index < 0) return undefined;
    const fault = this.#faults[index]!;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.#faults.splice(index, 1);
    return { ...fault };
  }

  /** Every queued fault, or those a company's requests would take (its own and the unscoped). */
  list(companyId?: number): ActiveFault[] {
    return this.#faults
      .filter((f) => companyId === undefined || f.companyId === null || f.companyId === companyId)
      .map((f) => ({ ...f }));
  }

  /** Removes every fault, or only those scoped to `companyId`; how many went. */
  clear(companyId?: number): number {
    const before = this.#faults.length;
    this.#faults = companyId === undefined ? [] : this.#faults.filter((f) => f.companyId !== companyId);
    return before - this.#faults.length;
  }
}
