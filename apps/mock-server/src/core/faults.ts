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
}

export interface ActiveFault extends Required<Pick<FaultRule, 'action'>> {
  id: number;
  code: ErrorCode | null;
  latencyMs: number;
  retryAfterSeconds: number;
  reset: boolean;
  remaining: number;
}

/** The queue of injected faults, consumed call by call. */
export class FaultBook {
  #faults: ActiveFault[] = [];
  #nextId = 1;

  add(rule: FaultRule): ActiveFault {
    const fault: ActiveFault = {
      id: this.#nextId++,
      action: rule.action,
      code: rule.code ?? null,
      latencyMs: rule.latencyMs ?? 0,
      retryAfterSeconds: rule.retryAfterSeconds ?? 1,
      reset: rule.reset ?? false,
      remaining: rule.count ?? 1,
    };
    this.#faults.push(fault);
    return fault;
  }

  /** Takes one use of the first fault that matches the action, if any. */
  take(action: string): ActiveFault | undefined {
    const index = this.#faults.findIndex((f) => f.action === action || f.action === '*');
    if (index < 0) return undefined;
    const fault = this.#faults[index]!;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.#faults.splice(index, 1);
    return { ...fault };
  }

  list(): ActiveFault[] {
    return this.#faults.map((f) => ({ ...f }));
  }

  clear(): void {
    this.#faults = [];
  }
}
