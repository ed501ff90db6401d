import type { Customer } from '@solarproof/schemas';

/** A valid customer object, numbered so that pages of them can be told apart. */
export function sampleCustomer(n = 1, overrides: Partial<Customer> = {}): Customer {
  return {
    customer_id: String(70000 + n),
    gst_status: 'Not GST Registered',
    customer_first_name: 'Will',
    customer_last_name: `Jones ${n}`,
    customer_phone_1: '0400 000 888',
    customer_phone_2: '',
    customer_email: `customer${n}@example.com`,
    customer_type: 'Residential',
    company_name: '',
    company_phone: '',
    owner_user_info: {
      user_id: '221',
      first_name: 'John',
      last_name: 'User',
      phone_number: '0415 644 644',
      email: 'user@example.com',
      work_title: 'Director',
      username: 'user1',
    },
    creation_date: '2020-05-26',
    customer_notes: [],
    customer_status: 'No Status Set',
    projects: [],
    ...overrides,
  };
}

/** A page of `size` customers starting after `offset`. */
export function samplePage(size: number, offset = 0): Customer[] {
  return Array.from({ length: size }, (_, index) => sampleCustomer(offset + index + 1));
}
