import { DOCUMENTED } from '../interpretations/resolve-interpretation.js';
import type { SwitchValues } from '../interpretations/switch-catalogue.js';
import type { StoredCustomer, StoredProject, User, World } from '../world/types.js';
import { growingWriter, type JsonByteWriter, JsonText } from './json-byte-writer.js';
import { GST_STATUS, STATUS_NAMES, TYPE_TITLES } from './vocabulary.js';

/** What the rich customer object's bytes depend on besides the records: its action's form and four switches. */
export interface CustomerJsonForm {
  /** The action's documented form (`customerView`'s `systemSize`): key order, and the size's form under I-4 as-documented. */
  readonly order: 'number' | 'kW';
  /** system_size as a number or a `"17.92kW"` string (I-4). */
  readonly size: 'number' | 'kW';
  /** Unset ('') strings written as null (U-2 null); the rich object has no nulls for U-2 empty-string to change. */
  readonly emptyAsNull: boolean;
  /** customer_notes `""` when there are none (I-5). */
  readonly notesEmptyString: boolean;
  /** creation_date `YYYY-MM-DD HH:MM:SS` (I-16). */
  readonly dateTime: boolean;
  /** The form as one string, for keying kept bytes. */
  readonly key: string;
}

/**
 * The form `customerView(world, customer, { systemSize: order, switches })` has. Only U-2, I-4,
 * I-5 and I-16 change the object (a test checks every alternative of every output switch).
 */
export function customerJsonForm(
  order: CustomerJsonForm['order'],
  switches: SwitchValues = DOCUMENTED.switches,
): CustomerJsonForm {
  const chosen = switches['I-4'];
  const size = chosen === 'number' ? 'number' : chosen === 'kw-string' ? 'kW' : order;
  const emptyAsNull = switches['U-2'] === 'null';
  const notesEmptyString = switches['I-5'] === 'empty-string';
  const dateTime = switches['I-16'] === 'datetime';
  const key = `${order} ${size} ${+emptyAsNull}${+notesEmptyString}${+dateTime}`;
  return { order, size, emptyAsNull, notesEmptyString, dateTime, key };
}

const k = (text: string) => new JsonText(text);
const C = {
  id: k('{"customer_id":'),
  gst: k(',"gst_status":'),
  first: k(',"customer_first_name":'),
  last: k(',"customer_last_name":'),
  phone1: k(',"customer_phone_1":'),
  phone2: k(',"customer_phone_2":'),
  email: k(',"customer_email":'),
  type: k(',"customer_type":'),
  company: k(',"company_name":'),
  companyPhone: k(',"company_phone":'),
  owner: k(',"owner_user_info":{"user_id":'),
  ownerFirst: k(',"first_name":'),
  ownerLast: k(',"last_name":'),
  ownerPhone: k(',"phone_number":'),
  ownerEmail: k(',"email":'),
  ownerTitle: k(',"work_title":'),
  ownerUsername: k(',"username":'),
  created: k(',"creation_date":'),
  notes: k(',"customer_notes":'),
  noteOpen: k('{"datetime":'),
  noteText: k(',"note":'),
  status: k(',"customer_status":'),
  projects: k(',"projects":['),
  end: k(']}'),
  emptyString: k('""'),
};
const P = {
  id: k('{"project_id":'),
  title: k(',"project_title":'),
  address: k(',"site_address":{"streetnum":'),
  street: k(',"street":'),
  suburb: k(',"suburb":'),
  state: k(',"state":'),
  postcode: k(',"postcode":'),
  country: k(',"country":'),
  panels: k('},"solar_panel_quantity":'),
  panelType: k(',"solar_panel_type":'),
  inverters: k(',"inverter_quantity":'),
  inverterType: k(',"inverter_type":'),
  size: k(',"system_size":'),
  link: k(',"proposal_link":'),
  kw: k('kW"'),
};
// The vocabularies' names (none is empty, so U-2 leaves them), as JSON bytes.
const json = <K extends PropertyKey>(names: Readonly<Record<K, string>>) =>
  Object.fromEntries(Object.entries(names).map(([id, name]) => [id, k(JSON.stringify(name))])) as Record<
    K,
    JsonText
  >;
const GST_JSON = json(GST_STATUS);
const TYPE_JSON = json(TYPE_TITLES);
const STATUS_JSON = json(STATUS_NAMES);
const COMMA = 0x2c;
const ARRAY_OPEN = 0x5b;
const ARRAY_CLOSE = 0x5d;
const OBJECT_CLOSE = 0x7d;

