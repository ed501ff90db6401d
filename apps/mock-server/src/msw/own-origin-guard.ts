/** A webhook guard refusing `origin`: handlers would answer a delivery to their own origin, control API included. */
export function ownOriginGuard(origin: string): (url: URL) => string | undefined {
  return (url) =>
    url.origin === origin
      ? `Refused: ${url.origin} is this mock's own origin; a webhook may not call the mock itself`
      : undefined;
}
