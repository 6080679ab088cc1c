import { policy, ruleTable } from './harness';

const ok = policy('"Effect": "Allow",\n    "Action": "ecs:DescribeInstances",\n    "Resource": "*"');

ruleTable(['json-syntax', 'json-comment'], [
  { name: 'valid JSON has no syntax finding', text: ok, expect: [] },
  {
    name: 'trailing comma',
    text: '{"Version": "1", "Statement": [{"Effect": "Allow", "Action": "ecs:*", "Resource": "*",}]}',
    expect: [{ code: 'json-syntax', severity: 'error', at: ',', occurrence: 3, message: ['Trailing comma'] }],
  },
  {
    name: 'an unclosed document is flagged on its last character, inside the text',
    text: '{"Version": "1", "Statement": [',
    expect: [
      { code: 'json-syntax', at: '[', message: 'Expected "]": an array is not closed.' },
      { code: 'json-syntax', at: '[', message: 'Expected "}": an object is not closed.' },
    ],
  },
  {
    name: 'a comment is a warning',
    text: '{"Version": "1", // why\n "Statement": [{"Effect": "Allow", "Action": "ecs:*", "Resource": "*"}]}',
    expect: [{ code: 'json-comment', severity: 'warning', at: '// why', message: ['Comments are not JSON'] }],
  },
]);

ruleTable('duplicate-key', [
  { name: 'distinct keys', text: ok, expect: [] },
  {
    name: 'second Effect is flagged, not the first',
    text: '{"Version": "1", "Statement": [{"Effect": "Deny", "Effect": "Allow", "Action": "ecs:*", "Resource": "*"}]}',
    expect: [{ at: '"Effect"', occurrence: 1, severity: 'error', message: 'Duplicate key "Effect": only the last one counts. Merge the two "Effect" entries into one.' }],
  },
  {
    name: 'same operator twice in a Condition',
    text: policy('"Effect": "Allow", "Action": "ecs:*", "Resource": "*",\n    "Condition": {"Bool": {"acs:MFAPresent": "true"}, "Bool": {"acs:SecureTransport": "true"}}'),
    expect: [{ at: '"Bool"', occurrence: 1 }],
  },
]);

ruleTable('version-invalid', [
  { name: 'the string "1"', text: ok, expect: [] },
  {
    name: 'the number 1',
    text: '{"Version": 1, "Statement": [{"Effect": "Allow", "Action": "ecs:*", "Resource": "*"}]}',
    expect: [{ at: '1', severity: 'error', message: 'Version must be the string "1", not the number 1: write "Version": "1".', data: { replacement: '1' } }],
  },
  {
    name: 'an AWS-style date',
    text: '{"Version": "2016-10-17", "Statement": [{"Effect": "Allow", "Action": "ecs:*", "Resource": "*"}]}',
    expect: [{ at: '"2016-10-17"', message: ['"2016-10-17" is not valid'], data: { replacement: '1' } }],
  },
  {
    name: 'missing Version',
    text: '{"Statement": [{"Effect": "Allow", "Action": "ecs:*", "Resource": "*"}]}',
    expect: [{ at: '{', message: ['Add "Version": "1"'] }],
  },
]);

ruleTable('statement-missing', [
  { name: 'has statements', text: ok, expect: [] },
  { name: 'no Statement', text: '{"Version": "1"}', expect: [{ at: '{', severity: 'error', message: ['Add a "Statement" array'] }] },
  { name: 'empty array is a warning', text: '{"Version": "1", "Statement": []}', expect: [{ at: '[]', severity: 'warning', message: ['grants and denies nothing'] }] },
]);

ruleTable('statement-not-array', [
  { name: 'array', text: ok, expect: [] },
  {
    name: 'single object is a warning on the key',
    text: '{"Version": "1", "Statement": {"Effect": "Allow", "Action": "ecs:*", "Resource": "*"}}',
    expect: [{ at: '"Statement"', severity: 'warning', message: ['wrap the statement in [ ]'] }],
  },
]);

