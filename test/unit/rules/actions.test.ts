import { policy, ruleTable } from './harness';

const allow = (actions: string, resource = '"*"') => policy(`"Effect": "Allow",\n    "Action": ${actions},\n    "Resource": ${resource}`);

ruleTable('action-malformed', [
  { name: 'well-formed actions and wildcards', text: allow('["ecs:DescribeInstances", "*", "*:Describe*", "yundun-*:*", "RAM:*"]'), expect: [] },
  {
    name: 'space after the colon',
    text: allow('["ecs: CreateInstance"]'),
    expect: [{ at: '"ecs: CreateInstance"', severity: 'error', message: '"ecs: CreateInstance" contains whitespace, so it never matches: write "ecs:CreateInstance".', data: { replacement: 'ecs:CreateInstance' } }],
  },
  {
    name: 'dot instead of colon',
    text: allow('["oss.*"]'),
    expect: [{ at: '"oss.*"', message: '"oss.*" uses "." where RAM expects ":" between service and action: write "oss:*".', data: { replacement: 'oss:*' } }],
  },
  {
    name: 'documentation placeholder',
    text: allow('["[ECS RAM Action]", "ecs: [ECS RAM Action]"]'),
    expect: [
      { at: '"[ECS RAM Action]"', message: ['is a documentation placeholder'] },
      { at: '"ecs: [ECS RAM Action]"', message: ['is a documentation placeholder'] },
    ],
  },
  { name: 'no service prefix', text: allow('"DescribeInstances"'), expect: [{ at: '"DescribeInstances"', message: ['has no service prefix', '"ecs:DescribeInstances"'] }] },
  { name: 'NotAction is checked too', text: policy('"Effect": "Allow", "NotAction": "ram :*", "Resource": "*"'), expect: [{ at: '"ram :*"', data: { replacement: 'ram:*' } }] },
]);

ruleTable('service-unknown', [
  { name: 'known and wildcard services', text: allow('["ecs:DescribeInstances", "*:List*", "yundun-*:*", "log:*"]'), expect: [] },
  {
    name: 'unknown service with a close known code',
    text: allow('["ecss:DescribeInstances"]'),
    expect: [{ at: '"ecss:DescribeInstances"', severity: 'warning', message: ['Unknown service "ecss": did you mean "ecs"?'], data: { replacement: 'ecs:DescribeInstances' } }],
  },
  {
    name: 'a product name instead of the RAM code',
    text: allow('"sls:GetLogStore"'),
    expect: [
      {
        at: '"sls:GetLogStore"',
        severity: 'error',
        message: ['"sls" is not a RAM code: the documented RAM code of this service is "log"', 'Write "log:GetLogStore".'],
        data: { replacement: 'log:GetLogStore' },
      },
    ],
  },
  { name: 'unknown service without suggestion', text: allow('"zzzzzz:Get"'), expect: [{ at: '"zzzzzz:Get"', message: ['the catalog knows no RAM code by that name'] }] },
  {
    name: 'upper-case prefix is only a hint',
    text: allow('"RAM:*"'),
    expect: [{ at: '"RAM:*"', severity: 'hint', message: ['Service prefixes are written in lower case: "ram:*"'], data: { replacement: 'ram:*' } }],
  },
  { name: 'malformed actions are left to action-malformed', text: allow('"ecss: Get"'), expect: [] },
]);

ruleTable('action-unknown', [
  { name: 'catalog actions', text: allow('["ecs:DescribeInstances", "oss:GetObject", "ecs:Describe*"]'), expect: [] },
  {
    name: 'unknown action of a complete service: warning with did-you-mean',
    text: allow('"ecs:DescribeInstance"'),
    expect: [{ at: '"ecs:DescribeInstance"', severity: 'warning', message: ['not in the Elastic Compute Service (ECS) RAM action table', 'Did you mean "ecs:DescribeInstances"?'], data: { replacement: 'ecs:DescribeInstances' } }],
  },
  {
    name: 'unknown action of an incomplete service: a hint naming the confidence',
    text: allow('"ram:DeleteEverything"'),
    expect: [{ at: '"ram:DeleteEverything"', severity: 'hint', message: ['Its ram action list is incomplete (partial table (test))', 'may still be valid'] }],
  },
  {
    name: 'non-canonical case is a hint',
    text: allow('"ecs:describeinstances"'),
    expect: [{ at: '"ecs:describeinstances"', severity: 'hint', message: 'The documented name is "ecs:DescribeInstances". Actions match case-insensitively, so this still works.', data: { replacement: 'ecs:DescribeInstances' } }],
  },
  { name: 'unknown services are left to service-unknown', text: allow('"zzzzzz:Get"'), expect: [] },
  {
    name: 'an API name instead of the action that authorizes it',
    text: allow('"oss:InitiateMultipartUpload"'),
    expect: [
      {
        at: '"oss:InitiateMultipartUpload"',
        severity: 'warning',
        message: '"oss:InitiateMultipartUpload" names an API operation, not a RAM action: the InitiateMultipartUpload API is authorized by "oss:PutObject", so write that.',
        data: { replacement: 'oss:PutObject' },
      },
    ],
  },
]);

