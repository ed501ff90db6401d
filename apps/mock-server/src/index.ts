/**
 * @solarproof/mock-server: a stateful, deterministic fake of the Solar Proof API.
 * This entry is platform-neutral (core and MSW handlers); `@solarproof/mock-server/node` adds the
 * HTTP server.
 */

export { faultCodesOfAction } from './actions/fault-codes-of-action.js';
export { CUSTOMERS_PER_PAGE } from './actions/get-all-customers.js';
export { CONTROL_ROUTES } from './control/answer-control-request.js';
export type {
  FaultRequest,
  StatusRequest,
  TenantRequest,
  TenantResponse,
} from './control/control-schemas.js';
export { DEFAULT_MAX_BODY_BYTES } from './core/body-limit.js';
export type { ActiveFault, FaultRule } from './core/faults.js';
export { FAULT_HEADER, LATENCY_HEADER } from './core/forced-fault.js';
export type { JournalEntry } from './core/journal.js';
export type { MockRequest, MockResponse } from './core/mock-request.js';
export type {
  Alternative,
  Evidence,
  Interpretation,
  InterpretationOptions,
  InterpretationSwitch,
  ProfileDefinition,
  ProfileName,
  SwitchId,
  SwitchValues,
} from './interpretations/index.js';
export {
  DEFAULT_PROFILE,
  InterpretationError,
  PROFILE_NAMES,
  PROFILES,
  parseProfile,
  resolveInterpretation,
  SWITCHES,
} from './interpretations/index.js';
export type { ApplyListener, CompanyReset, MockApi, MockOptions } from './mock/create-mock-api.js';
export { createMockApi } from './mock/create-mock-api.js';
export type { FailureTrace } from './mock/mock-failure.js';
export { MockFailure } from './mock/mock-failure.js';
export type { SolarProofHandlersOptions } from './msw/create-solarproof-handlers.js';
export { createSolarProofHandlers } from './msw/create-solarproof-handlers.js';
export type { Har, HarEntry } from './proxy/build-har.js';
export type { DriftReport, DriftRow } from './proxy/drift-report.js';
export { renderDriftMarkdown } from './proxy/drift-report.js';
export type { HarExchange } from './proxy/har-exchanges.js';
export { harExchanges } from './proxy/har-exchanges.js';
export type { Inference, SwitchFinding } from './proxy/infer-profile.js';
export { inferProfile } from './proxy/infer-profile.js';
export { worldRecordsFromHar } from './proxy/world-records-from-har.js';
export type { WorldRecords } from './world/add-recorded-records.js';
export { createWorld, DEFAULT_API_KEY, OTHER_API_KEY } from './world/create-world.js';
export type * from './world/types.js';
