import { policy, ruleTable } from './harness';

const trust = (statement: string) => policy(statement);

ruleTable('principal-missing', [
  { name: 'trust policy with Principal', kind: 'trust', text: trust('"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"Service": ["ecs.aliyuncs.com"]}'), expect: [] },
  {
    name: 'trust policy without Principal: error',
    kind: 'trust',
    text: trust('"Effect": "Allow", "Action": "sts:AssumeRole"'),
    expect: [{ at: '{', occurrence: 1, severity: 'error', message: ['Add "Principal": a trust policy must say who may assume the role'] }],
  },
  {
    name: 'bucket policy without Principal: warning',
    kind: 'bucket',
    text: policy('"Effect": "Allow", "Action": "oss:GetObject", "Resource": "acs:oss:*:*:b/*"'),
    expect: [{ at: '{', occurrence: 1, severity: 'warning', message: ['bucket policies document it as required'] }],
  },
  { name: 'not checked in identity policies', text: policy('"Effect": "Allow", "Action": "ecs:*", "Resource": "*"'), expect: [] },
]);

ruleTable('resource-in-trust', [
  { name: 'no Resource', kind: 'trust', text: trust('"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"RAM": "acs:ram::123:root"}'), expect: [] },
  {
    name: 'stray Resource is a warning',
    kind: 'trust',
    text: trust('"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"RAM": "acs:ram::123:root"}, "Resource": "*"'),
    expect: [{ at: '"Resource"', severity: 'warning', message: ['a trust policy has no Resource'] }],
  },
]);

ruleTable('trust-action-invalid', [
  {
    name: 'AssumeRole and SetSourceIdentity',
    kind: 'trust',
    text: trust('"Effect": "Allow", "Action": ["sts:AssumeRole", "sts:SetSourceIdentity"], "Principal": {"Federated": ["acs:ram::123:oidc-provider/gh"]}'),
    expect: [],
  },
  {
    name: 'another action',
    kind: 'trust',
    text: trust('"Effect": "Allow", "Action": "cdn:Describe*", "Principal": {"Service": "fc.aliyuncs.com"}'),
    expect: [{ at: '"cdn:Describe*"', severity: 'warning', message: ['has no effect in a trust policy'], data: { replacement: 'sts:AssumeRole' } }],
  },
  {
    name: 'NotAction',
    kind: 'trust',
    text: trust('"Effect": "Allow", "NotAction": "sts:AssumeRole", "Principal": {"Service": "fc.aliyuncs.com"}'),
    expect: [{ at: '"NotAction"', severity: 'warning', data: { replacement: 'Action' } }],
  },
]);

const bucketStatement = (actions: string, resources: string, extra = '') =>
  `"Effect": "Allow",\n    "Principal": ["*"],\n    "Action": ${actions},\n    "Resource": ${resources}${extra}`;

ruleTable('oss-listobjects-object-arn', [
  { name: 'ListObjects on the bucket', kind: 'bucket', text: policy(bucketStatement('"oss:ListObjects"', '"acs:oss:*:123:b"')), expect: [] },
  {
    name: 'ListObjects only on objects',
    kind: 'bucket',
    text: policy(bucketStatement('["oss:GetObject", "oss:ListObjects"]', '["acs:oss:*:123:b/dir/*"]')),
    expect: [
      {
        at: '"oss:ListObjects"',
        severity: 'warning',
        message: 'oss:ListObjects is a bucket-level action, but it is allowed only on object ARNs, so listing is denied. Add the bucket ARN "acs:oss:*:123:b" to Resource.',
        data: { bucketArn: 'acs:oss:*:123:b' },
      },
    ],
  },
  {
    name: 'another statement allows it on the bucket',
    text: `{"Version": "1", "Statement": [
  {"Effect": "Allow", "Action": ["oss:GetObject", "oss:ListObjects"], "Resource": "acs:oss:*:*:b/*"},
  {"Effect": "Allow", "Action": "oss:List*", "Resource": "acs:oss:*:*:b"}]}`,
    expect: [],
  },
  {
    name: 'a listing grant on another bucket does not count',
    text: `{"Version": "1", "Statement": [
  {"Effect": "Allow", "Action": ["oss:GetObject", "oss:ListObjects"], "Resource": "acs:oss:*:*:b/*"},
  {"Effect": "Allow", "Action": "oss:ListObjects", "Resource": "acs:oss:*:*:other"}]}`,
    expect: [
      {
        at: '"oss:ListObjects"',
        severity: 'warning',
        message: 'oss:ListObjects is a bucket-level action, but it is allowed only on object ARNs, so listing is denied. Add the bucket ARN "acs:oss:*:*:b" to Resource.',
        data: { bucketArn: 'acs:oss:*:*:b' },
      },
    ],
  },
  {
    name: 'access point ARNs are not object ARNs',
    text: policy('"Effect": "Allow", "Action": ["oss:ListObjects"], "Resource": ["acs:oss:cn-hangzhou:123:accesspoint/ap-01", "acs:oss:cn-hangzhou:123:accesspoint/ap-01/object/*"]'),
    expect: [],
  },
]);

ruleTable('oss-prefix-without-delimiter', [
  {
    name: 'with a delimiter',
    text: policy('"Effect": "Allow", "Action": "oss:ListObjects", "Resource": "acs:oss:*:*:b", "Condition": {"StringLike": {"oss:Prefix": ["", "parent/", "parent/dir/*"], "oss:Delimiter": "/"}}'),
    expect: [],
  },
  {
    name: 'parent prefixes without a delimiter',
    text: policy('"Effect": "Allow", "Action": "oss:ListObjects", "Resource": "acs:oss:*:*:b", "Condition": {"StringLike": {"oss:Prefix": ["", "parent/", "parent/dir/*"]}}'),
    expect: [{ at: '"oss:Prefix"', severity: 'information', message: ['oss:Prefix lists folder levels ("parent/")', 'add "oss:Delimiter": "/"'] }],
  },
  {
    name: 'a plain prefix pattern is not a folder walk',
    text: policy('"Effect": "Allow", "Action": "oss:ListObjects", "Resource": "acs:oss:*:*:b", "Condition": {"StringLike": {"oss:Prefix": "dir/*"}}'),
    expect: [],
  },
]);
