/**
 * Condition blocks compiled once: every policy value is parsed up front, so a
 * request only parses its own values. Semantics (spec §4.2–4.4): one key with
 * several values = OR, several keys/operators = AND, negated operators match
 * none of the values, and a missing key makes positive operators false and
 * negated ones true (INFERRED, flagged in the trace).
 */
import type { ConditionOperatorEntry } from '../model/types';
import { operatorInfo, type OperatorInfo } from '../conditions/operators';
import type { LineIndex, Range } from '../text/position';
import { compileWildcard } from '../wildcard';
import type { ConditionTrace, ContextValue, InferredRule } from './types';
import { parseAddress, parseBool, parseDate, parseIpPattern, parseNumber, requestIPv4 } from './values';

export interface CompiledCondition {
  operator: string;
  key: string;
  policyValues: string[];
  range: Range;
  /** Fast path: does this key's condition hold for the request context? */
  test(context: Record<string, ContextValue> | undefined): boolean;
  /** Slow path: the same answer with the reason and the inferred rules it relied on. */
  explain(context: Record<string, ContextValue> | undefined, inferred: InferredRule[]): ConditionTrace;
}

/** A request value matches the policy values (positive sense, before negation). */
type ValueMatcher = (requestValue: string) => boolean;

interface CompiledValues {
  match: ValueMatcher;
  /** Policy values that can never match, with why. */
  invalid: string[];
  /** Why a request value could not be read (not a number, not a date, …), or undefined. */
  readRequest?: (requestValue: string) => string | undefined;
  ipv6?: boolean;
}

function compileValues(info: OperatorInfo, values: string[]): CompiledValues {
  const invalid: string[] = [];
  switch (info.family) {
    case 'String': {
      if (info.name.startsWith('StringEquals') || info.name.startsWith('StringNotEquals')) {
        const ignoreCase = info.name.endsWith('IgnoreCase');
        const set = new Set(ignoreCase ? values.map((v) => v.toLowerCase()) : values);
        return { match: ignoreCase ? (v) => set.has(v.toLowerCase()) : (v) => set.has(v), invalid };
      }
      const matchers = values.map((v) => compileWildcard(v));
      return { match: (v) => matchers.some((m) => m.matches(v)), invalid };
    }
    case 'Number': {
      const numbers = parsedOrInvalid(values, parseNumber, 'is not a number', invalid);
      const compare = NUMERIC_COMPARE[info.name.replace(/^Numeric(Not)?/, '')];
      return {
        match: (v) => {
          const n = parseNumber(v);
          return n !== undefined && numbers.some((p) => compare(n, p));
        },
        invalid,
        readRequest: (v) => (parseNumber(v) === undefined ? `"${v}" is not a number` : undefined),
      };
    }
    case 'Date': {
      const dates = parsedOrInvalid(values, parseDate, 'is not an ISO 8601 date-time with an offset', invalid);
      const compare = NUMERIC_COMPARE[info.name.replace(/^Date(Not)?/, '')];
      return {
        match: (v) => {
          const d = parseDate(v);
          return d !== undefined && dates.some((p) => compare(d, p));
        },
        invalid,
        readRequest: (v) => (parseDate(v) === undefined ? `"${v}" is not an ISO 8601 date-time (e.g. 2019-08-12T17:00:00+08:00)` : undefined),
      };
    }
    case 'Boolean': {
      const bools = parsedOrInvalid(values, parseBool, 'is not "true" or "false" (lower case)', invalid);
      return {
        match: (v) => {
          const b = parseBool(v);
          return b !== undefined && bools.includes(b);
        },
        invalid,
        readRequest: (v) => (parseBool(v) === undefined ? `"${v}" is not "true" or "false" (lower case)` : undefined),
      };
    }
    case 'IP': {
      const patterns = parsedOrInvalid(values, parseIpPattern, 'is not an IP address, CIDR block or OSS `*` pattern', invalid);
      const v4Tests = patterns.map((p) => p.matchesIPv4).filter((t): t is (a: number) => boolean => !!t);
      const others = patterns.filter((p) => !p.matchesIPv4);
      return {
        match: (v) => {
          // Parse once per value: IPv4 patterns compare numbers, IPv6 ones use ipaddr.js.
          const a = requestIPv4(v);
          if (a >= 0) for (let i = 0; i < v4Tests.length; i++) if (v4Tests[i](a)) return true;
          for (let i = 0; i < others.length; i++) if (others[i].matches(v)) return true;
          return false;
        },
        invalid,
        readRequest: (v) => (parseAddress(v) === undefined ? `"${v}" is not an IP address` : undefined),
        ipv6: patterns.some((p) => p.family === 'ipv6'),
      };
    }
  }
}

const NUMERIC_COMPARE: Record<string, (request: number, policy: number) => boolean> = {
  Equals: (r, p) => r === p,
  LessThan: (r, p) => r < p,
  LessThanEquals: (r, p) => r <= p,
  GreaterThan: (r, p) => r > p,
  GreaterThanEquals: (r, p) => r >= p,
};

function parsedOrInvalid<T>(values: string[], parse: (v: string) => T | undefined, why: string, invalid: string[]): T[] {
  const parsed: T[] = [];
  for (const value of values) {
    const result = parse(value);
    if (result === undefined) invalid.push(`"${value}" ${why}`);
    else parsed.push(result);
  }
  return parsed;
}

