import { policy, ruleTable } from './harness';

const withCondition = (condition: string, action = '"ecs:*"') =>
  policy(`"Effect": "Allow",\n    "Action": ${action},\n    "Resource": "*",\n    "Condition": ${condition}`);

ruleTable('condition-operator-unknown', [
  {
    name: 'documented operators',
    text: withCondition('{"IpAddress": {"acs:SourceIp": "10.0.0.0/8"}, "StringLike": {"acs:SourceVpc": "vpc-*"}, "DateLessThan": {"acs:CurrentTime": "2030-01-01T00:00:00Z"}}'),
    expect: [],
  },
  {
    name: 'typo with did-you-mean',
    text: withCondition('{"IpAdress": {"acs:SourceIp": "10.0.0.1"}}'),
    expect: [{ at: '"IpAdress"', severity: 'error', message: 'Unknown condition operator "IpAdress": did you mean "IpAddress"? Operator names are case-sensitive.', data: { replacement: 'IpAddress' } }],
  },
  { name: 'wrong case', text: withCondition('{"stringequals": {"acs:SourceVpc": "vpc-1"}}'), expect: [{ at: '"stringequals"', data: { replacement: 'StringEquals' } }] },
  {
    name: 'IfExists is not RAM',
    text: withCondition('{"StringEqualsIfExists": {"acs:SourceVpc": "vpc-1"}}'),
    expect: [{ at: '"StringEqualsIfExists"', severity: 'error', message: 'RAM has no "...IfExists" operators: use "StringEquals".', data: { replacement: 'StringEquals' } }],
  },
  { name: 'Null is not RAM', text: withCondition('{"Null": {"acs:SourceVpc": "true"}}'), expect: [{ at: '"Null"', severity: 'error', message: ['RAM has no "Null" operator'] }] },
  {
    name: 'ForAllValues: is undocumented but used by Alibaba: a warning',
    text: withCondition('{"ForAllValues:StringEquals": {"ram:TrustedPrincipalTypes": "Service"}}'),
    expect: [{ at: '"ForAllValues:StringEquals"', severity: 'warning', message: ['"ForAllValues:" set qualifiers are not documented for RAM'], data: { replacement: 'StringEquals' } }],
  },
  {
    name: 'IpAddressIncludeBorder outside a bucket policy',
    text: withCondition('{"IpAddressIncludeBorder": {"acs:SourceIp": "10.0.0.1"}}'),
    expect: [{ at: '"IpAddressIncludeBorder"', message: '"IpAddressIncludeBorder" is only valid in OSS bucket policies. Use "IpAddress" here.' }],
  },
  {
    name: 'IpAddressIncludeBorder in a bucket policy',
    kind: 'bucket',
    text: policy('"Effect": "Allow", "Action": "oss:GetObject", "Principal": ["*"], "Resource": "acs:oss:*:*:b/*", "Condition": {"IpAddressIncludeBorder": {"acs:SourceIp": "10.0.0.1"}}'),
    expect: [],
  },
]);