function writeProject(out: JsonByteWriter, project: StoredProject, form: CustomerJsonForm): void {
  const nul = form.emptyAsNull;
  const a = project.siteAddress;
  out.text(P.id);
  out.quotedInteger(project.id);
  out.pair(P.title, project.title, nul);
  out.pair(P.address, a.streetnum, nul);
  out.pair(P.street, a.street, nul);
  out.pair(P.suburb, a.suburb, nul);
  out.pair(P.state, a.state, nul);
  out.pair(P.postcode, a.postcode, nul);
  out.pair(P.country, a.country, nul);
  out.text(P.panels);
  out.quotedInteger(project.panelQuantity);
  out.pair(P.panelType, project.panelType, nul);
  // Each documented example has its own key order: the inverter fields swap places.
  if (form.order === 'number') {
    out.text(P.inverters);
    out.quotedInteger(project.inverterQuantity);
    out.pair(P.inverterType, project.inverterType, nul);
  } else {
    out.pair(P.inverterType, project.inverterType, nul);
    out.text(P.inverters);
    out.quotedInteger(project.inverterQuantity);
  }
  out.text(P.size);
  if (form.size === 'number') out.number(project.systemSizeKw);
  else {
    out.byte(0x22);
    out.number(project.systemSizeKw);
    out.text(P.kw);
  }
  out.pair(P.link, project.proposalLink, nul);
  out.byte(OBJECT_CLOSE);
}

function writeOwner(out: JsonByteWriter, owner: User, nul: boolean): void {
  out.text(C.owner);
  out.quotedInteger(owner.id);
  out.pair(C.ownerFirst, owner.firstName, nul);
  out.pair(C.ownerLast, owner.lastName, nul);
  out.pair(C.ownerPhone, owner.phone, nul);
  out.pair(C.ownerEmail, owner.email, nul);
  out.pair(C.ownerTitle, owner.workTitle, nul);
  out.pair(C.ownerUsername, owner.username, nul);
  out.byte(OBJECT_CLOSE);
}

// An account has a handful of users and thousands of customers: each owner's bytes are written once
// (per U-2 form) and copied into every customer of theirs. Users are never replaced, only added.
const owners = new WeakMap<User, [Uint8Array | undefined, Uint8Array | undefined]>();

function ownerBytes(owner: User, nul: boolean): Uint8Array {
  let forms = owners.get(owner);
  if (!forms) {
    forms = [undefined, undefined];
    owners.set(owner, forms);
  }
  const index = nul ? 1 : 0;
  let bytes = forms[index];
  if (!bytes) {
    const out = growingWriter(256);
    writeOwner(out, owner, nul);
    bytes = out.buf.slice(0, out.at);
    forms[index] = bytes;
  }
  return bytes;
}

/**
 * The bytes of `JSON.stringify(customerView(world, customer, { systemSize: form.order, switches }))`
 * written straight from the records: no view objects, no strings, no encode. A test compares the
 * two for every customer of seeded worlds under every reading, and for text that needs escaping.
 */
export function writeCustomerJson(
  out: JsonByteWriter,
  world: World,
  customer: StoredCustomer,
  form: CustomerJsonForm,
): void {
  const owner = world.user(customer.ownerUserId);
  if (!owner) throw new Error(`Customer ${customer.id} has an unknown owner ${customer.ownerUserId}`);
  const nul = form.emptyAsNull;
  out.text(C.id);
  out.quotedInteger(customer.id);
  out.text(C.gst);
  out.text(GST_JSON[customer.gstRegistered]);
  out.pair(C.first, customer.firstName, nul);
  out.pair(C.last, customer.surname, nul);
  out.pair(C.phone1, customer.phone1, nul);
  out.pair(C.phone2, customer.phone2, nul);
  out.pair(C.email, customer.email, nul);
  out.text(C.type);
  out.text(TYPE_JSON[customer.typeId]);
  out.pair(C.company, customer.companyName, nul);
  out.pair(C.companyPhone, customer.companyPhone, nul);
  out.raw(ownerBytes(owner, nul));
  const created = customer.createdAt;
  if (form.dateTime) out.pair(C.created, `${created.slice(0, 10)} ${created.slice(11, 19)}`, nul);
  else if (created.length === 0) out.pair(C.created, '', nul);
  else {
    // The date part of the instant (`datePart`), written from it without slicing a new string.
    out.text(C.created);
    out.stringPrefix(created, 10);
  }
  out.text(C.notes);
  const notes = customer.notes;
  // The notes keep '' as it is under U-2 null, as the view does.
  if (notes.length === 0 && form.notesEmptyString) out.text(C.emptyString);
  else {
    out.byte(ARRAY_OPEN);
    for (let i = 0; i < notes.length; i += 1) {
      const note = notes[i] as (typeof notes)[number];
      if (i > 0) out.byte(COMMA);
      out.text(C.noteOpen);
      out.string(note.datetime);
      out.text(C.noteText);
      out.string(note.note);
      out.byte(OBJECT_CLOSE);
    }
    out.byte(ARRAY_CLOSE);
  }
  out.text(C.status);
  out.text(STATUS_JSON[customer.statusId]);
  out.text(C.projects);
  const projects = world.projectsOfCustomer(customer.id);
  for (let i = 0; i < projects.length; i += 1) {
    if (i > 0) out.byte(COMMA);
    writeProject(out, projects[i] as StoredProject, form);
  }
  out.text(C.end);
}
