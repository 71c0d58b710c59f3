/**
 * Bytes to text (SPEC 2): strict UTF-8 (with or without BOM), falling back to Windows-1252, the
 * encoding Excel uses for "CSV" on English Windows. PapaParse does not decode bytes, so we do.
 */
export function decodeBytes(bytes: Uint8Array): {
  text: string;
  encoding: 'utf-8' | 'windows-1252';
  bom: boolean;
} {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', bom };
  } catch {
    return { text: decodeWindows1252(body), encoding: 'windows-1252', bom: false };
  }
}

/** Windows-1252's 0x80-0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ); the rest is Latin-1. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Decoded by table, not TextDecoder: Node's TextDecoder (used by the tests and some workers)
 * treats the label as ISO-8859-1 and would turn ’ (0x92) into a control character.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x2000) {
    const chunk = bytes.subarray(i, i + 0x2000);
    out += String.fromCharCode(
      ...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b)),
    );
  }
  return out;
}

/**
 * Comma, semicolon or tab: whichever splits the first lines most consistently, outside quotes.
 * For each, the commonest non-zero count of it per line (the header's width) times the number of
 * lines with that count; lines without it (a title such as "Performance Summary" above the header)
 * do not count against it. Comma on a tie or when none is found.
 */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim() !== '')
    .slice(0, 12);
  const count = (line: string, d: string) => {
    let n = 0;
    let quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (!quoted && ch === d) n += 1;
    }
    return n;
  };
  let best: ',' | ';' | '\t' = ',';
  let bestScore = 0;
  for (const d of [',', ';', '\t'] as const) {
    const tally = new Map<number, number>();
    for (const l of lines) {
      const n = count(l, d);
      if (n > 0) tally.set(n, (tally.get(n) ?? 0) + 1);
    }
    for (const [width, lineCount] of tally) {
      const score = width * lineCount;
      if (score > bestScore) {
        best = d;
        bestScore = score;
      }
    }
  }
  return best;
}