ruleTable('condition-value-type', [
  {
    name: 'values that fit',
    text: withCondition(
      '{"IpAddress": {"acs:SourceIp": ["10.0.0.1", "192.168.0.0/16"]}, "Bool": {"acs:MFAPresent": "true"}, "DateGreaterThan": {"acs:CurrentTime": "2019-08-12T17:00:00+08:00"}, "NumericLessThan": {"test:Count": "10"}}',
    ),
    expect: [],
  },
  {
    name: 'bad IP, date, bool and number',
    text: withCondition(
      '{"IpAddress": {"acs:SourceIp": "10.0.0.300"}, "DateLessThan": {"acs:CurrentTime": "tomorrow"}, "Bool": {"acs:MFAPresent": "yes"}, "NumericEquals": {"test:Count": "ten"}}',
    ),
    expect: [
      { at: '"10.0.0.300"', severity: 'error', message: '"10.0.0.300" is not an IPv4 address or CIDR block: write e.g. "192.168.0.1" or "10.0.0.0/8".' },
      { at: '"tomorrow"', message: ['is not an ISO 8601 date/time'] },
      { at: '"yes"', message: '"yes" is not a Bool value: use "true" or "false".' },
      { at: '"ten"', message: ['is not a number'] },
    ],
  },
  { name: 'Bool in upper case', text: withCondition('{"Bool": {"acs:SecureTransport": "TRUE"}}'), expect: [{ at: '"TRUE"', severity: 'error', data: { replacement: 'true' } }] },
  {
    name: 'bare JSON boolean and number are warnings',
    text: withCondition('{"Bool": {"acs:SecureTransport": true}, "NumericLessThan": {"test:Count": 5}}'),
    expect: [
      { at: 'true', severity: 'warning', message: 'Write true as the string "true": RAM documents condition values as strings.', data: { replacement: 'true' } },
      { at: '5', occurrence: 0, severity: 'warning', data: { replacement: '5' } },
    ],
  },
  { name: 'OSS * octets only in bucket policies', text: withCondition('{"IpAddress": {"acs:SourceIp": "10.*.*.1"}}'), expect: [{ at: '"10.*.*.1"', severity: 'error' }] },
  {
    name: 'OSS * octets in a bucket policy',
    kind: 'bucket',
    text: policy('"Effect": "Allow", "Action": "oss:GetObject", "Principal": ["*"], "Resource": "acs:oss:*:*:b/*", "Condition": {"IpAddress": {"acs:SourceIp": "101.*.*.100"}}'),
    expect: [],
  },
  {
    name: 'masked documentation addresses are placeholders (warning)',
    text: withCondition('{"IpAddress": {"acs:SourceIp": ["42.120.XX.X/24", "some ip/cidr here"]}}'),
    expect: [
      { at: '"42.120.XX.X/24"', severity: 'warning', message: ['is a masked address: fill in the real value'] },
      { at: '"some ip/cidr here"', severity: 'warning', message: ['looks like a placeholder'] },
    ],
  },
  {
    name: 'an operator of another family than the key',
    text: withCondition('{"StringEquals": {"acs:CurrentTime": "2030-01-01T00:00:00Z"}, "IpAddress": {"acs:SourceVpc": "10.0.0.1"}}'),
    expect: [
      { at: '"acs:CurrentTime"', severity: 'warning', message: 'acs:CurrentTime is a Date key but StringEquals compares String values: use a Date operator such as DateLessThan.' },
      { at: '"acs:SourceVpc"', severity: 'warning', message: 'acs:SourceVpc is a String key but IpAddress compares IP values: use a String operator such as StringEquals.' },
    ],
  },
  { name: 'IPv6 is undocumented: warning', text: withCondition('{"IpAddress": {"acs:SourceIp": "2001:db8::/32"}}'), expect: [{ at: '"2001:db8::/32"', severity: 'warning', message: ['IPv6'] }] },
]);

ruleTable('condition-key-unknown', [
  {
    name: 'documented global, tag-family and service keys',
    text: withCondition('{"StringEquals": {"acs:SourceVpc": "vpc-1", "acs:ResourceTag/部门": "dev", "oss:Prefix": "a/"}}'),
    expect: [],
  },
  {
    name: 'trailing whitespace never matches',
    text: withCondition('{"Bool": {"acs:MFAPresent ": "true"}}'),
    expect: [{ at: '"acs:MFAPresent "', severity: 'warning', message: 'The condition key "acs:MFAPresent " has leading or trailing whitespace, so it never matches: write "acs:MFAPresent".', data: { replacement: 'acs:MFAPresent' } }],
  },
  {
    name: 'key without a service prefix',
    text: withCondition('{"StringEquals": {"Resource": "x"}}'),
    expect: [{ at: '"Resource"', occurrence: 1, severity: 'warning', message: ['"Resource" is not a condition key'] }],
  },
  {
    name: 'unknown global key with did-you-mean, never an error',
    text: withCondition('{"IpAddress": {"acs:SourceIP2": "10.0.0.1"}}'),
    expect: [{ at: '"acs:SourceIP2"', severity: 'warning', message: ['"acs:SourceIP2" is not a documented global condition key. Did you mean "acs:SourceIp"?'], data: { replacement: 'acs:SourceIp' } }],
  },
  {
    name: 'wrong case of a documented key',
    text: withCondition('{"IpAddress": {"acs:sourceip": "10.0.0.1"}}'),
    expect: [{ at: '"acs:sourceip"', severity: 'warning', data: { replacement: 'acs:SourceIp' } }],
  },
  {
    name: 'unknown service key is only a hint',
    text: withCondition('{"StringEquals": {"ecs:Region": "cn-hangzhou"}}'),
    expect: [{ at: '"ecs:Region"', severity: 'hint', message: ['not in the catalog\'s condition keys for "ecs"'] }],
  },
]);
