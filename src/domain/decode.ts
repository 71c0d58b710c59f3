/**
 * Bytes to text (SPEC 2): UTF-16 when the file says so (a byte-order mark FF FE or FE FF, as
 * Excel's "Unicode text" writes), or looks so (no BOM, but every other byte of the first ones is
 * 0: ASCII text in UTF-16); else strict UTF-8 (with or without BOM), falling back to
 * Windows-1252, the encoding Excel uses for "CSV" on English Windows. PapaParse does not decode
 * bytes, so we do.
 */
export function decodeBytes(bytes: Uint8Array): {
  text: string;
  encoding: 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';
  bom: boolean;
} {
  const utf16 = utf16Of(bytes);
  if (utf16) {
    const body = utf16.bom ? bytes.subarray(2) : bytes;
    return { text: decodeUtf16(body, utf16.encoding), encoding: utf16.encoding, bom: utf16.bom };
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', bom };
  } catch {
    return { text: decodeWindows1252(body), encoding: 'windows-1252', bom: false };
  }
}

/** UTF-16 by its byte-order mark, or by the zero bytes ASCII text has in it; null otherwise. */
function utf16Of(bytes: Uint8Array): { encoding: 'utf-16le' | 'utf-16be'; bom: boolean } | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return { encoding: 'utf-16le', bom: true };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return { encoding: 'utf-16be', bom: true };
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.9 && evenZeros === 0) return { encoding: 'utf-16le', bom: false };
  if (evenZeros > pairs * 0.9 && oddZeros === 0) return { encoding: 'utf-16be', bom: false };
  return null;
}

/**
 * UTF-16 by hand rather than TextDecoder: Node's TextDecoder has no 'utf-16be' without full ICU.
 * Unpaired surrogates and an odd last byte become U+FFFD, as TextDecoder would make them.
 */
export function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  const le = encoding === 'utf-16le';
  const units = new Uint16Array(bytes.length >> 1);
  for (let i = 0; i < units.length; i += 1) {
    const a = bytes[2 * i]!;
    const b = bytes[2 * i + 1]!;
    units[i] = le ? a | (b << 8) : (a << 8) | b;
  }
  let out = '';
  for (let i = 0; i < units.length; i += 0x2000) {
    out += String.fromCharCode(...units.subarray(i, i + 0x2000));
  }
  // Lone surrogates to U+FFFD, so the text is well-formed.
  out = out.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
  return bytes.length % 2 === 1 ? `${out}\uFFFD` : out;
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
 * The first `count` lines that are not blank (line breaks CRLF, LF or CR), found without
 * splitting the whole text: a million-line file is not cut into a million strings for 12.
 */
function firstNonBlankLines(text: string, count: number): string[] {
  const lines: string[] = [];
  const breaks = /\r\n|\n|\r/g;
  let start = 0;
  while (lines.length < count) {
    const m = breaks.exec(text);
    const end = m ? m.index : text.length;
    const line = text.slice(start, end);
    if (line.trim() !== '') lines.push(line);
    if (!m) break;
    start = breaks.lastIndex;
  }
  return lines;
}

/**
 * Comma, semicolon or tab: whichever splits the first lines most consistently, outside quotes.
 * For each, the commonest non-zero count of it per line (the header's width) times the number of
 * lines with that count; lines without it (a title such as "Performance Summary" above the header)
 * do not count against it. Comma on a tie or when none is found.
 */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const lines = firstNonBlankLines(text.replace(/^\uFEFF/, ''), 12);
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
