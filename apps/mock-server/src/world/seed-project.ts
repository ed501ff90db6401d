import { chooseInverter } from './choose-inverter.js';
import type { CompanySeed } from './company-seed.js';
import { isoSeconds } from './format-time.js';
import { largeScalePanels, residentialPanels } from './panel-models.js';
import { seedAddress, seedState } from './seed-address.js';
import type { StoredCustomer, StoredProject, TypeId } from './types.js';

/** Panel counts by customer type: a roof, a shed or shop, a farm or warehouse. */
const PANEL_RANGE: Record<TypeId, readonly [number, number]> = { 1: [6, 40], 2: [30, 230], 3: [250, 1800] };

/**
 * One seeded project at `createdMs`, of `customer` or of nobody (a draft quote not yet assigned):
 * the system size follows the panels, the inverter fits it, and about 60% are published.
 */
export function seedProject(
  seed: CompanySeed,
  id: number,
  customer: StoredCustomer | null,
  createdMs: number,
): StoredProject {
  const { random, pools } = seed;
  const typeId: TypeId = customer?.typeId ?? 1;
  const panel = random.pick(typeId === 3 ? largeScalePanels : residentialPanels);
  const [minPanels, maxPanels] = PANEL_RANGE[typeId];
  const panelQuantity = random.int(minPanels, maxPanels);
  // Integer watts / 10, rounded, / 100: kW to 2 decimals without binary-fraction drift.
  const systemSizeKw = Math.round((panelQuantity * panel.watts) / 10) / 100;
  const inverter = chooseInverter(random, systemSizeKw);
  // A home's project is at the home; a business may quote for another site. The address object is
  // shared with the customer (no op changes addresses), which saves 100,000 objects in a big world.
  const useHome = customer?.siteAddress && (typeId === 1 || random.chance(0.6));
  const owner = random.chance(0.9) && customer ? customer.ownerUserId : random.pick(seed.users).id;
  return {
    id,
    companyId: seed.company.id,
    customerId: customer?.id ?? null,
    ownerUserId: owner,
    // Joined, not concatenated: flat strings, as the world keeps them (see `formatUtc`).
    title: ['Project #', id].join(''),
    siteAddress:
      useHome && customer.siteAddress
        ? customer.siteAddress
        : seedAddress(random, pools, seedState(random, seed.homeState)),
    panelQuantity,
    panelType: panel.label,
    panelWatts: panel.watts,
    inverterQuantity: inverter.quantity,
    inverterType: inverter.model.label,
    systemSizeKw,
    proposalLink: random.chance(0.6)
      ? ['/uploads/', seed.uploadDir, '/pdfs/', id, '/proposal_', id, '.pdf'].join('')
      : '',
    createdAt: isoSeconds(Math.min(createdMs, seed.endMs)),
  };
}
