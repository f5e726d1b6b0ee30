/** Digit-only keys this long or shorter are held exactly (NIB: 13, NIK koperasi: 16). */
const MAX_EXACT_DIGITS = 16;
const HALF = 100_000_000;
/** Marks a hashed key, so that it never equals an exactly held one. */
const HASHED = 0x8000_0000;

/**
 * The natural keys of one file and the line each was first seen on, held compactly: a million
 * NIBs take 24 MB here, where a Map of strings took over 100 MB and ran an importer out of its
 * heap. Digit-only keys up to 16 digits (NIB, NIK) are held exactly; other keys (a legal entity
 * number) as a 64-bit hash, so two different ones are taken for the same with a chance of about
 * n²/2^65 (3·10⁻⁸ for a million keys).
 */
export class FileKeys {
  private high = new Uint32Array(1 << 12);
  private low = new Uint32Array(1 << 12);
  /** Line of each slot's key; 0 marks an empty slot (lines count from 1). */
  private lines = new Int32Array(1 << 12);
  private size = 0;

  /** Records the key's line, or returns the line an earlier row gave it (leaving that one). */
  firstLine(key: string, line: number): number | undefined {
    const [high, low] = encode(key);
    let slot = this.slotOf(high, low);
    if (this.lines[slot] !== 0) return this.lines[slot];
    this.high[slot] = high;
    this.low[slot] = low;
    this.lines[slot] = line;
    this.size += 1;
    if (this.size * 2 > this.lines.length) this.grow();
    return undefined;
  }

  get count(): number {
    return this.size;
  }

  /** The slot holding the key, or the empty slot where it belongs (linear probing). */
  private slotOf(high: number, low: number): number {
    const mask = this.lines.length - 1;
    let slot = mix(high, low) & mask;
    while (this.lines[slot] !== 0 && (this.high[slot] !== high || this.low[slot] !== low)) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { high, low, lines } = this;
    this.high = new Uint32Array(lines.length * 2);
    this.low = new Uint32Array(lines.length * 2);
    this.lines = new Int32Array(lines.length * 2);
    for (let index = 0; index < lines.length; index += 1) {
      if (lines[index] === 0) continue;
      const slot = this.slotOf(high[index], low[index]);
      this.high[slot] = high[index];
      this.low[slot] = low[index];
      this.lines[slot] = lines[index];
    }
  }
}

/** A key as two 32-bit words: digits exactly (with their count, so "007" ≠ "7"), anything else hashed. */
function encode(key: string): [number, number] {
  if (key.length > 0 && key.length <= MAX_EXACT_DIGITS && /^\d+$/.test(key)) {
    const value = Number(key);
    return [(((key.length - 1) << 27) | Math.floor(value / HALF)) >>> 0, value % HALF];
  }
  return [(fnv1a(key, 0x811c9dc5) | HASHED) >>> 0, fnv1a(key, 0x01000193 ^ 0x5bd1e995)];
}

/** FNV-1a over UTF-16 code units, from a given offset basis. */
function fnv1a(text: string, basis: number): number {
  let hash = basis >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Spreads both words over the table's slots (keys often differ in their last digits only). */
function mix(high: number, low: number): number {
  let hash = Math.imul(low ^ (low >>> 16), 0x85ebca6b) ^ Math.imul(high, 0xc2b2ae35);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0x27d4eb2f);
  return (hash ^ (hash >>> 16)) >>> 0;
}
