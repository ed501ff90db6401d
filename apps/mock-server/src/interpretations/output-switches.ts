import type { InterpretationSwitch } from './interpretation-types.js';

const STATUS_NOT_DOCUMENTED = {
  source: 'not documented',
  quote: 'The pages label errors "Error Response (4xx/5xx)" and map no code to an HTTP status.',
} as const;

/** Switches that change what a response looks like. */
export const OUTPUT_SWITCHES = [
  {
    id: 'I-7',
    name: 'pagination-end',
    question: 'What does getallcustomers answer past the last page, and on page 1 of an empty account?',
    reason: "The error table is normative; the sample's loop stops on either answer.",
    alternatives: [
      {
        value: 'not-found',
        behaviour: 'Past the end, and page 1 of an empty account, answer NO_CUSTOMERS_FOUND.',
        evidence: [
          { source: 'seed000', quote: 'NO_CUSTOMERS_FOUND | No customers exist for the specified page' },
        ],
        inSpec: true,
      },
      {
        value: 'empty-array',
        behaviour: 'Past the end, and page 1 of an empty account, answer 200 [].',
        evidence: [
          {
            source: 'seed000',
            quote:
              'if (customers.length > 0) { allCustomers.push(...customers); ... } else { hasMore = false; }',
          },
        ],
        inSpec: true,
      },
      {
        value: 'empty-first-page',
        behaviour:
          'Page 1 of an empty account answers 200 []; a page past the end answers NO_CUSTOMERS_FOUND.',
        evidence: [
          {
            source: 'seed000',
            quote: 'page | integer | Optional | Page number for pagination (default: 1).',
          },
          { source: 'seed000', quote: 'NO_CUSTOMERS_FOUND | No customers exist for the specified page' },
        ],
        inSpec: true,
      },
    ],
  },
  {
    id: 'U-1',
    name: 'error-status',
    question: 'Which HTTP status does a {code, message} error come with?',
    reason: 'One status per code lets a client branch on either; the PHP sample only checks for 200.',
    alternatives: [
      {
        value: 'mapped',
        behaviour: "Each code has the spec's status (400, 401, 403, 404, 409, 500, ...).",
        evidence: [{ source: 'seed000', quote: 'Error Response (4xx/5xx)' }, STATUS_NOT_DOCUMENTED],
        inSpec: true,
      },
      {
        value: 'always-200',
        behaviour: 'Every error answers 200 with the error body, as many PHP backends do.',
        evidence: [
          {
            source: 'seed000',
            quote: 'const customers = await response.json(); (the sample never reads the status)',
          },
          STATUS_NOT_DOCUMENTED,
        ],
        inSpec: true,
      },
      {
        value: 'always-400',
        behaviour: 'Every error answers 400 with the error body.',
        evidence: [
          {
            source: 'sub',
            quote: '400: {"success": false, "message": "<error message>"} (the webhook actions)',
          },
          {
            source: 'seed004',
            quote: 'if ($httpCode === 200) { ... } else { echo "Error: " . $result[\'message\']; }',
          },
        ],
        inSpec: true,
      },
    ],
  },
  {
    id: 'U-2',
    name: 'unset-fields',
    question: 'How is a field with no value written: empty string or null?',
    reason: 'Each action keeps the form of its own example.',
    alternatives: [
      {
        value: 'as-documented',
        behaviour:
          "The rich customer object writes '' (phone2, company fields, proposal_link); getcustomerofproject writes null for uid, customerabn and contactTime, '' elsewhere.",
        evidence: [
          { source: 'seed000', quote: '"customer_phone_2": "", ... "company_name": ""' },
          { source: 'seed002', quote: '"uid": null, ... "customerabn": null, ... "contactTime": null' },
        ],
        inSpec: true,
      },
      {
        value: 'null',
        behaviour:
          'Every unset string is null: in the customer object, owner_user_info, projects[] and getcustomerofproject.',
        evidence: [
          {
            source: 'seed002',
            quote: 'Unique identifier (may be null) ... Australian Business Number (may be null)',
          },
          { source: 'not documented', quote: 'No page says whether other empty strings are stored as NULL.' },
        ],
        inSpec: false,
      },
      {
        value: 'empty-string',
        behaviour: "Every unset field is '', also uid, customerabn and contactTime of getcustomerofproject.",
        evidence: [
          { source: 'ev2', quote: '"phone_secondary": "", ... "abn": "", ... "customer_notes": ""' },
          { source: 'seed002', quote: '"phone2": "", ... "note": ""' },
        ],
        inSpec: true,
      },
    ],
  },
  {
    id: 'I-4',
    name: 'system-size',
    question: 'Is projects[].system_size a number or a "NN.NNkW" string?',
    reason: 'Each action follows its own example.',
    alternatives: [
      {
        value: 'as-documented',
        behaviour: 'A number in getallcustomers, "17.92kW" in getcustomerByemail and getcustomerid.',
        evidence: [
          { source: 'seed000', quote: '"system_size": 2.24' },
          { source: 'get', quote: '"system_size": "17.92kW"' },
        ],
        inSpec: true,
      },
      {
        value: 'number',
        behaviour: 'A number of kW everywhere.',
        evidence: [
          { source: 'seed000', quote: 'system_size | number | Total system size in kilowatts (kW)' },
        ],
        inSpec: true,
      },
      {
        value: 'kw-string',
        behaviour: 'A "NN.NNkW" string everywhere.',
        evidence: [
          { source: 'get', quote: '"system_size": "17.92kW"' },
          { source: 'get-id', quote: '"system_size": "17.92kW"' },
        ],
        inSpec: true,
      },
    ],
  },
  {
    id: 'I-5',
    name: 'empty-notes',
    question: 'How is a customer with no notes written in customer_notes?',
    reason: 'The current pages show [] for no notes.',
    alternatives: [
      {
        value: 'array',
        behaviour: 'customer_notes is [] when there are none.',
        evidence: [{ source: 'get-id', quote: '"customer_notes": []' }],
        inSpec: true,
      },
      {
        value: 'empty-string',
        behaviour: 'customer_notes is "" when there are none.',
        evidence: [
          { source: 'L-get-id', quote: '"customer_notes": ""' },
          { source: 'ev2', quote: '"customer_notes": ""' },
        ],
        inSpec: true,
      },
    ],
  },
  {
    id: 'I-16',
    name: 'creation-date',
    question: 'Is creation_date a date or a date and time?',
    reason: 'Every current example is a bare date.',
    alternatives: [
      {
        value: 'date',
        behaviour: 'creation_date is YYYY-MM-DD.',
        evidence: [{ source: 'seed000', quote: '"creation_date": "2020-05-26"' }],
        inSpec: true,
      },
      {
        value: 'datetime',
        behaviour: 'creation_date is YYYY-MM-DD HH:MM:SS.',
        evidence: [{ source: 'L-get-all', quote: 'in ISO 8601 format (E.g. 2025-03-09 22:12:25)' }],
        inSpec: true,
      },
    ],
  },
  {
    id: 'I-3',
    name: 'new-customer-status',
    question: 'Which status does a customer created through the API get?',
    reason: 'The GET examples show "No Status Set"; the webhook examples show 1.',
    alternatives: [
      {
        value: 'no-status-set',
        behaviour: 'Status 0, "No Status Set".',
        evidence: [
          { source: 'get-id', quote: '"customer_status": "No Status Set"' },
          { source: 'ev1', quote: '0=No Status, 1=New Contacts, 2=Signed, 3=Mega Status' },
        ],
        inSpec: true,
      },
      {
        value: 'new-contacts',
        behaviour: 'Status 1, "New Contacts".',
        evidence: [
          { source: 'ev1', quote: '"customer_status": 1' },
          { source: 'ev2', quote: '"customer_status_id": 1' },
          { source: 'seed001', quote: 'Customer status: 1 (New Contacts), 2 (Signed), 3 (Mega Status)' },
        ],
        inSpec: true,
      },
    ],
  },
] as const satisfies readonly InterpretationSwitch[];
