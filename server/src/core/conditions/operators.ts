/** The condition operators RAM documents (21) plus the OSS bucket-policy-only IpAddressIncludeBorder. */
export type OperatorFamily = 'String' | 'Number' | 'Date' | 'Boolean' | 'IP';

export interface OperatorInfo {
  name: string;
  family: OperatorFamily;
  /** Negated operators: several values mean "matches none"; a missing key makes them true. */
  negated: boolean;
  summary: string;
  /** Only valid in OSS bucket policies. */
  bucketPolicyOnly?: boolean;
  /** Semantics the docs leave open; the simulator says so when it relies on them. */
  undocumented?: string;
}

const op = (name: string, family: OperatorFamily, negated: boolean, summary: string, extra: Partial<OperatorInfo> = {}): OperatorInfo => ({
  name,
  family,
  negated,
  summary,
  ...extra,
});

export const OPERATORS: readonly OperatorInfo[] = [
  op('StringEquals', 'String', false, 'Exact, case-sensitive string equality.'),
  op('StringNotEquals', 'String', true, 'True when the value equals none of the listed strings (case-sensitive).'),
  op('StringEqualsIgnoreCase', 'String', false, 'Exact string equality, ignoring case.'),
  op('StringNotEqualsIgnoreCase', 'String', true, 'True when the value equals none of the listed strings, ignoring case.'),
  op('StringLike', 'String', false, 'Case-sensitive match with wildcards: `*` any run of characters, `?` one character.'),
  op('StringNotLike', 'String', true, 'True when the value matches none of the listed wildcard patterns (case-sensitive).'),
  op('NumericEquals', 'Number', false, 'Numeric equality.'),
  op('NumericNotEquals', 'Number', true, 'True when the number equals none of the listed numbers.'),
  op('NumericLessThan', 'Number', false, 'Request value < policy value.'),
  op('NumericLessThanEquals', 'Number', false, 'Request value ≤ policy value.'),
  op('NumericGreaterThan', 'Number', false, 'Request value > policy value.'),
  op('NumericGreaterThanEquals', 'Number', false, 'Request value ≥ policy value.'),
  op('DateEquals', 'Date', false, 'Same instant (ISO 8601; offsets normalised).'),
  op('DateNotEquals', 'Date', true, 'True when the instant equals none of the listed dates.'),
  op('DateLessThan', 'Date', false, 'Request time is before the policy date.'),
  op('DateLessThanEquals', 'Date', false, 'Request time is before or at the policy date.'),
  op('DateGreaterThan', 'Date', false, 'Request time is after the policy date.'),
  op('DateGreaterThanEquals', 'Date', false, 'Request time is at or after the policy date.'),
  op('Bool', 'Boolean', false, 'Boolean equality; values are the strings "true" and "false".'),
  op('IpAddress', 'IP', false, 'The request IP is one of the listed addresses or inside one of the CIDR blocks.'),
  op('NotIpAddress', 'IP', true, 'The request IP is none of the listed addresses and outside every listed CIDR block.'),
  op('IpAddressIncludeBorder', 'IP', false, 'OSS bucket policies only: like IpAddress; the docs do not say what "border" adds.', {
    bucketPolicyOnly: true,
    undocumented: 'OSS lists IpAddressIncludeBorder without describing it; the simulator treats it as IpAddress.',
  }),
];

const BY_NAME = new Map(OPERATORS.map((o) => [o.name, o]));

/** Operator names are case-sensitive in RAM. */
export function operatorInfo(name: string): OperatorInfo | undefined {
  return BY_NAME.get(name);
}

/** Missing-key rule (INFERRED from OSS examples, AWS-compatible): positive → false, negated → true. */
export const MISSING_KEY_RULE =
  'A key missing from the request makes positive operators false and negated ones true. RAM does not document this; it is inferred from OSS examples.';