ruleTable('action-wildcard-no-match', [
  { name: 'wildcards that match', text: allow('["ecs:Describe*", "oss:*Object*", "ram:Nothing*"]'), expect: [] },
  {
    name: 'matches nothing in a complete service',
    text: allow('"ecs:Destroy*"'),
    expect: [{ at: '"ecs:Destroy*"', severity: 'warning', message: '"ecs:Destroy*" matches no ecs action, so it grants nothing. Check the spelling of the pattern.' }],
  },
]);

ruleTable('action-duplicate', [
  { name: 'distinct actions', text: allow('["ecs:StartInstance", "ecs:DescribeInstances"]'), expect: [] },
  {
    name: 'the repeat is flagged, case-insensitively',
    text: allow('["oss:ListObjects", "oss:GetObject", "oss:listobjects"]'),
    expect: [{ at: '"oss:listobjects"', severity: 'warning', message: '"oss:listobjects" is already listed in this Action (as "oss:ListObjects"). Remove the repeat.' }],
  },
]);

ruleTable('allow-all', [
  { name: 'Deny * on *', text: policy('"Effect": "Deny", "Action": "*", "Resource": "*"'), expect: [] },
  { name: 'Allow * on one bucket', text: allow('"*"', '"acs:oss:*:*:bucket"'), expect: [] },
  { name: 'Allow * on *', text: allow('["*"]'), expect: [{ at: '"*"', occurrence: 0, severity: 'warning', message: ['full administrator access'] }] },
]);

ruleTable('principal-not-allowed', [
  { name: 'identity policy without Principal', text: allow('"ecs:*"'), expect: [] },
  {
    name: 'Principal in an identity policy',
    kind: 'identity',
    text: policy('"Effect": "Allow", "Action": "oss:GetObject", "Resource": "*", "Principal": ["*"]'),
    expect: [{ at: '"Principal"', severity: 'error', message: ['only allowed in resource-based policies'] }],
  },
  { name: 'Principal in a bucket policy is fine', kind: 'bucket', text: policy('"Effect": "Allow", "Action": "oss:GetObject", "Resource": "acs:oss:*:*:b/*", "Principal": ["*"]'), expect: [] },
]);

ruleTable('resource-type-mismatch', [
  { name: 'matching ARN template', text: allow('"ecs:StartInstance"', '"acs:ecs:cn-hangzhou:123:instance/i-1"'), expect: [] },
  { name: 'star resource', text: allow('"ecs:StartInstance"'), expect: [] },
  { name: 'actions without resource types are not checked', text: allow('"ecs:DescribeInstances"', '"acs:oss:*:*:bucket"'), expect: [] },
  {
    name: 'an OSS ARN for an ECS instance action',
    text: allow('["ecs:StartInstance", "oss:GetObject"]', '"acs:oss:*:*:bucket/*"'),
    expect: [{ at: '"ecs:StartInstance"', severity: 'warning', message: ['ecs:StartInstance applies to acs:ecs:{#regionId}:{#accountId}:instance/{#InstanceId}', 'never granted here'] }],
  },
  {
    name: 'bucket-level action only on objects',
    text: allow('"oss:GetObject"', '"acs:oss:*:*:bucket"'),
    expect: [{ at: '"oss:GetObject"', message: ['oss:GetObject applies to acs:oss:*:{#accountId}:{#BucketName}/{#ObjectPath}'] }],
  },
]);

ruleTable('arn-service-mismatch', [
  { name: 'same service', text: allow('"ecs:StartInstance"', '"acs:ecs:*:*:instance/*"'), expect: [] },
  { name: 'documented exception: sts on a RAM role', text: allow('"sts:AssumeRole"', '"acs:ram:*:123:role/admin"'), expect: [] },
  { name: 'documented exception: oss on ossvector', text: allow('"oss:*"', '"acs:ossvector:*:*:b"'), expect: [] },
  { name: 'wildcard service acts on anything', text: allow('"*:Describe*"', '"acs:ecs:*:*:*"'), expect: [] },
  {
    name: 'log action on an OSS ARN is a hint',
    text: allow('"log:GetLogStore"', '"acs:oss:*:*:bucket"'),
    expect: [{ at: '"acs:oss:*:*:bucket"', severity: 'hint', message: ['This ARN is for "oss", but none of this statement\'s actions belongs to oss.'] }],
  },
]);

ruleTable('role-arn-wrong-action', [
  { name: 'AssumeRole on a role', text: allow('"sts:AssumeRole"', '"acs:ram:*:123:role/admin"'), expect: [] },
  { name: 'role management with concrete RAM actions', text: allow('["ram:PassRole", "ram:GetRole"]', '"acs:ram:*:*:role/*"'), expect: [] },
  { name: 'iot:* on another resource', text: allow('"iot:*"', '"acs:iot:*:*:*"'), expect: [] },
  {
    name: 'wildcard RAM and foreign actions on a role ARN',
    text: allow('["ram:*Role*", "iot:*", "sts:AssumeRole"]', '["acs:ram:*:123:role/iot-role"]'),
    expect: [
      { at: '"ram:*Role*"', severity: 'warning', message: ['To allow assuming the role, grant "sts:AssumeRole"'], data: { replacement: 'sts:AssumeRole' } },
      { at: '"iot:*"', data: { replacement: 'sts:AssumeRole' } },
    ],
  },
]);
