import ipaddr from 'ipaddr.js';
import type { OperatorFamily } from '../../conditions/operators';

/** What is wrong with one condition value for an operator family; undefined when it is fine. */
export interface ValueProblem {
  message: string;
  severity: 'error' | 'warning';
  replacement?: string;
}

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const NUMBER = /^-?\d+(\.\d+)?$/;
const OSS_WILDCARD_IPV4 = /^(\d{1,3}|\*)(\.(\d{1,3}|\*)){3}$/;

function isIpv4OrCidr(value: string): boolean {
  const slash = value.indexOf('/');
  const address = slash < 0 ? value : value.slice(0, slash);
  if (!ipaddr.IPv4.isValidFourPartDecimal(address)) return false;
  if (slash < 0) return true;
  const bits = value.slice(slash + 1);
  return /^\d{1,2}$/.test(bits) && Number(bits) <= 32;
}

function isIpv6OrCidr(value: string): boolean {
  const slash = value.indexOf('/');
  const address = slash < 0 ? value : value.slice(0, slash);
  return ipaddr.IPv6.isValid(address) && (slash < 0 || /^\d{1,3}$/.test(value.slice(slash + 1)));
}

/** Documentation placeholders and masked values (`<ip>`, `xxx.xx.xxx.x/xx`, `42.120.XX.X/24`, text with spaces). */
function placeholderValue(text: string, family: OperatorFamily): string | undefined {
  if (/<[^>]*>|\$\{/.test(text)) return 'is a documentation placeholder';
  if (family === 'String') return undefined;
  if (/\s/.test(text.trim())) return 'looks like a placeholder';
  if (family === 'IP' && /^[0-9xX*]{1,3}(\.[0-9xX*]{1,3}){3}(\/[0-9xX]{1,2})?$/.test(text) && /[xX]/.test(text)) return 'is a masked address';
  return undefined;
}

function validDate(text: string): boolean {
  if (!ISO_8601.test(text)) return false;
  return !Number.isNaN(Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text));
}

/**
 * Checks a value against the operator family. Bare JSON numbers and booleans are undocumented
 * (every example quotes them), so they are warnings with the quoted form as the fix.
 */
export function checkConditionValue(
  family: OperatorFamily,
  value: string | number | boolean | null,
  options: { bucketPolicy: boolean },
): ValueProblem | undefined {
  if (typeof value !== 'string') {
    const text = String(value);
    const fitting =
      (family === 'Boolean' && typeof value === 'boolean') || (family === 'Number' && typeof value === 'number') || family === 'String';
    if (fitting) {
      return { message: `Write ${text} as the string "${text}": RAM documents condition values as strings.`, severity: 'warning', replacement: text };
    }
  }
  const text = String(value);
  const placeholder = placeholderValue(text, family);
  if (placeholder) return { message: `"${text}" ${placeholder}: fill in the real value, otherwise the condition never matches.`, severity: 'warning' };
  switch (family) {
    case 'Boolean':
      if (text === 'true' || text === 'false') return undefined;
      if (/^(true|false)$/i.test(text.trim())) {
        const fixed = text.trim().toLowerCase();
        return { message: `Bool values are "true" or "false" in lower case: write "${fixed}".`, severity: 'error', replacement: fixed };
      }
      return { message: `"${text}" is not a Bool value: use "true" or "false".`, severity: 'error' };
    case 'Number':
      if (NUMBER.test(text)) return undefined;
      return { message: `"${text}" is not a number: Numeric operators compare decimal numbers such as "10" or "2.5".`, severity: 'error' };
    case 'Date':
      if (validDate(text)) return undefined;
      return {
        message: `"${text}" is not an ISO 8601 date/time: write e.g. "2019-08-12T17:00:00+08:00" or "2012-11-11T23:59:59Z".`,
        severity: 'error',
      };
    case 'IP':
      if (isIpv4OrCidr(text)) return undefined;
      if (options.bucketPolicy && OSS_WILDCARD_IPV4.test(text)) return undefined;
      if (isIpv6OrCidr(text)) return { message: `IPv6 ("${text}") is not documented for RAM IP conditions; it may never match.`, severity: 'warning' };
      return {
        message: `"${text}" is not an IPv4 address or CIDR block: write e.g. "192.168.0.1" or "10.0.0.0/8"${options.bucketPolicy ? ' (OSS also accepts "*" octets such as "10.*.*.*")' : ''}.`,
        severity: 'error',
      };
    case 'String':
      return undefined;
  }
}
