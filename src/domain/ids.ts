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
