import type { AuState } from './au-localities.js';

/** What differs between the states beyond suburbs: clock, electricity networks, phone prefixes. */
export interface AuStateFacts {
  /** Standard time's offset from UTC, in minutes (AEST +600, ACST +570, AWST +480). */
  readonly utcOffsetMinutes: number;
  /** The distribution networks a meter upgrade is lodged with. */
  readonly networks: readonly string[];
  /**
   * The first two digits of local numbers in use after the area code (`98` for `(02) 98xx xxxx`),
   * in the capital and in the rest of the state.
   */
  readonly landlinePrefixes: { readonly metro: readonly string[]; readonly regional: readonly string[] };
}

const range = (from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

export const auStateFacts: Readonly<Record<AuState, AuStateFacts>> = {
  // Sydney 8x/9x, Wollongong 42, Central Coast 43, Penrith 47, Newcastle 49, Orange 63, Port Macquarie 65, Coffs 66, Tamworth 67, Dubbo 68, Wagga 69.
  NSW: {
    utcOffsetMinutes: 600,
    networks: ['Ausgrid', 'Endeavour Energy', 'Essential Energy'],
    landlinePrefixes: {
      metro: range(80, 99),
      regional: ['42', '43', '47', '49', '63', '65', '66', '67', '68', '69'],
    },
  },
  // Melbourne 8x/9x, Gippsland 51, Geelong 52, Ballarat 53, Bendigo 54, Warrnambool 55, Wodonga 57, Shepparton 58, Mornington 59.
  VIC: {
    utcOffsetMinutes: 600,
    networks: ['CitiPower', 'Powercor', 'AusNet Services', 'Jemena', 'United Energy'],
    landlinePrefixes: { metro: range(83, 99), regional: ['51', '52', '53', '54', '55', '57', '58', '59'] },
  },
  // Brisbane 3x, Cairns 40, Bundaberg 41, Toowoomba 46, Townsville 47, Mackay 49, Sunshine Coast 54, Gold Coast 55/56.
  QLD: {
    utcOffsetMinutes: 600,
    networks: ['Energex', 'Ergon Energy'],
    landlinePrefixes: { metro: range(30, 38), regional: ['40', '41', '46', '47', '49', '54', '55', '56'] },
  },
  // Adelaide 81-84, regional 85-88.
  SA: {
    utcOffsetMinutes: 570,
    networks: ['SA Power Networks'],
    landlinePrefixes: { metro: range(81, 84), regional: range(85, 88) },
  },
  // Perth 92-95 and 6x, South West 97, Albany 98, Geraldton 99, the north 91.
  WA: {
    utcOffsetMinutes: 480,
    networks: ['Western Power', 'Horizon Power'],
    landlinePrefixes: { metro: [...range(92, 95), ...range(60, 64)], regional: ['91', '97', '98', '99'] },
  },
  // Hobart 62, Launceston 63, the north-west 64.
  TAS: {
    utcOffsetMinutes: 600,
    networks: ['TasNetworks'],
    landlinePrefixes: { metro: ['62'], regional: ['63', '64'] },
  },
  ACT: {
    utcOffsetMinutes: 600,
    networks: ['Evoenergy'],
    landlinePrefixes: { metro: ['61', '62'], regional: ['61', '62'] },
  },
  NT: {
    utcOffsetMinutes: 570,
    networks: ['Power and Water'],
    landlinePrefixes: { metro: ['89'], regional: ['89'] },
  },
};
