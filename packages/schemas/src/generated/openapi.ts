// Generated from specs/solarproof.openapi.yaml by packages/schemas/scripts/generate.js. Do not edit:
// change the spec and run `pnpm generate`. `pnpm generate:check` fails when this file is stale.
/* eslint-disable */
export interface paths {
  '/apidata.php?action=getallcustomers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List customers, 50 a page
     * @description Customers of every user of the key's company, with owner, notes and projects, 50 a page
     *     (page 1 holds customers 1-50, page 2 holds 51-100, ...). No total count or next link is returned.
     *     A page past the end answers `NO_CUSTOMERS_FOUND` (decision I-7); `page` that is not a whole
     *     number of at least 1 answers `INVALID_PARAMETERS` (not documented; decided here).
     */
    get: operations['getallcustomers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/apidata.php?action=getcustomerByemail': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get one customer by email
     * @description The full customer object of the customer with this email, not wrapped in an array.
     *     The action name has a capital B. The page says it "accepts both" email and ID but names no ID
     *     parameter (I-22): only `customer_email` is accepted. Its error codes were not seen (the page is
     *     truncated); `CUSTOMER_NOT_FOUND` is decided here for an unknown email.
     */
    get: operations['getcustomerByemail'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/apidata.php?action=getcustomerid': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Look up a customer's ID by email
     * @description Returns the full customer object (the current page); the ID is its `customer_id`. The legacy
     *     page's "returns only customer_email" and its `action=getcustomer` sample are not followed (I-12).
     */
    get: operations['getcustomerid'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/apidata.php?action=getcustomerofproject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the customer of a project
     * @description The customer attached to a project, in camelCase keys, wrapped in `{Message, Customer}`.
     */
    get: operations['getcustomerofproject'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/apidata.php?action=createcustomer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a customer
     * @description Creates a customer owned by the user `useremail` names, or by the key's owner when it is empty
     *     or left out. Emails are unique within the company (`DUPLICATE_EMAIL`). Creating a customer
     *     fires the `customer_created` webhook.
     */
    post: operations['createcustomer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/apidata.php?action=updatecustomer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Update a customer (partial), by PUT as the page heading says
     * @description The same operation as `updatecustomer`, with the method the page heading names (I-1).
     */
    put: operations['updatecustomer_put'];
    /**
     * Update a customer (partial)
     * @description Changes only the fields given; the rest keep their values. The page heading says PUT but every
     *     sample uses POST (I-1): POST is this operation, PUT is `updatecustomer_put`.
     */
    post: operations['updatecustomer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/apidata.php?action=deletecustomer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Delete a customer permanently
     * @description Deletes the customer. Its projects stay, with no customer assigned (the docs say only that
     *     they "will be affected"; decided here). The page heading says DELETE but the sample uses POST
     *     (I-1): POST is this operation, DELETE is `deletecustomer_delete`.
     */
    post: operations['deletecustomer'];
    /**
     * Delete a customer permanently, by DELETE as the page heading says
     * @description The same operation as `deletecustomer`, with the method the page heading names (I-1).
     */
    delete: operations['deletecustomer_delete'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/apidata.php?action=subscribe_customer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Subscribe a URL to one webhook event
     * @description One event type a call; each subscription stands alone. The body is raw JSON, with no `data`
     *     envelope. Subscribing the same URL to the same event twice keeps one subscription (not
     *     documented; decided here). `contract_signed` is not a valid `type_request` (I-11).
     */
    post: operations['subscribe_customer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/apidata.php?action=unsubscribe_customer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Remove every subscription of a URL
     * @description Removes every event subscription of that URL in the key's company. The page heading says
     *     DELETE but the sample uses POST (I-1): POST is this operation, DELETE is
     *     `unsubscribe_customer_delete`.
     */
    post: operations['unsubscribe_customer'];
    /**
     * Remove every subscription of a URL, by DELETE as the page heading says
     * @description The same operation as `unsubscribe_customer`, with the method the page heading names (I-1).
     */
    delete: operations['unsubscribe_customer_delete'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface webhooks {
  customer_created: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A customer was created
     * @description One JSON object (both versions agree that this event is not wrapped in an array). The v2
     *     payload (the newer events page) is what the mock sends by default; v1 on request.
     *     No event-type field or header is documented: a receiver tells events apart by their fields.
     */
    post: operations['customer_created'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  customer_status_change: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A customer's status changed
     * @description v1 sends an object; v2's rule is an array of objects (I-10), but v2's fields were not seen,
     *     so both carry the v1 fields. The mock sends the v2 shape (an array) by default.
     */
    post: operations['customer_status_change'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface components {
  schemas: {
    /**
     * @description Every error code of the customer surface, documented or added as a transport error.
     * @enum {string}
     */
    ErrorCode:
      | 'INVALID_PARAMETERS'
      | 'INVALID_API_KEY'
      | 'UNAUTHORISED'
      | 'PERMISSION_DENIED'
      | 'NO_CUSTOMERS_FOUND'
      | 'PROJECT_NOT_FOUND'
      | 'NO_CUSTOMER_ASSIGNED'
      | 'CUSTOMER_NOT_FOUND'
      | 'USER_NOT_FOUND'
      | 'NOT_FOUND'
      | 'METHOD_NOT_ALLOWED'
      | 'DUPLICATE_EMAIL'
      | 'REQUEST_TIMEOUT'
      | 'PAYLOAD_TOO_LARGE'
      | 'UNSUPPORTED_MEDIA_TYPE'
      | 'RATE_LIMITED'
      | 'UPDATE_FAILED'
      | 'DELETION_FAILED'
      | 'UNKNOWN';
    /**
     * @example {
     *       "code": "INVALID_API_KEY",
     *       "message": "The provided API key is invalid"
     *     }
     */
    GetallcustomersError: {
      /** @enum {string} */
      code: 'INVALID_API_KEY' | 'INVALID_PARAMETERS' | 'NO_CUSTOMERS_FOUND';
      message: string;
    };
    GetcustomerByemailError: {
      /** @enum {string} */
      code: 'INVALID_API_KEY' | 'INVALID_PARAMETERS' | 'CUSTOMER_NOT_FOUND';
      message: string;
    };
    GetcustomeridError: {
      /** @enum {string} */
      code: 'INVALID_API_KEY' | 'INVALID_PARAMETERS' | 'CUSTOMER_NOT_FOUND';
      message: string;
    };
    /**
     * @example {
     *       "code": "PROJECT_NOT_FOUND",
     *       "message": "No project exists with ID: 123"
     *     }
     */
    GetcustomerofprojectError: {
      /** @enum {string} */
      code:
        | 'INVALID_API_KEY'
        | 'INVALID_PARAMETERS'
        | 'PROJECT_NOT_FOUND'
        | 'NO_CUSTOMER_ASSIGNED'
        | 'UNAUTHORISED';
      message: string;
    };
    /**
     * @example {
     *       "code": "INVALID_PARAMETERS",
     *       "message": "Required field 'firstname' is missing"
     *     }
     */
    CreatecustomerError: {
      /** @enum {string} */
      code: 'INVALID_API_KEY' | 'INVALID_PARAMETERS' | 'USER_NOT_FOUND' | 'DUPLICATE_EMAIL';
      message: string;
    };
    /**
     * @example {
     *       "code": "CUSTOMER_NOT_FOUND",
     *       "message": "No customer exists with ID: 79461"
     *     }
     */
    UpdatecustomerError: {
      /** @enum {string} */
      code:
        | 'INVALID_API_KEY'
        | 'INVALID_PARAMETERS'
        | 'CUSTOMER_NOT_FOUND'
        | 'PERMISSION_DENIED'
        | 'UPDATE_FAILED';
      message: string;
    };
    /**
     * @example {
     *       "code": "CUSTOMER_NOT_FOUND",
     *       "message": "The specified customer does not exist"
     *     }
     */
    DeletecustomerError: {
      /** @enum {string} */
      code:
        | 'INVALID_API_KEY'
        | 'INVALID_PARAMETERS'
        | 'CUSTOMER_NOT_FOUND'
        | 'PERMISSION_DENIED'
        | 'DELETION_FAILED';
      message: string;
    };
    /**
     * @description An error any action can answer before the action runs, or a forced server failure.
     * @example {
     *       "code": "NOT_FOUND",
     *       "message": "Unknown action 'getcustomers'"
     *     }
     */
    TransportError: {
      /** @enum {string} */
      code:
        | 'NOT_FOUND'
        | 'METHOD_NOT_ALLOWED'
        | 'REQUEST_TIMEOUT'
        | 'PAYLOAD_TOO_LARGE'
        | 'UNSUPPORTED_MEDIA_TYPE'
        | 'RATE_LIMITED'
        | 'UNKNOWN';
      message: string;
    };
    /** @description A customer ID in a request; the legacy update sample sends it as a string of digits (I-6). In either form it is at most 9007199254740991 (2^53 - 1, the largest integer JSON numbers hold exactly); a larger one answers `INVALID_PARAMETERS`, never another customer's ID. */
    CustomerId: number | string;
    /**
     * @description Customer type in create and update requests (upper case, I-2).
     * @enum {string}
     */
    CustomerTypeInput: 'RESIDENTIAL' | 'COMMERCIAL' | 'LARGE-SCALE';
    /**
     * @description GST registration in create and update requests, 1 registered or 0 not.
     * @enum {integer}
     */
    GstStatusInput: 0 | 1;
    CreateCustomerData: {
      /** @description The API key, if not (or also) in the query (I-29). */
      apikey?: string;
      /**
       * @description Must be `createcustomer` when given, like the query's `action`.
       * @constant
       */
      action?: 'createcustomer';
      /** @description Email of the user who will own the customer; empty or absent means the key's owner. */
      useremail?: string;
      firstname: string;
      surname: string;
      /** Format: email */
      email: string;
      phone1: string;
      phone2?: string;
      type: components['schemas']['CustomerTypeInput'];
      companyname?: string;
      companyphone?: string;
      gststatus?: components['schemas']['GstStatusInput'];
    };
    /**
     * @example {
     *       "data": {
     *         "apikey": "YOUR_API_KEY",
     *         "action": "createcustomer",
     *         "useremail": "",
     *         "firstname": "John",
     *         "surname": "Smith",
     *         "phone1": "0412345678",
     *         "phone2": "0298765432",
     *         "email": "john.smith@example.com",
     *         "gststatus": 1,
     *         "companyname": "Smith Solar Solutions",
     *         "companyphone": "1300123456",
     *         "type": "RESIDENTIAL"
     *       }
     *     }
     */
    CreatecustomerRequest: {
      data: components['schemas']['CreateCustomerData'];
    };
    /**
     * @example {
     *       "Message": "Customer created successfully!",
     *       "id": "79459"
     *     }
     */
    CreatecustomerResponse: {
      Message: string;
      /** @description The new customer's ID, as a string. */
      id: string;
    };
    UpdateCustomerData: {
      /** @description The API key, if not (or also) in the query (I-29). */
      apikey?: string;
      /**
       * @description Must be `updatecustomer` when given, like the query's `action`.
       * @constant
       */
      action?: 'updatecustomer';
      pkcustomerid: components['schemas']['CustomerId'];
      firstname?: string;
      surname?: string;
      /** Format: email */
      email?: string;
      phone1?: string;
      phone2?: string;
      type?: components['schemas']['CustomerTypeInput'];
      companyname?: string;
      companyphone?: string;
      gststatus?: components['schemas']['GstStatusInput'];
    };
    /**
     * @example {
     *       "data": {
     *         "apikey": "YOUR_API_KEY",
     *         "action": "updatecustomer",
     *         "pkcustomerid": 79461,
     *         "email": "newemail@example.com",
     *         "phone1": "0400111222"
     *       }
     *     }
     */
    UpdatecustomerRequest: {
      data: components['schemas']['UpdateCustomerData'];
    };
    /**
     * @example {
     *       "Message": "Customer updated successfully!",
     *       "CustomerId": "79461"
     *     }
     */
    UpdatecustomerResponse: {
      Message: string;
      CustomerId: string;
    };
    DeleteCustomerData: {
      /** @description The API key, if not (or also) in the query (I-29). */
      apikey?: string;
      /**
       * @description Must be `deletecustomer` when given (the legacy page's `createcustomer` is a copy error, I-27).
       * @constant
       */
      action?: 'deletecustomer';
      pkcustomerid: components['schemas']['CustomerId'];
    };
    /**
     * @example {
     *       "data": {
     *         "apikey": "YOUR_API_KEY",
     *         "action": "deletecustomer",
     *         "pkcustomerid": 79461
     *       }
     *     }
     */
    DeletecustomerRequest: {
      data: components['schemas']['DeleteCustomerData'];
    };
    /**
     * @example {
     *       "Message": "Customer Deleted Permanently!",
     *       "CustomerId": "79461"
     *     }
     */
    DeletecustomerResponse: {
      Message: string;
      CustomerId: string;
    };
    /**
     * @description Events a URL can be subscribed to (`contract_signed` is not one, I-11).
     * @enum {string}
     */
    WebhookEventType:
      | 'customer_created'
      | 'customer_status_change'
      | 'project_email_sent'
      | 'project_sms_sent'
      | 'published_proposal_link'
      | 'recent_draft_project';
    /**
     * @example {
     *       "hookUrl": "https://your-domain.com/webhooks/solarproof",
     *       "type_request": "customer_created"
     *     }
     */
    SubscribeCustomerRequest: {
      /** @description An absolute http(s) URL. The live API wants a public HTTPS URL; the mock accepts any http(s) URL. */
      hookUrl: string;
      type_request: components['schemas']['WebhookEventType'];
    };
    /**
     * @example {
     *       "hookUrl": "https://your-domain.com/webhooks/solarproof"
     *     }
     */
    UnsubscribeCustomerRequest: {
      hookUrl: string;
    };
    WebhookSuccess: {
      /** @constant */
      success: true;
      message: string;
    };
    /**
     * @example {
     *       "success": false,
     *       "message": "Invalid webhook type"
     *     }
     */
    WebhookError: {
      /** @constant */
      success: false;
      message: string;
    };
    /** @description The user who owns (created) the customer. The legacy page says "array"; it is an object (I-17). */
    OwnerUserInfo: {
      user_id: string;
      first_name: string;
      last_name: string;
      phone_number: string;
      email: string;
      work_title: string;
      username: string;
    };
    CustomerNote: {
      /** @description `YYYY-MM-DD HH:MM:SS`, in the account's local time (the timezone is not documented). */
      datetime: string;
      note: string;
    };
    SiteAddress: {
      streetnum: string;
      street: string;
      suburb: string;
      state: string;
      postcode: string;
      country: string;
    };
    /** @description System size in kW; a number in getallcustomers, a string such as `"17.92kW"` in getcustomerByemail and getcustomerid (I-4). */
    SystemSize: number | string;
    CustomerProject: {
      project_id: string;
      project_title: string;
      site_address: components['schemas']['SiteAddress'];
      solar_panel_quantity: string;
      solar_panel_type: string;
      inverter_quantity: string;
      inverter_type: string;
      system_size: components['schemas']['SystemSize'];
      /** @description Relative path of the proposal PDF, or `""` when it is not published. */
      proposal_link: string;
    };
    /** @description The rich customer object of getallcustomers, getcustomerByemail and getcustomerid. */
    Customer: {
      customer_id: string;
      /** @enum {string} */
      gst_status: 'GST Registered' | 'Not GST Registered';
      customer_first_name: string;
      customer_last_name: string;
      customer_phone_1: string;
      customer_phone_2: string;
      customer_email: string;
      /** @enum {string} */
      customer_type: 'Residential' | 'Commercial' | 'Large-Scale';
      company_name: string;
      company_phone: string;
      owner_user_info: components['schemas']['OwnerUserInfo'];
      /** @description `YYYY-MM-DD`; the legacy text gives a `YYYY-MM-DD HH:MM:SS` datetime, also accepted (I-16). */
      creation_date: string;
      /** @description The notes, newest last; the legacy example sends `""` for none (I-5). */
      customer_notes: components['schemas']['CustomerNote'][] | '';
      /** @description The status name, such as `No Status Set` or `Signed` (legacy `"0"`, I-3). */
      customer_status: string;
      projects: components['schemas']['CustomerProject'][];
    };
    /** @description One page of at most 50 customers. */
    GetallcustomersResponse: components['schemas']['Customer'][];
    /** @description The customer of a project, in getcustomerofproject's camelCase vocabulary. */
    ProjectCustomer: {
      customerID: number;
      /** @description A unique identifier, "may be null" (the documented example has null); the mock leaves it null for some older customers. */
      uid: string | null;
      /** @enum {integer} */
      gstRegistered: 0 | 1;
      firstName: string;
      surname: string;
      phone1: string;
      phone2: string;
      email: string;
      companyName: string;
      companyPhone: string;
      customerabn: string | null;
      siteAddress: string;
      /** @description One note, although a customer has a list (I-5). Which one is not documented; decided here as the latest (`""` for none). */
      note: string;
      /**
       * @description "Best time to contact the customer (may be null)"; its format is not documented. Decided here
       *     as the Customer Object's `best_contact_times` flags by name, in the day's order, joined by
       *     `, ` (`Mornings, Evenings`), and null when none were given.
       */
      contactTime: string | null;
    };
    GetcustomerofprojectResponse: {
      Message: string;
      Customer: components['schemas']['ProjectCustomer'];
    };
    BestContactTimes: {
      /** @enum {integer} */
      mornings: 0 | 1;
      /** @enum {integer} */
      middays: 0 | 1;
      /** @enum {integer} */
      afternoons: 0 | 1;
      /** @enum {integer} */
      evenings: 0 | 1;
    };
    /**
     * @description "The Customer Object" of the Customers overview page, in database-style keys. No action returns
     *     it (I-18); it names the stored record that every response is a view of.
     */
    CustomerObject: {
      pkcustomerid: number;
      customerfirstname: string;
      customersurname: string;
      customeremail: string;
      customerphone1: string;
      customerphone2?: string;
      customercompanyname: string;
      customercompanyphone: string;
      customerabn: string;
      /**
       * @description 1 New Contacts, 2 Signed, 3 Mega Status (the v1 webhook adds 0, No Status, I-3).
       * @enum {integer}
       */
      fkcustomerstatusid: 0 | 1 | 2 | 3;
      /**
       * @description 1 Residential, 2 Commercial, 3 Large-Scale.
       * @enum {integer}
       */
      fkcustomertypeid: 1 | 2 | 3;
      /**
       * @description Documented as "boolean"; sent as 1 or 0 (I-15).
       * @enum {integer}
       */
      customergstregistered: 0 | 1;
      /** Format: date */
      created_at: string;
      customer_site_address: string;
      best_contact_times: components['schemas']['BestContactTimes'];
    };
    /** @description The Project Object of the Projects overview page; no customer action returns it. */
    ProjectObject: {
      pkcustomerquotationid: number;
      fkcustomerid: number;
      fkuserid: number;
      quotenickname: string;
      siteaddress: string;
      /** @enum {integer} */
      is_draft: 0 | 1;
      proposal_status: string;
      created_at: string;
      updated_at: string;
      total_price: number;
      system_size: number;
    };
    /** @description `customer_created`, older events page: database-style keys. */
    CustomerCreatedV1: {
      pkcustomerid: number;
      fkuserid: number;
      customer_email: string;
      customer_name: string;
      customer_type: components['schemas']['CustomerTypeInput'];
      /** @enum {integer} */
      customer_status: 0 | 1 | 2 | 3;
    };
    /** @description `customer_created`, newer events page (types after `phone_primary` read from its example). */
    CustomerCreatedV2: {
      customer_id: number;
      customer_uid: string;
      first_name: string;
      surname: string;
      customer_name: string;
      phone_primary: string;
      phone_secondary: string;
      customer_email: string;
      company_name: string;
      company_phone: string;
      abn: string;
      /** @enum {integer} */
      gst_registered: 0 | 1;
      /** @enum {integer} */
      customer_type_id: 1 | 2 | 3;
      /** @enum {integer} */
      customer_status_id: 0 | 1 | 2 | 3;
      site_address: string;
      /** Format: date-time */
      customer_created_at: string;
      customer_notes: string;
      assigned_user_id: number;
      assigned_user_name: string;
      assigned_user_email: string;
      company_name_full: string;
    };
    CustomerCreatedEvent:
      | components['schemas']['CustomerCreatedV2']
      | components['schemas']['CustomerCreatedV1'];
    /**
     * @description The `customer_status_change` fields as far as the older events page shows them (the stored
     *     copy ends after `new_status`). Status ids: 0 No Status, 1 New Contacts, 2 Signed, 3 Mega Status.
     */
    CustomerStatusChange: {
      pkcustomerid: number;
      fkuserid: number;
      customer_email: string;
      customer_name: string;
      /** @enum {integer} */
      old_status: 0 | 1 | 2 | 3;
      /** @enum {integer} */
      new_status: 0 | 1 | 2 | 3;
    };
    /** @description An object (v1) or an array of objects (v2's rule for every event but `customer_created`, I-10). */
    CustomerStatusChangeEvent:
      | components['schemas']['CustomerStatusChange'][]
      | components['schemas']['CustomerStatusChange'];
  };
  responses: {
    /** @description A documented error of getallcustomers. */
    GetallcustomersError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['GetallcustomersError'];
      };
    };
    /** @description An error of getcustomerByemail. */
    GetcustomerByemailError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['GetcustomerByemailError'];
      };
    };
    /** @description An error of getcustomerid. */
    GetcustomeridError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['GetcustomeridError'];
      };
    };
    /** @description A documented error of getcustomerofproject. */
    GetcustomerofprojectError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['GetcustomerofprojectError'];
      };
    };
    /** @description A documented error of createcustomer. */
    CreatecustomerError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['CreatecustomerError'];
      };
    };
    /** @description A documented error of updatecustomer. */
    UpdatecustomerError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['UpdatecustomerError'];
      };
    };
    /** @description A documented error of deletecustomer. */
    DeletecustomerError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['DeletecustomerError'];
      };
    };
    /** @description The customer was updated. */
    UpdatecustomerOk: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['UpdatecustomerResponse'];
      };
    };
    /** @description The customer was deleted. */
    DeletecustomerOk: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['DeletecustomerResponse'];
      };
    };
    /** @description Every subscription of the URL was removed. */
    UnsubscribeOk: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "success": true,
         *       "message": "Webhook unsubscribed successfully"
         *     }
         */
        'application/json': components['schemas']['WebhookSuccess'];
      };
    };
    /**
     * @description Any error of a webhook action, always status 400. Documented messages: `Empty request body`,
     *     `Invalid JSON`, `hookUrl parameter is required`, `Invalid webhook URL format`,
     *     `Invalid webhook type` (subscribe only), `Invalid API key`, and
     *     `No matching webhook found for this user` (unsubscribe only).
     */
    WebhookError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['WebhookError'];
      };
    };
    /** @description A transport error, answered for any action (see the status table). */
    TransportError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['TransportError'];
      };
    };
    /** @description Too many requests (`RATE_LIMITED`); not documented by Solar Proof, added by this project. */
    RateLimited: {
      headers: {
        /** @description Seconds to wait before retrying. */
        'Retry-After'?: number;
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['TransportError'];
      };
    };
  };
  parameters: {
    /** @description The customer's email address. */
    CustomerEmail: string;
  };
  requestBodies: {
    UpdatecustomerBody: {
      content: {
        'application/json': components['schemas']['UpdatecustomerRequest'];
      };
    };
    DeletecustomerBody: {
      content: {
        'application/json': components['schemas']['DeletecustomerRequest'];
      };
    };
    UnsubscribeCustomerBody: {
      content: {
        'application/json': components['schemas']['UnsubscribeCustomerRequest'];
      };
    };
  };
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getallcustomers: {
    parameters: {
      query: {
        action: 'getallcustomers';
        /** @description Page number, 50 customers a page. Written as plain decimal digits with no leading zero (`1`, `2`, `10`); `01`, ` 1`, `+1`, `1.0` and `1e0` answer `INVALID_PARAMETERS`, as every integer query parameter does. */
        page?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of customers. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GetallcustomersResponse'];
        };
      };
      400: components['responses']['GetallcustomersError'];
      401: components['responses']['GetallcustomersError'];
      404: components['responses']['GetallcustomersError'];
      405: components['responses']['TransportError'];
      429: components['responses']['RateLimited'];
      500: components['responses']['TransportError'];
    };
  };
  getcustomerByemail: {
    parameters: {
      query: {
        action: 'getcustomerByemail';
        /** @description The customer's email address. */
        customer_email: components['parameters']['CustomerEmail'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The customer. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Customer'];
        };
      };
      400: components['responses']['GetcustomerByemailError'];
      401: components['responses']['GetcustomerByemailError'];
      404: components['responses']['GetcustomerByemailError'];
      405: components['responses']['TransportError'];
      429: components['responses']['RateLimited'];
      500: components['responses']['TransportError'];
    };
  };
  getcustomerid: {
    parameters: {
      query: {
        action: 'getcustomerid';
        /** @description The customer's email address. */
        customer_email: components['parameters']['CustomerEmail'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The customer. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Customer'];
        };
      };
      400: components['responses']['GetcustomeridError'];
      401: components['responses']['GetcustomeridError'];
      404: components['responses']['GetcustomeridError'];
      405: components['responses']['TransportError'];
      429: components['responses']['RateLimited'];
      500: components['responses']['TransportError'];
    };
  };
  getcustomerofproject: {
    parameters: {
      query: {
        action: 'getcustomerofproject';
        /** @description The project's ID (integer; the legacy page says "string", I-28). */
        project_id: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The project's customer. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GetcustomerofprojectResponse'];
        };
      };
      400: components['responses']['GetcustomerofprojectError'];
      401: components['responses']['GetcustomerofprojectError'];
      403: components['responses']['GetcustomerofprojectError'];
      404: components['responses']['GetcustomerofprojectError'];
      405: components['responses']['TransportError'];
      429: components['responses']['RateLimited'];
      500: components['responses']['TransportError'];
    };
  };
  createcustomer: {
    parameters: {
      query: {
        action: 'createcustomer';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatecustomerRequest'];
      };
    };
    responses: {
      /** @description The customer was created. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatecustomerResponse'];
        };
      };
      400: components['responses']['CreatecustomerError'];
      401: components['responses']['CreatecustomerError'];
      404: components['responses']['CreatecustomerError'];
      405: components['responses']['TransportError'];
      409: components['responses']['CreatecustomerError'];
      413: components['responses']['TransportError'];
      415: components['responses']['TransportError'];
      429: components['responses']['RateLimited'];
      500: components['responses']['TransportError'];
    };
  };
  updatecustomer_put: {
    parameters: {
      query: {
        action: 'updatecustomer';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: components['requestBodies']['UpdatecustomerBody'];
    responses: {
      200: components['responses']['UpdatecustomerOk'];
      400: components['responses']['UpdatecustomerError'];
      401: components['responses']['UpdatecustomerError'];
      403: components['responses']['UpdatecustomerError'];
      404: components['responses']['UpdatecustomerError'];
      413: components['responses']['TransportError'];
      415: components['responses']['TransportError'];
      429: components['responses']['RateLimited'];
      500: components['responses']['UpdatecustomerError'];
    };
  };
  updatecustomer: {
    parameters: {
      query: {
        action: 'updatecustomer';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: components['requestBodies']['UpdatecustomerBody'];
    responses: {
      200: components['responses']['UpdatecustomerOk'];
      400: components['responses']['UpdatecustomerError'];
      401: components['responses']['UpdatecustomerError'];
      403: components['responses']['UpdatecustomerError'];
      404: components['responses']['UpdatecustomerError'];
      405: components['responses']['TransportError'];
      413: components['responses']['TransportError'];
      415: components['responses']['TransportError'];
      429: components['responses']['RateLimited'];
      500: components['responses']['UpdatecustomerError'];
    };
  };
  deletecustomer: {
    parameters: {
      query: {
        action: 'deletecustomer';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: components['requestBodies']['DeletecustomerBody'];
    responses: {
      200: components['responses']['DeletecustomerOk'];
      400: components['responses']['DeletecustomerError'];
      401: components['responses']['DeletecustomerError'];
      403: components['responses']['DeletecustomerError'];
      404: components['responses']['DeletecustomerError'];
      405: components['responses']['TransportError'];
      413: components['responses']['TransportError'];
      415: components['responses']['TransportError'];
      429: components['responses']['RateLimited'];
      500: components['responses']['DeletecustomerError'];
    };
  };
  deletecustomer_delete: {
    parameters: {
      query: {
        action: 'deletecustomer';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: components['requestBodies']['DeletecustomerBody'];
    responses: {
      200: components['responses']['DeletecustomerOk'];
      400: components['responses']['DeletecustomerError'];
      401: components['responses']['DeletecustomerError'];
      403: components['responses']['DeletecustomerError'];
      404: components['responses']['DeletecustomerError'];
      413: components['responses']['TransportError'];
      415: components['responses']['TransportError'];
      429: components['responses']['RateLimited'];
      500: components['responses']['DeletecustomerError'];
    };
  };
  subscribe_customer: {
    parameters: {
      query: {
        action: 'subscribe_customer';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubscribeCustomerRequest'];
      };
    };
    responses: {
      /** @description Subscribed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "message": "Webhook subscribed successfully"
           *     }
           */
          'application/json': components['schemas']['WebhookSuccess'];
        };
      };
      400: components['responses']['WebhookError'];
      429: components['responses']['RateLimited'];
      500: components['responses']['TransportError'];
    };
  };
  unsubscribe_customer: {
    parameters: {
      query: {
        action: 'unsubscribe_customer';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: components['requestBodies']['UnsubscribeCustomerBody'];
    responses: {
      200: components['responses']['UnsubscribeOk'];
      400: components['responses']['WebhookError'];
      429: components['responses']['RateLimited'];
      500: components['responses']['TransportError'];
    };
  };
  unsubscribe_customer_delete: {
    parameters: {
      query: {
        action: 'unsubscribe_customer';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: components['requestBodies']['UnsubscribeCustomerBody'];
    responses: {
      200: components['responses']['UnsubscribeOk'];
      400: components['responses']['WebhookError'];
      429: components['responses']['RateLimited'];
      500: components['responses']['TransportError'];
    };
  };
  customer_created: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CustomerCreatedEvent'];
      };
    };
    responses: {
      /** @description Acknowledge within 5 seconds. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  customer_status_change: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CustomerStatusChangeEvent'];
      };
    };
    responses: {
      /** @description Acknowledge within 5 seconds. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
