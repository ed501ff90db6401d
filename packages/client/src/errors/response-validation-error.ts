import type { ActionName } from '@solarproof/schemas';
import { type Redactor, redactKnownFields } from '../redact.js';
import type { ValidationIssue } from '../validation-issue.js';
import { SolarProofError } from './solar-proof-error.js';

export interface ResponseValidationErrorDetails {
  action: ActionName;
  status: number;
  issues: readonly ValidationIssue[];
  url?: string | undefined;
  redact?: Redactor | undefined;
}

/** How many issues the message lists; `issues` holds them all. */
const LISTED_ISSUES = 5;

/**
 * A JSON body did not match the spec's schema for its action and status: the live API has drifted
 * from the spec (or the spec is wrong). The message names the action, and for each issue the JSON
 * path, what was expected and what came.
 *
 * @example
 * // getallcustomers answered HTTP 200 with a body that does not match the spec:
 * //   $[0].customer_id: expected string, got number 71553
 * if (error instanceof ResponseValidationError) console.error(error.issues);
 */
export class ResponseValidationError extends SolarProofError {
  declare readonly action: ActionName;
  readonly status: number;
  readonly issues: readonly ValidationIssue[];

  constructor(details: ResponseValidationErrorDetails) {
    const redact = details.redact ?? redactKnownFields;
    const issues = details.issues.map((issue) => ({
      path: redact(issue.path),
      expected: redact(issue.expected),
      received: redact(issue.received),
    }));
    super(
      `${details.action} answered HTTP ${details.status} with a body that does not match the spec:\n` +
        formatIssues(issues),
      { name: 'ResponseValidationError', action: details.action, url: details.url, redact },
    );
    this.status = details.status;
    this.issues = issues;
  }

  protected override details(): Record<string, unknown> {
    return { status: this.status, issues: this.issues };
  }
}

/** The issue lines of a message, at most five and a count of the rest. */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  const lines = issues
    .slice(0, LISTED_ISSUES)
    .map((issue) => `  ${issue.path}: expected ${issue.expected}, got ${issue.received}`);
  if (issues.length > LISTED_ISSUES) lines.push(`  ... and ${issues.length - LISTED_ISSUES} more`);
  return lines.join('\n');
}
