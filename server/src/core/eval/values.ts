/**
 * Parsers for condition values. Strict on purpose: a value the docs would not
 * accept never matches, and the trace says why.
 */
import * as ipaddr from 'ipaddr.js';
import { compileWildcard, type WildcardMatcher } from '../wildcard';

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

/** Epoch milliseconds, offsets normalised; undefined for anything that is not a strict ISO 8601 instant. */
export function parseDate(text: string): number | undefined {
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

/** A request IP; IPv4-mapped IPv6 addresses are read as IPv4. */
export function parseAddress(text: string): ParsedAddress | undefined {
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

/** A policy IP value: an address, a CIDR block, or an OSS-style IPv4 pattern with `*` octets (`101.*.*.100`). */
export interface IpPattern {
  text: string;
  family: 'ipv4' | 'ipv6';
  matches(address: ParsedAddress): boolean;
}

const IPV4_WILDCARD = /^(\d{1,3}|\*)\.(\d{1,3}|\*)\.(\d{1,3}|\*)\.(\d{1,3}|\*)$/;

export function parseIpPattern(text: string): IpPattern | undefined {
  const trimmed = text.trim();
  if (trimmed.includes('*')) {
    if (!IPV4_WILDCARD.test(trimmed)) return undefined;
    if (trimmed.split('.').some((octet) => octet !== '*' && Number(octet) > 255)) return undefined;
    const matcher: WildcardMatcher = compileWildcard(trimmed);
    return { text: trimmed, family: 'ipv4', matches: (a) => a.kind() === 'ipv4' && matcher.matches(a.toString()) };
  }
  if (trimmed.includes('/')) {
    let range: [ParsedAddress, number];
    try {
      range = ipaddr.parseCIDR(trimmed);
    } catch {
      return undefined;
    }
    if (range[0].kind() === 'ipv4' && !ipaddr.IPv4.isValidFourPartDecimal(trimmed.split('/')[0])) return undefined;
    const [network, bits] = range;
    const family = network.kind();
    return {
      text: trimmed,
      family,
      matches: (a) => a.kind() === family && (a as ipaddr.IPv4).match(network as ipaddr.IPv4, bits),
    };
  }
  const single = parseAddress(trimmed);
  if (!single) return undefined;
  const normalized = single.toNormalizedString();
  return { text: trimmed, family: single.kind(), matches: (a) => a.kind() === single.kind() && a.toNormalizedString() === normalized };
}
