const DAY = 86_400_000;
// '00'..'99', so formatting a timestamp allocates no padding strings (seeding formats ~300k).
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
const pad2 = (n: number): string => TWO_DIGITS[n] as string;

/**
 * `YYYY-MM-DD`, `sep`, `HH:MM:SS` and `end` of a UTC instant, by arithmetic (Hinnant's
 * days-to-civil) rather than a Date per call: seeding 100,000 customers formats a few hundred
 * thousand instants. Joined in one go, the text is one flat string: a concatenation would stay a
 * tree of its parts (four strings and two nodes) for as long as the world keeps it.
 */
function formatUtc(ms: number, sep: string, end: string): string {
  const days = Math.floor(ms / DAY);
  const secondsOfDay = Math.floor((ms - days * DAY) / 1000);
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const hours = Math.floor(secondsOfDay / 3600);
  const minutes = Math.floor((secondsOfDay % 3600) / 60);
  return [
    year,
    '-',
    pad2(month),
    '-',
    pad2(day),
    sep,
    pad2(hours),
    ':',
    pad2(minutes),
    ':',
    pad2(secondsOfDay % 60),
    end,
  ].join('');
}

function toMs(instant: number | string): number {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  if (!Number.isFinite(ms)) throw new RangeError(`Not an instant: ${String(instant)}`);
  return ms;
}

/**
 * An instant as ISO-8601 UTC to the second, the form of the v2 webhook's `customer_created_at`
 * (`2025-10-16T12:00:00Z`); seeded `createdAt` values use it too.
 *
 * @example
 * isoSeconds('2025-10-16T12:00:00.250Z'); // '2025-10-16T12:00:00Z'
 */
export function isoSeconds(instant: number | string): string {
  return formatUtc(toMs(instant), 'T', 'Z');
}

/**
 * An instant as a note's `datetime`, `YYYY-MM-DD HH:MM:SS`, on the wall clock `offsetMinutes` ahead of
 * UTC (the spec: the account's local time). A fixed offset, standard time, keeps worlds identical
 * on every machine; the docs name no timezone.
 *
 * @example
 * noteDatetime('2020-05-28T05:12:40Z', 600); // '2020-05-28 15:12:40'
 */
export function noteDatetime(instant: number | string, offsetMinutes = 0): string {
  return formatUtc(toMs(instant) + offsetMinutes * 60_000, ' ', '');
}

const OPEN_MINUTE = 8 * 60;
const BUSINESS_MINUTES = 10 * 60;

/**
 * A seeded note's `datetime`: the local day of `instant`, with its time of day squeezed into
 * business hours (08:00 to 17:59), in order, so notes are written when an installer's office is open.
 *
 * @example
 * businessNoteDatetime('2020-05-28T14:00:00Z', 600); // '2020-05-29 08:00:00' (midnight in Sydney)
 */
export function businessNoteDatetime(instant: number | string, offsetMinutes: number): string {
  const local = toMs(instant) + offsetMinutes * 60_000;
  const dayStart = Math.floor(local / DAY) * DAY;
  const secondOfDay = Math.floor((local - dayStart) / 1000);
  const businessSecond = OPEN_MINUTE * 60 + Math.floor((secondOfDay * BUSINESS_MINUTES) / (24 * 60));
  return noteDatetime(dayStart + businessSecond * 1000);
}
