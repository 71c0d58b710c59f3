/**
 * Indicator ids are dotted versions with optional letter suffixes ("6.2a", "6.10"): sorted part by
 * part, numbers as numbers, so 6.9 < 6.10 < 6.11 and 6.2a < 6.2b < 6.3. Never as floats.
 */
export function compareIds(a: string, b: string): number {
  const pa = a.split(/[.\s]+/);
  const pb = b.split(/[.\s]+/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const mx = /^(\d*)(.*)$/.exec(x)!;
    const my = /^(\d*)(.*)$/.exec(y)!;
    const nx = mx[1] === '' ? Number.POSITIVE_INFINITY : Number(mx[1]);
    const ny = my[1] === '' ? Number.POSITIVE_INFINITY : Number(my[1]);
    if (nx !== ny) return nx < ny ? -1 : 1;
    const sx = mx[2]!.toLowerCase();
    const sy = my[2]!.toLowerCase();
    if (sx !== sy) return sx < sy ? -1 : 1;
  }
  return 0;
}

/**
 * An indicator id as one path segment of an address (`/indicator/<segment>`), so that every id
 * opens its own page whatever it holds: `a/b` and `?` are percent-encoded; `.` and `..`, which a
 * browser would resolve as "this folder" and "the folder above" even when percent-encoded
 * (`/indicator/..` is `/`), are written `~.` and `~..`, and a `~` in an id is doubled so the
 * writing can always be undone (`idFromPathSegment`).
 */
export function idPathSegment(id: string): string {
  const escaped = id.replace(/~/g, '~~');
  return encodeURIComponent(/^\.{1,2}$/.test(escaped) ? `~${escaped}` : escaped);
}

/**
 * The id a path segment names, the router having already percent-decoded it: `~..` is `..`,
 * `~~` is `~`; anything else is the id as written.
 */
export function idFromPathSegment(segment: string): string {
  if (/^~\.{1,2}$/.test(segment)) return segment.slice(1);
  return segment.replace(/~~/g, '~');
}

/** The address of an indicator's page: `/indicator/2.8`. */
export const indicatorPath = (id: string): string => `/indicator/${idPathSegment(id)}`;
