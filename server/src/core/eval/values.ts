/**
 * Parsers for condition values. Strict on purpose: a value the docs would not
 * accept never matches, and the trace says why.
 */
import * as ipaddr from 'ipaddr.js';

/** Decimal numbers: optional minus, digits, optional fraction (RAM documents no other syntax). */
const NUMBER = /^-?\d+(\.\d+)?$/;

export function parseNumber(text: string): number | undefined {
  return NUMBER.test(text.trim()) ? Number(text.trim()) : undefined;
}

/** ISO 8601 date-time with seconds and a `Z` or `±hh:mm` offset, optional fraction (spec §4.5). */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Bounded memo for request values parsed on the hot path (the same few values repeat across statements). */
class Memo<T> {
  private readonly map = new Map<string, T>();
  constructor(private readonly parse: (text: string) => T, private readonly limit = 4096) {}
  get(text: string): T {
    let value = this.map.get(text);
    if (value === undefined && !this.map.has(text)) {
      if (this.map.size >= this.limit) this.map.clear();
      value = this.parse(text);
      this.map.set(text, value);
    }
    return value as T;
  }
}

const dateMemo = new Memo<number | undefined>(parseDateUncached);

/** Epoch milliseconds, offsets normalised; undefined for anything that is not a strict ISO 8601 instant. */
export function parseDate(text: string): number | undefined {
  return dateMemo.get(text);
}

function parseDateUncached(text: string): number | undefined {
  const m = DATE_TIME.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const fraction = m[7] ? Math.floor(Number(`0${m[7]}`) * 1000) : 0;
  let offsetMinutes = 0;
  if (m[8] !== 'Z') {
    const sign = m[8][0] === '-' ? -1 : 1;
    const offsetHours = Number(m[8].slice(1, 3));
    const offsetMins = Number(m[8].slice(4, 6));
    if (offsetHours > 14 || offsetMins > 59) return undefined;
    offsetMinutes = sign * (offsetHours * 60 + offsetMins);
  }
  return Date.UTC(year, month - 1, day, hour, minute, second, fraction) - offsetMinutes * 60_000;
}

/**
 * Bool values: RAM documents the strings "true"/"false" and says predefined values are
 * case-sensitive, so only lower case is accepted ("True" never matches; the trace says so).
 * Bare JSON booleans are read as their text.
 */
export function parseBool(text: string): boolean | undefined {
  if (text === 'true') return true;
  if (text === 'false') return false;
  return undefined;
}

export type ParsedAddress = ipaddr.IPv4 | ipaddr.IPv6;

/** Dotted-quad IPv4 as an unsigned 32-bit number, or -1. Hot path: no allocation. */
export function parseIPv4(text: string): number {
  let value = 0;
  let octet = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      octet = octet * 10 + (c - 48);
      if (++digits > 3 || octet > 255) return -1;
    } else if (c === 46 /* . */) {
      if (digits === 0 || ++dots > 3) return -1;
      value = value * 256 + octet;
      octet = 0;
      digits = 0;
    } else {
      return -1;
    }
  }
  if (dots !== 3 || digits === 0) return -1;
  return value * 256 + octet;
}

const addressMemo = new Memo<ParsedAddress | null>((text) => parseAddressUncached(text) ?? null);

/** A request IP; IPv4-mapped IPv6 addresses are read as IPv4. */
export function parseAddress(text: string): ParsedAddress | undefined {
  return addressMemo.get(text) ?? undefined;
}

function parseAddressUncached(text: string): ParsedAddress | undefined {
  const trimmed = text.trim();
  if (!ipaddr.isValid(trimmed)) return undefined;
  // ipaddr.isValid accepts legacy forms such as "10.1" or octal; RAM means dotted quads.
  if (!trimmed.includes(':') && !ipaddr.IPv4.isValidFourPartDecimal(trimmed)) return undefined;
  const address = ipaddr.parse(trimmed);
  if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()) {
    return (address as ipaddr.IPv6).toIPv4Address();
  }
  return address;
}

/** The IPv4 number of a request value (also from an IPv4-mapped IPv6 address), or -1. */
export function requestIPv4(text: string): number {
  const fast = parseIPv4(text);
  if (fast >= 0) return fast;
  const parsed = parseAddress(text);
  return parsed?.kind() === 'ipv4' ? parseIPv4(parsed.toString()) : -1;
}

/** A policy IP value: an address, a CIDR block, or an OSS-style IPv4 pattern with `*` octets (`101.*.*.100`). */
export interface IpPattern {
  text: string;
  family: 'ipv4' | 'ipv6';
  /** True when the request value (an address as text) is inside the pattern. */
  matches(requestValue: string): boolean;
  /** Hot path for IPv4 requests: the pattern as a test on the address number. */
  matchesIPv4?: (address: number) => boolean;
}

const IPV4_WILDCARD = /^(\d{1,3}|\*)\.(\d{1,3}|\*)\.(\d{1,3}|\*)\.(\d{1,3}|\*)$/;

function ipv4Range(network: number, bits: number, text: string): IpPattern {
  // Compare the top `bits` bits; division keeps it within safe integers (no 32-bit sign issues).
  const size = 2 ** (32 - bits);
  const start = Math.floor(network / size) * size;
  const matchesIPv4 = (a: number) => a >= start && a < start + size;
  return { text, family: 'ipv4', matches: (v) => matchesIPv4(requestIPv4(v)), matchesIPv4 };
}

export function parseIpPattern(text: string): IpPattern | undefined {
  const trimmed = text.trim();
  if (trimmed.includes('*')) {
    if (!IPV4_WILDCARD.test(trimmed)) return undefined;
    const octets = trimmed.split('.').map((o) => (o === '*' ? -1 : Number(o)));
    if (octets.some((o) => o > 255)) return undefined;
    const matchesIPv4 = (a: number) => {
      if (a < 0) return false;
      for (let i = 0; i < 4; i++) {
        const octet = Math.floor(a / 2 ** (8 * (3 - i))) % 256;
        if (octets[i] >= 0 && octets[i] !== octet) return false;
      }
      return true;
    };
    return { text: trimmed, family: 'ipv4', matches: (v) => matchesIPv4(requestIPv4(v)), matchesIPv4 };
  }
  if (trimmed.includes('/')) {
    const [address, bitsText] = trimmed.split('/');
    const v4 = parseIPv4(address);
    if (v4 >= 0) {
      if (!/^\d{1,2}$/.test(bitsText) || Number(bitsText) > 32) return undefined;
      return ipv4Range(v4, Number(bitsText), trimmed);
    }
    let range: [ParsedAddress, number];
    try {
      range = ipaddr.parseCIDR(trimmed);
    } catch {
      return undefined;
    }
    const [network, bits] = range;
    if (network.kind() !== 'ipv6') return undefined;
    return {
      text: trimmed,
      family: 'ipv6',
      matches: (v) => {
        const a = parseAddress(v);
        return a?.kind() === 'ipv6' && (a as ipaddr.IPv6).match(network as ipaddr.IPv6, bits);
      },
    };
  }
  const v4 = parseIPv4(trimmed);
  if (v4 >= 0) return ipv4Range(v4, 32, trimmed);
  const single = parseAddress(trimmed);
  if (!single) return undefined;
  const normalized = single.toNormalizedString();
  return { text: trimmed, family: single.kind(), matches: (v) => {
    const a = parseAddress(v);
    return a !== undefined && a.kind() === single.kind() && a.toNormalizedString() === normalized;
  } };
}