ruleTable('unknown-element', [
  { name: 'known elements, Sid included', text: policy('"Sid": "a", "Effect": "Allow", "Action": "ecs:*", "Resource": "*"'), expect: [] },
  {
    name: 'lower-case element gets the canonical name',
    text: policy('"effect": "Allow", "Action": "ecs:*", "Resource": "*"'),
    expect: [{ at: '"effect"', severity: 'error', message: 'Unknown statement element "effect": did you mean "Effect"? Names are case-sensitive.', data: { replacement: 'Effect' } }],
  },
  {
    name: 'unknown top-level key',
    text: policy('"Effect": "Allow", "Action": "ecs:*", "Resource": "*"', '\n  "Foo": "bar",'),
    expect: [{ at: '"Foo"', message: 'Unknown top-level element "Foo": RAM accepts only "Version", "Statement". Remove it.' }],
  },
  {
    name: 'trust principal type in odd case',
    kind: 'trust',
    text: policy('"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"rAm": ["acs:ram::123:root"], "ForTest": "x"}'),
    expect: [
      { at: '"rAm"', data: { replacement: 'RAM' } },
      { at: '"ForTest"', message: ['Unknown principal type "ForTest"', '"RAM", "Service", "Federated"'] },
    ],
  },
  {
    name: 'resource policies are checked leniently',
    kind: 'resource',
    text: policy('"Effect": "Allow", "Action": "kms:*", "Resource": "*", "Principal": {"RAM": "*"}, "Extra": 1'),
    expect: [{ at: '"Extra"', severity: 'warning' }],
  },
]);

ruleTable('sid-undocumented', [
  { name: 'no Sid', text: ok, expect: [] },
  { name: 'Sid is a warning', text: policy('"Sid": "Stmt1", "Effect": "Allow", "Action": "ecs:*", "Resource": "*"'), expect: [{ at: '"Sid"', severity: 'warning' }] },
]);

ruleTable('not-resource-undocumented', [
  { name: 'Resource', text: ok, expect: [] },
  {
    name: 'NotResource is a warning',
    text: policy('"Effect": "Allow", "Action": "ecs:*", "NotResource": "acs:ecs:*:*:instance/i-1"'),
    expect: [{ at: '"NotResource"', severity: 'warning', message: ['Prefer "Resource"'] }],
  },
]);

ruleTable('effect-invalid', [
  { name: 'Allow', text: ok, expect: [] },
  {
    name: 'lower case with a trailing space',
    text: policy('"Effect": "allow ", "Action": "ecs:*", "Resource": "*"'),
    expect: [{ at: '"allow "', severity: 'error', message: 'Effect "allow " is not valid: values are case-sensitive, write "Allow".', data: { replacement: 'Allow' } }],
  },
  { name: 'DENY', text: policy('"Effect": "DENY", "Action": "ecs:*", "Resource": "*"'), expect: [{ at: '"DENY"', data: { replacement: 'Deny' } }] },
  { name: 'no obvious fix', text: policy('"Effect": "Permit", "Action": "ecs:*", "Resource": "*"'), expect: [{ at: '"Permit"', message: 'Effect must be "Allow" or "Deny", not "Permit".' }] },
  { name: 'missing', text: policy('"Action": "ecs:*", "Resource": "*"'), expect: [{ at: '{', occurrence: 1, message: ['Add "Effect"'] }] },
]);

ruleTable('action-notaction-conflict', [
  { name: 'only Action', text: ok, expect: [] },
  {
    name: 'both',
    text: policy('"Effect": "Allow", "Action": "ecs:*", "NotAction": "ram:*", "Resource": "*"'),
    expect: [{ at: '"NotAction"', severity: 'error', message: ['not both'] }],
  },
]);

ruleTable('action-missing', [
  { name: 'NotAction alone is fine', text: policy('"Effect": "Allow", "NotAction": "ram:*", "Resource": "*"'), expect: [] },
  { name: 'neither', text: policy('"Effect": "Allow", "Resource": "*"'), expect: [{ at: '{', occurrence: 1, severity: 'error', message: ['needs an Action'] }] },
]);

ruleTable('resource-missing', [
  { name: 'Resource present', text: ok, expect: [] },
  { name: 'absent in an identity policy', text: policy('"Effect": "Allow", "Action": "ecs:*"'), expect: [{ at: '{', occurrence: 1, severity: 'error' }] },
  { name: 'not required in a trust policy', kind: 'trust', text: policy('"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"Service": ["ecs.aliyuncs.com"]}'), expect: [] },
]);

ruleTable('policy-too-large', [
  { name: 'small', text: ok, expect: [] },
  {
    name: 'a session policy over 2,048 characters even minified',
    kind: 'session',
    text: policy(`"Effect": "Allow", "Action": [${Array.from({ length: 120 }, (_, i) => `"ecs:DescribeInstances${i}"`).join(',')}], "Resource": "*"`),
    expect: [{ at: '{', severity: 'error', message: ['an STS session policy may have at most 2,048', 'without whitespace'] }],
  },
  {
    name: 'over the limit only because of whitespace: a warning',
    kind: 'session',
    text: policy(`"Effect": "Allow",${' '.repeat(2100)} "Action": "ecs:*", "Resource": "*"`),
    expect: [{ at: '{', severity: 'warning', message: ['whether RAM counts whitespace is undocumented'] }],
  },
]);
