import { worldRecordsFromHar } from '../proxy/world-records-from-har.js';
import type { WorldRecords } from '../world/add-recorded-records.js';
import { readHarFile } from './read-har-file.js';

/** `--world-from FILE.har`: the recorded customers and projects, scrubbed, as world records. */
export function worldRecordsFromHarFile(path: string): WorldRecords {
  const records = worldRecordsFromHar(readHarFile(path));
  if (records.customers.length === 0) {
    throw new Error(
      `${path} holds no customers: record getallcustomers (or getcustomerByemail) answers through the proxy first`,
    );
  }
  return records;
}
