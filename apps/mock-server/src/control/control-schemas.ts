import { ErrorCode } from '@solarproof/schemas';
import { z } from 'zod';

const ProfileBody = z.strictObject({
  name: z.string().min(1).max(60),
  basedOn: z.string().max(60).optional(),
  switches: z.record(z.string().max(60), z.string().max(60)),
});

/** Body of `POST /__mock/tenants`. */
export const TenantRequest = z.strictObject({
  /** A built-in profile's name, or a profile as a profile file holds it. */
  profile: z.union([z.string().min(1).max(60), ProfileBody]).optional(),
  /** Single switches over the profile: `{"I-7": "empty-array"}` or `["I-7=empty-array"]`. */
  interpret: z
    .union([z.record(z.string().max(60), z.string().max(60)), z.array(z.string().max(130)).max(50)])
    .optional(),
  name: z.string().min(1).max(100).optional(),
  customers: z.number().int().min(0).max(10_000).optional(),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .optional(),
});
export type TenantRequest = z.output<typeof TenantRequest>;

/** Answer of `POST /__mock/tenants`. */
export interface TenantResponse {
  companyId: number;
  apiKey: string;
  /** Emails of the tenant's users; the first owns the key. */
  users: string[];
  customers: number;
  /** The reading of the docs the tenant is answered by. */
  profile: string;
}

/** Body of `POST /__mock/reset`: none (or `{}`) for the whole mock, `companyId` for one company. */
export const ResetRequest = z.strictObject({ companyId: z.number().int().min(1).optional() });
export type ResetRequest = z.output<typeof ResetRequest>;

/** Body of `POST /__mock/faults`. */
export const FaultRequest = z.strictObject({
  action: z.string().min(1).max(60),
  code: ErrorCode.optional(),
  count: z.number().int().min(1).max(100_000).optional(),
  latencyMs: z.number().int().min(0).max(60_000).optional(),
  retryAfterSeconds: z.number().int().min(0).max(3600).optional(),
  reset: z.boolean().optional(),
  /** Only this company's (tenant's) requests take it; default any company's. */
  companyId: z.number().int().min(1).optional(),
});
export type FaultRequest = z.output<typeof FaultRequest>;

/** Body of `POST /__mock/customers/{id}/status`. */
export const StatusRequest = z.strictObject({
  status: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
});
export type StatusRequest = z.output<typeof StatusRequest>;

/** Body of `POST /__mock/customers/{id}/notes`. */
export const NoteRequest = z.strictObject({ note: z.string().min(1).max(5000) });
