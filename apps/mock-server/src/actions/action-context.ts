import type { OperationId, operationSchemas } from '@solarproof/schemas';
import type { z } from 'zod';
import type { MockResponse } from '../core/mock-request.js';
import type { PageCache } from '../core/page-cache.js';
import type { Interpretation } from '../interpretations/resolve-interpretation.js';
import type { ApplyResult, Company, World, WorldOp } from '../world/types.js';

type Ops = typeof operationSchemas;
type BodyOf<Id extends OperationId> = Ops[Id]['body'] extends z.ZodType
  ? z.output<Ops[Id]['body']>
  : undefined;

/** What an action gets: the validated request, the caller's company and the world. */
export interface ActionContext<Id extends OperationId = OperationId> {
  readonly world: World;
  readonly company: Company;
  readonly query: z.output<Ops[Id]['query']>;
  readonly body: BodyOf<Id>;
  /** The current instant, ISO-8601 UTC; injected so tests and replays are deterministic. */
  readonly now: string;
  readonly cache: PageCache;
  /** The reading of the docs the caller's company is answered by. */
  readonly interpretation: Interpretation;
  /** Changes the world (and logs the change, and fires its webhooks). */
  apply(op: WorldOp): ApplyResult;
  /** Why webhooks may never be sent to `hookUrl` (the mock's own address), when that is known now. */
  hookRefusal(hookUrl: string): string | undefined;
}

/** An action: a pure function of its context to a response. */
export type ActionHandler<Id extends OperationId> = (context: ActionContext<Id>) => MockResponse;