/** Context keys are looked up exactly first, then ignoring case (key-name case is undocumented, spec §4.6). */
function lookup(context: Record<string, ContextValue> | undefined, key: string, keyLower: string): { values: string[] | undefined; byCase: boolean } {
  if (!context) return { values: undefined, byCase: false };
  const exact = context[key];
  if (exact !== undefined) return { values: asList(exact), byCase: false };
  for (const name in context) {
    if (name.toLowerCase() === keyLower) return { values: asList(context[name]), byCase: true };
  }
  return { values: undefined, byCase: false };
}

function asList(value: ContextValue): string[] {
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

const quoteAll = (values: string[]) => values.map((v) => JSON.stringify(v)).join(', ');

export function compileConditions(entries: ConditionOperatorEntry[], lines: LineIndex): CompiledCondition[] {
  const compiled: CompiledCondition[] = [];
  for (const entry of entries) {
    const info = operatorInfo(entry.operator);
    for (const keyEntry of entry.keys) {
      const policyValues = keyEntry.values.map((v) => v.text);
      const range = lines.rangeOf(keyEntry.property.propertyNode.offset, keyEntry.property.propertyNode.length);
      compiled.push(compileOne(entry.operator, info, keyEntry.key, policyValues, range));
    }
    if (entry.keys.length === 0) {
      // An operator with no keys constrains nothing; RAM would likely reject it, the evaluator ignores it.
      continue;
    }
  }
  return compiled;
}

function compileOne(operator: string, info: OperatorInfo | undefined, key: string, policyValues: string[], range: Range): CompiledCondition {
  const keyLower = key.toLowerCase();
  if (!info) {
    return {
      operator,
      key,
      policyValues,
      range,
      test: () => false,
      explain: (context) => ({
        operator,
        key,
        requestValues: lookup(context, key, keyLower).values ?? null,
        policyValues,
        passed: false,
        reason: `"${operator}" is not a RAM condition operator (names are case-sensitive), so the condition never holds`,
        range,
      }),
    };
  }
  const values = compileValues(info, policyValues);
  const negated = info.negated;
  const test = (context: Record<string, ContextValue> | undefined): boolean => {
    const { values: requestValues } = lookup(context, key, keyLower);
    if (requestValues === undefined) return negated;
    let any = false;
    for (const v of requestValues) {
      if (values.match(v)) {
        any = true;
        break;
      }
    }
    return negated ? !any : any;
  };
  const explain = (context: Record<string, ContextValue> | undefined, inferred: InferredRule[]): ConditionTrace => {
    const { values: requestValues, byCase } = lookup(context, key, keyLower);
    const passed = test(context);
    const base = { operator, key, requestValues: requestValues ?? null, policyValues, passed, range };
    if (byCase) {
      inferred.push({
        id: 'condition-key-case-insensitive',
        message: `The request key was matched to "${key}" ignoring case; RAM does not document whether condition key names are case-sensitive.`,
      });
    }
    if (info.undocumented) inferred.push({ id: 'ip-address-include-border', message: info.undocumented });
    if (values.ipv6 || (info.family === 'IP' && requestValues?.some((v) => v.includes(':')))) {
      inferred.push({ id: 'ipv6', message: 'IPv6 is involved; RAM documents IPv4 only, the simulator matches IPv6 the same way (IPv4-mapped addresses as IPv4).' });
    }
    const invalidNote = values.invalid.length ? `; ignored policy value(s): ${values.invalid.join(', ')}` : '';
    if (requestValues === undefined) {
      inferred.push({ id: 'missing-key', message: `${key} is missing from the request: ${negated ? 'negated operators hold' : 'positive operators fail'} (inferred, undocumented in RAM).` });
      return { ...base, reason: `${key} is missing from the request, so ${operator} is ${negated ? 'true' : 'false'} (missing-key rule, inferred)${invalidNote}` };
    }
    if (requestValues.length > 1) {
      inferred.push({
        id: 'multi-valued-context-key',
        message: `${key} has several request values; the simulator treats them as "any value matches" (RAM documents no ForAnyValue/ForAllValues).`,
      });
    }
    if (negated && policyValues.length > 1) {
      inferred.push({
        id: 'negated-multi-value',
        message: `${operator} with several values holds only when the request matches none of them (shown by an OSS example, inferred for other operators).`,
      });
    }
    const unreadable = values.readRequest ? requestValues.map(values.readRequest).filter((r): r is string => !!r) : [];
    const shown = quoteAll(requestValues);
    const listed = quoteAll(policyValues);
    let reason: string;
    if (negated) {
      reason = passed ? `${key} = ${shown} matches none of ${listed}` : `${key} = ${shown} matches one of ${listed}`;
    } else {
      reason = passed ? `${key} = ${shown} matches ${listed}` : `${key} = ${shown} does not match ${listed}`;
    }
    if (unreadable.length) reason += ` (${unreadable.join('; ')})`;
    return { ...base, reason: `${operator}: ${reason}${invalidNote}` };
  };
  return { operator, key, policyValues, range, test, explain };
}
