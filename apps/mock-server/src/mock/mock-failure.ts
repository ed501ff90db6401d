/** Where in the API a failure happened: what the journal and `onError` need to name it. */
export interface FailureTrace {
  /** The action of the request, once routing found it. */
  action: string | null;
  /** The caller's company, once the key was checked. */
  companyId: number | null;
}

/**
 * A bug of the mock met while answering: a response the spec does not describe (with
 * `validateResponses`), or anything an action threw. Carries the action and company so that the
 * test that caused it can tell which request it was.
 */
export class MockFailure extends Error {
  override name = 'MockFailure';
  readonly action: string | null;
  readonly companyId: number | null;

  constructor(message: string, trace: FailureTrace, options?: { cause?: unknown }) {
    const where =
      trace.action === null
        ? ''
        : ` [${trace.action}${trace.companyId === null ? '' : `, company ${trace.companyId}`}]`;
    super(`${message}${where}`, options);
    this.action = trace.action;
    this.companyId = trace.companyId;
  }
}
