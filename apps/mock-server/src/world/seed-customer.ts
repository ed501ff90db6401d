import { generateAbn } from './abn.js';
import type { AuState } from './au-localities.js';
import { auStateFacts } from './au-state-facts.js';
import type { CompanySeed } from './company-seed.js';
import { seededCustomerUid } from './customer-uid.js';
import { businessNoteDatetime, isoSeconds } from './format-time.js';
import { businessNumber, landlineNumber, mobileNumber } from './phone-numbers.js';
import { seedAddress, seedState } from './seed-address.js';
import { personalDomain, seedEmail } from './seed-email.js';
import type { BestContactTimes, Flag, Note, StatusId, StoredCustomer, TypeId } from './types.js';

const TYPE_WEIGHTS = [80, 15, 5]; // Residential, Commercial, Large-Scale
const STATUS_WEIGHTS = [40, 30, 20, 10]; // No Status Set, New Contacts, Signed, Mega Status
const NOTE_COUNT_WEIGHTS = [35, 30, 20, 10, 5];
const MINUTE = 60_000;
const DAY = 86_400_000;

// Most customers' notes, and every one without: arrays are frozen, so one empty array serves all.
const NO_NOTES: readonly Note[] = Object.freeze([]);

/** A note's text: one flat string (a replace() gives a tree of slices of the template, kept for good). */
function fillNote(template: string, firstName: string, network: string): string {
  const parts: string[] = [];
  let from = 0;
  for (;;) {
    const at = template.indexOf('{', from);
    if (at < 0) break;
    const end = template.indexOf('}', at);
    const name = template.slice(at + 1, end);
    if (name !== 'first' && name !== 'network') break;
    parts.push(template.slice(from, at), name === 'first' ? firstName : network);
    from = end + 1;
  }
  if (from === 0) return template;
  parts.push(template.slice(from));
  return parts.join('');
}

/** Notes after creation, in the account's business hours, naming the site's own electricity network. */
function seedNotes(
  seed: CompanySeed,
  id: number,
  firstName: string,
  siteState: AuState,
  createdMs: number,
): readonly Note[] {
  const { random, pools, endMs } = seed;
  const count = random.weighted(NOTE_COUNT_WEIGHTS);
  if (count === 0) return NO_NOTES;
  const offset = auStateFacts[seed.homeState].utcOffsetMinutes;
  const networks = auStateFacts[siteState].networks;
  // The customer's id picks among the state's networks: the seeding stream stays as it was.
  const network = networks[id % networks.length] ?? networks[0] ?? '';
  // Sized to its notes: an array grown by push() keeps room for 17.
  const notes = new Array<Note>(count);
  let length = 0;
  let at = createdMs;
  for (let i = 0; i < count; i++) {
    at += random.int(20 * MINUTE, 12 * DAY);
    if (at > endMs) break;
    const text = fillNote(random.pick(pools.notes), firstName, network);
    notes[length++] = { datetime: businessNoteDatetime(at, offset), note: text };
  }
  if (length === 0) return NO_NOTES;
  notes.length = length;
  return notes;
}

function seedContactTimes(seed: CompanySeed): BestContactTimes | null {
  const { random } = seed;
  if (!random.chance(0.4)) return null;
  // At least one flag set: a customer who gave preferences gave some.
  const bits = random.int(1, 15);
  const flag = (bit: number): Flag => ((bits & bit) === 0 ? 0 : 1);
  return { mornings: flag(1), middays: flag(2), afternoons: flag(4), evenings: flag(8) };
}

function businessDomain(companyName: string): string {
  const words = companyName
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .split(' ');
  return `${words[0] ?? 'mail'}${words[1] ?? ''}.com.au`;
}

/**
 * One seeded customer of `seed.company`, created at `createdMs`: mostly residential, business
 * customers with a trading name, 1300/landline phone and a valid ABN, and notes after creation.
 */
export function seedCustomer(seed: CompanySeed, id: number, createdMs: number): StoredCustomer {
  const { random, pools, homeState } = seed;
  const typeId = (random.weighted(TYPE_WEIGHTS) + 1) as TypeId;
  const business = typeId !== 1;
  const firstName = random.pick(pools.firstNames);
  const surname = random.pick(pools.lastNames);
  const companyName = business ? random.pick(pools.businessNames) : '';
  const domain = business && random.chance(0.7) ? businessDomain(companyName) : personalDomain(random);
  const addressState = seedState(random, homeState);
  // Sole traders sometimes quote an ABN on a residential job; most households have none.
  const abn = business || random.chance(0.04) ? generateAbn(random) : random.chance(0.1) ? '' : null;
  const ownerIndex = random.chance(0.5) ? 0 : random.int(0, seed.users.length - 1);
  const owner = seed.users[ownerIndex] ?? seed.users[0];
  if (!owner) throw new Error(`Company ${seed.company.id} has no users to own customers`);
  return {
    id,
    uid: seededCustomerUid(id, seed.uidSeed),
    companyId: seed.company.id,
    ownerUserId: owner.id,
    firstName,
    surname,
    email: seedEmail(random, seed.usedEmails, firstName, surname, domain),
    phone1: random.chance(0.9) ? mobileNumber(random) : landlineNumber(random, addressState),
    phone2: random.chance(0.25) ? landlineNumber(random, addressState) : '',
    companyName,
    companyPhone: business ? businessNumber(random, addressState) : '',
    abn,
    statusId: random.weighted(STATUS_WEIGHTS) as StatusId,
    typeId,
    gstRegistered: abn ? (random.chance(0.9) ? 1 : 0) : 0,
    createdAt: isoSeconds(createdMs),
    siteAddress: random.chance(0.85) ? seedAddress(random, pools, addressState) : null,
    bestContactTimes: seedContactTimes(seed),
    notes: seedNotes(seed, id, firstName, addressState, createdMs),
  };
}
