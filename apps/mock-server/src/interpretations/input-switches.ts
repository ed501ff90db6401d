import type { InterpretationSwitch } from './interpretation-types.js';

/** Switches that change which requests are accepted. */
export const INPUT_SWITCHES = [
  {
    id: 'U-3',
    name: 'input-strictness',
    question: 'How strictly are request parameters and bodies checked?',
    reason: 'The pages give types and required markers; the fake holds requests to them.',
    alternatives: [
      {
        value: 'documented',
        behaviour:
          'Types and required fields as the pages give them; a JSON content type; pkcustomerid as an integer or a string of digits.',
        evidence: [
          {
            source: 'seed003',
            quote:
              'type | string | Required | Customer type: "RESIDENTIAL" , "COMMERCIAL" , or "LARGE-SCALE"',
          },
          {
            source: 'seed003',
            quote:
              'gststatus | integer | Optional | GST registration status: 1 = registered, 0 = not registered',
          },
        ],
        inSpec: true,
      },
      {
        value: 'lenient-php',
        behaviour:
          'As a typical PHP backend: type in any case, gststatus as "1"/"0"/true/false, any or no content type (also a form field data=<JSON>), empty optional strings ignored, page= read as page 1.',
        evidence: [
          {
            source: 'L-create',
            quote: "either 'Commercial' or 'Residential' (yet the example sends \"RESIDENTIAL\")",
          },
          {
            source: 'proj-create',
            quote: 'application/x-www-form-urlencoded with action and data=<JSON string>',
          },
          { source: 'L-get-all', quote: 'page | string' },
        ],
        inSpec: true,
      },
      {
        value: 'strict',
        behaviour:
          'Only what the pages write: pkcustomerid an integer, data.action required, no fields the page does not list.',
        evidence: [
          {
            source: 'seed004',
            quote: 'pkcustomerid integer Required The unique ID of the customer to update',
          },
          { source: 'seed004', quote: 'action string Required Must be "updatecustomer"' },
        ],
        inSpec: true,
      },
    ],
  },
  {
    id: 'I-24',
    name: 'update-duplicate-email',
    question: 'Does updatecustomer accept an email another customer of the account has?',
    reason: 'Create rejects duplicates; update keeps emails unique the same way.',
    alternatives: [
      {
        value: 'rejected',
        behaviour: 'INVALID_PARAMETERS (update lists no DUPLICATE_EMAIL).',
        evidence: [
          { source: 'seed003', quote: 'DUPLICATE_EMAIL | A customer with this email already exists' },
        ],
        inSpec: true,
      },
      {
        value: 'accepted',
        behaviour: 'The update is stored; two customers then share the email.',
        evidence: [
          {
            source: 'seed004',
            quote:
              "If you're changing a customer's email address, ensure it's unique and valid. Duplicate emails may cause issues.",
          },
        ],
        inSpec: true,
      },
    ],
  },
  {
    id: 'U-4',
    name: 'update-nothing-to-change',
    question: 'What does updatecustomer answer when the body names no field to change?',
    reason: 'A request that changes nothing is more likely a bug of the caller.',
    alternatives: [
      {
        value: 'rejected',
        behaviour: 'INVALID_PARAMETERS "Nothing to update".',
        evidence: [
          {
            source: 'seed004',
            quote: 'INVALID_PARAMETERS Required parameter pkcustomerid is missing or invalid',
          },
          { source: 'not documented', quote: 'No page says what an update with no field to change answers.' },
        ],
        inSpec: true,
      },
      {
        value: 'accepted',
        behaviour: 'The usual success answer; nothing changes.',
        evidence: [
          {
            source: 'seed004',
            quote: "You don't need to send all fields - only include the fields you want to update.",
          },
        ],
        inSpec: true,
      },
    ],
  },
  {
    id: 'I-29',
    name: 'key-in-body',
    question: 'Is a write authenticated by data.apikey alone, without api_key in the query?',
    reason: 'createcustomer says the body key "can also be in URL": either place identifies the caller.',
    alternatives: [
      {
        value: 'accepted',
        behaviour: 'data.apikey alone identifies the caller; with both given they must be equal.',
        evidence: [
          {
            source: 'seed003',
            quote: 'apikey | string | Required | Your Solar Proof API key (can also be in URL)',
          },
        ],
        inSpec: true,
      },
      {
        value: 'rejected',
        behaviour: 'Only the query api_key counts; data.apikey is ignored.',
        evidence: [
          {
            source: 'auth',
            quote: 'https://solarproof.com.au/apidata.php?action=ACTION_NAME&api_key=YOUR_API_KEY',
          },
          {
            source: 'seed004',
            quote: 'Authentication: Include your API key in the URL query string ?api_key=YOUR_API_KEY',
          },
        ],
        inSpec: true,
      },
    ],
  },
  {
    id: 'I-1',
    name: 'heading-methods',
    question:
      'Do updatecustomer, deletecustomer and unsubscribe_customer accept the method their heading names?',
    reason: "The spec describes both the samples' POST and the heading's PUT/DELETE.",
    alternatives: [
      {
        value: 'accepted',
        behaviour: 'POST and the heading method (PUT or DELETE) both work.',
        evidence: [{ source: 'seed004', quote: 'PUT https://solarproof.com.au/apidata.php' }],
        inSpec: true,
      },
      {
        value: 'post-only',
        behaviour: 'Only POST, as every sample sends; the heading method answers METHOD_NOT_ALLOWED.',
        evidence: [
          {
            source: 'seed004',
            quote:
              'curl -X POST "https://solarproof.com.au/apidata.php?api_key=YOUR_API_KEY&action=updatecustomer"',
          },
        ],
        inSpec: true,
      },
    ],
  },
] as const satisfies readonly InterpretationSwitch[];
