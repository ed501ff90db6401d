import type { FaultBook } from '../core/faults.js';
import type { Journal } from '../core/journal.js';
import type { WebhookDeliveries } from '../webhooks/webhook-deliveries.js';
import type { ApplyResult, World, WorldOp } from '../world/types.js';

/** What the control API works on: the mock's parts, without the mock's wiring above them. */
export interface ControlApi {
  readonly world: World;
  readonly journal: Journal;
  readonly faults: FaultBook;
  readonly deliveries: WebhookDeliveries;
  apply(op: WorldOp): ApplyResult;
  reset(): void;
  /** The current instant, ISO-8601. */
  now(): string;
}
