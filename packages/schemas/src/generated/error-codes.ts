// Generated from specs/solarproof.openapi.yaml by packages/schemas/scripts/generate.js. Do not edit:
// change the spec and run `pnpm generate`. `pnpm generate:check` fails when this file is stale.

/** Every error code: the HTTP status the spec gives it, what it means, and the actions that answer it. */
export const errorCodeTable = [
  {
    "code": "INVALID_PARAMETERS",
    "status": 400,
    "transport": false,
    "description": "Required parameters are missing or invalid.",
    "actions": [
      "getallcustomers",
      "getcustomerByemail",
      "getcustomerid",
      "getcustomerofproject",
      "createcustomer",
      "updatecustomer",
      "deletecustomer"
    ]
  },
  {
    "code": "INVALID_API_KEY",
    "status": 401,
    "transport": false,
    "description": "The API key is invalid or missing.",
    "actions": [
      "getallcustomers",
      "getcustomerByemail",
      "getcustomerid",
      "getcustomerofproject",
      "createcustomer",
      "updatecustomer",
      "deletecustomer"
    ]
  },
  {
    "code": "UNAUTHORISED",
    "status": 403,
    "transport": false,
    "description": "The key's company may not access this project.",
    "actions": [
      "getcustomerofproject"
    ]
  },
  {
    "code": "PERMISSION_DENIED",
    "status": 403,
    "transport": false,
    "description": "The key's company may not change this customer.",
    "actions": [
      "updatecustomer",
      "deletecustomer"
    ]
  },
  {
    "code": "NO_CUSTOMERS_FOUND",
    "status": 404,
    "transport": false,
    "description": "No customers exist for the requested page.",
    "actions": [
      "getallcustomers"
    ]
  },
  {
    "code": "PROJECT_NOT_FOUND",
    "status": 404,
    "transport": false,
    "description": "No project exists with the given ID.",
    "actions": [
      "getcustomerofproject"
    ]
  },
  {
    "code": "NO_CUSTOMER_ASSIGNED",
    "status": 404,
    "transport": false,
    "description": "The project exists but has no customer assigned.",
    "actions": [
      "getcustomerofproject"
    ]
  },
  {
    "code": "CUSTOMER_NOT_FOUND",
    "status": 404,
    "transport": false,
    "description": "No customer exists with the given ID or email.",
    "actions": [
      "getcustomerByemail",
      "getcustomerid",
      "updatecustomer",
      "deletecustomer"
    ]
  },
  {
    "code": "USER_NOT_FOUND",
    "status": 404,
    "transport": false,
    "description": "The given `useremail` is not a user of the account.",
    "actions": [
      "createcustomer"
    ]
  },
  {
    "code": "NOT_FOUND",
    "status": 404,
    "transport": true,
    "description": "The `action` is missing or names no action (transport error).",
    "actions": [
      "getallcustomers",
      "getcustomerByemail",
      "getcustomerid",
      "getcustomerofproject",
      "createcustomer",
      "updatecustomer",
      "deletecustomer",
      "subscribe_customer",
      "unsubscribe_customer"
    ]
  },
  {
    "code": "METHOD_NOT_ALLOWED",
    "status": 405,
    "transport": true,
    "description": "The action does not accept this HTTP method (transport error).",
    "actions": [
      "getallcustomers",
      "getcustomerByemail",
      "getcustomerid",
      "getcustomerofproject",
      "createcustomer",
      "updatecustomer",
      "deletecustomer",
      "subscribe_customer",
      "unsubscribe_customer"
    ]
  },
  {
    "code": "DUPLICATE_EMAIL",
    "status": 409,
    "transport": false,
    "description": "A customer with this email already exists in the account.",
    "actions": [
      "createcustomer"
    ]
  },
  {
    "code": "REQUEST_TIMEOUT",
    "status": 408,
    "transport": true,
    "description": "The request (headers or a body shorter than its Content-Length) did not arrive within the request timeout (transport error).",
    "actions": [
      "getallcustomers",
      "getcustomerByemail",
      "getcustomerid",
      "getcustomerofproject",
      "createcustomer",
      "updatecustomer",
      "deletecustomer",
      "subscribe_customer",
      "unsubscribe_customer"
    ]
  },
  {
    "code": "PAYLOAD_TOO_LARGE",
    "status": 413,
    "transport": true,
    "description": "The request body is over the size limit (transport error).",
    "actions": [
      "getallcustomers",
      "getcustomerByemail",
      "getcustomerid",
      "getcustomerofproject",
      "createcustomer",
      "updatecustomer",
      "deletecustomer",
      "subscribe_customer",
      "unsubscribe_customer"
    ]
  },
  {
    "code": "UNSUPPORTED_MEDIA_TYPE",
    "status": 415,
    "transport": true,
    "description": "The body is not `application/json` (transport error).",
    "actions": [
      "getallcustomers",
      "getcustomerByemail",
      "getcustomerid",
      "getcustomerofproject",
      "createcustomer",
      "updatecustomer",
      "deletecustomer",
      "subscribe_customer",
      "unsubscribe_customer"
    ]
  },
  {
    "code": "RATE_LIMITED",
    "status": 429,
    "transport": true,
    "description": "Too many requests; retry after `Retry-After` seconds (transport error).",
    "actions": [
      "getallcustomers",
      "getcustomerByemail",
      "getcustomerid",
      "getcustomerofproject",
      "createcustomer",
      "updatecustomer",
      "deletecustomer",
      "subscribe_customer",
      "unsubscribe_customer"
    ]
  },
  {
    "code": "UPDATE_FAILED",
    "status": 500,
    "transport": false,
    "description": "The customer update failed on the server.",
    "actions": [
      "updatecustomer"
    ]
  },
  {
    "code": "DELETION_FAILED",
    "status": 500,
    "transport": false,
    "description": "The customer deletion failed on the server.",
    "actions": [
      "deletecustomer"
    ]
  },
  {
    "code": "UNKNOWN",
    "status": 500,
    "transport": true,
    "description": "An unexpected server error (transport error; a legacy API-wide code).",
    "actions": [
      "getallcustomers",
      "getcustomerByemail",
      "getcustomerid",
      "getcustomerofproject",
      "createcustomer",
      "updatecustomer",
      "deletecustomer",
      "subscribe_customer",
      "unsubscribe_customer"
    ]
  }
] as const;
