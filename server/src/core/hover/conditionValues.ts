/** Hover for a condition value: what it means for its key (domain, instant, address range). */
import type { Catalog } from '../catalog/types';
import { operatorInfo } from '../conditions/operators';
import { groupThousands } from '../text/numbers';

const code = (text: string) => `\`${text}\``;

/** Number of addresses in an IPv4 CIDR block, or undefined when it is not one. */
function cidrSize(value: string): { network: string; addresses: number } | undefined {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/.exec(value);
  if (!match) return undefined;
  const octets = match.slice(1, 5).map(Number);
  if (octets.some((o) => o > 255)) return undefined;
  const prefix = match[5] === undefined ? 32 : Number(match[5]);
  if (prefix > 32) return undefined;
  return { network: `${octets.join('.')}/${prefix}`, addresses: 2 ** (32 - prefix) };
}

export function conditionValueHover(catalog: Catalog, operator: string, keyName: string, value: string): string | undefined {
  const key = catalog.conditionKey(keyName);
  const family = operatorInfo(operator)?.family ?? key?.type ?? undefined;
  const lines = [`Value of ${code(keyName)} under ${code(operator)}`];
  if (key?.values && key.values.length > 0) {
    lines.push('', key.values.includes(value) ? `One of the documented values: ${key.values.map(code).join(', ')}.` : `Not one of the documented values ${key.values.map(code).join(', ')}.`);
  }
  if (family === 'Date') {
    const instant = Date.parse(value);
    lines.push('', Number.isNaN(instant) ? 'Not an ISO 8601 date-time (e.g. `2026-01-01T00:00:00+08:00`).' : `The instant ${code(new Date(instant).toISOString())} (UTC).`);
  } else if (family === 'IP') {
    const cidr = cidrSize(value);
    if (cidr) lines.push('', cidr.addresses === 1 ? 'One IPv4 address.' : `IPv4 block ${code(cidr.network)}: ${groupThousands(cidr.addresses)} addresses.`);
    else if (value.includes('*')) lines.push('', 'An address pattern with `*` (accepted in OSS bucket policies).');
  } else if (family === 'String' && operator.includes('Like')) {
    if (value.includes('*') || value.includes('?')) lines.push('', '`*` matches any run of characters, `?` one character (case-sensitive).');
  } else if (family === 'Boolean' && value !== 'true' && value !== 'false') {
    lines.push('', 'Bool values are the strings `"true"` and `"false"`.');
  }
  return lines.length > 1 ? lines.join('\n') : undefined;
}
