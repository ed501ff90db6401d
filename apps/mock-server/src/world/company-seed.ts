import type { AuState } from './au-localities.js';
import type { Random } from './random.js';
import type { SeedPools } from './seed-pools.js';
import type { Company, User } from './types.js';

/** What seeding one company's customers and projects needs. */
export interface CompanySeed {
  readonly company: Company;
  /** Where the installer works: most addresses and landlines are in this state. */
  readonly homeState: AuState;
  readonly users: readonly User[];
  /** This company's own stream, so one company's data does not shift when another's size changes. */
  readonly random: Random;
  readonly pools: SeedPools;
  /** Lower-case emails already given to this company's customers. */
  readonly usedEmails: Set<string>;
  /** The 12-hex folder of the company's proposal PDFs. */
  readonly uploadDir: string;
  /** The world seed, from which customer uids derive. */
  readonly uidSeed: number;
  /** Seeded instants (notes, projects) are never after this one. */
  readonly endMs: number;
}
