import type { FaultBook } from '../core/faults.js';
import type { Journal } from '../core/journal.js';
import type { Interpretation } from '../interpretations/resolve-interpretation.js';
import type { CompanyReset } from '../mock/create-mock-api.js';
import type { WebhookDeliveries } from '../webhooks/webhook-deliveries.js';
import type { ApplyResult, Company, World, WorldOp } from '../world/types.js';

/** What the control API works on: the mock's parts, without the mock's wiring above them. */
export interface ControlApi {
  readonly world: World;
  readonly journal: Journal;
  readonly faults: FaultBook;
  readonly deliveries: WebhookDeliveries;
  /** The world's reading of the docs. */
  readonly interpretation: Interpretation;
  /** The reading a company is answered by: its own, or the world's. */
  interpretationOf(company: Company | null): Interpretation;
  apply(op: WorldOp): ApplyResult;
  reset(): void;
  /** One company back to its seeded data, with its faults, journal and deliveries; undefined when unknown. */
  resetCompany(companyId: number): CompanyReset | undefined;
  /** The current instant, ISO-8601. */
  now(): string;
}
