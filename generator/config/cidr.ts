// IPv4 CIDR blocks: parsing, containment and overlap, for config validation.

export interface Cidr {
  readonly text: string;
  /** First address as an unsigned 32-bit number. */
  readonly base: number;
  readonly prefix: number;
}

const CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

/** Parses `a.b.c.d/n`; undefined when it is not a valid, aligned IPv4 CIDR block. */
export function parseCidr(text: string): Cidr | undefined {
  const m = CIDR.exec(text);
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return undefined;
  const base = octets.reduce((acc, o) => acc * 256 + o, 0);
  if (base % size(prefix) !== 0) return undefined;
  return { text, base, prefix };
}

/** Why `text` is not a CIDR block, for error messages. */
export function explainCidr(text: string): string {
  const m = CIDR.exec(text);
  if (!m) return 'must be an IPv4 CIDR block like 10.0.0.0/16';
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255)) return 'has an address octet over 255';
  if (prefix > 32) return 'has a prefix length over 32';
  const base = octets.reduce((acc, o) => acc * 256 + o, 0);
  const aligned = base - (base % size(prefix));
  return `has host bits set after /${prefix}; did you mean ${format(aligned)}/${prefix}?`;
}

const size = (prefix: number): number => 2 ** (32 - prefix);

function format(n: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');
}

export function contains(outer: Cidr, inner: Cidr): boolean {
  return inner.base >= outer.base && inner.base + size(inner.prefix) <= outer.base + size(outer.prefix);
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  return a.base < b.base + size(b.prefix) && b.base < a.base + size(a.prefix);
}
