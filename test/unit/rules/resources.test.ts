import { policy, ruleTable } from './harness';

const allowOn = (resource: string, action = '"ecs:*"') => policy(`"Effect": "Allow",\n    "Action": ${action},\n    "Resource": ${resource}`);

ruleTable('arn-malformed', [
  {
    name: 'star, full ARNs, wildcards and MaxCompute four-segment ARNs',
    text: allowOn('["*", "acs:ecs:cn-hangzhou:123:instance/*", "acs:*:*:*:*", "acs:odps:*:projects/p/tables/*", "acs:ram::123:role/a"]'),
    expect: [],
  },
  {
    name: 'missing region segment',
    text: allowOn('"acs:ram:198123:role/x"'),
    expect: [{ at: '"acs:ram:198123:role/x"', severity: 'error', message: ['has only four segments', 'Write "acs:ram:*:198123:role/x"'], data: { replacement: 'acs:ram:*:198123:role/x' } }],
  },
  { name: 'not an ARN', text: allowOn('"test-sae"'), expect: [{ at: '"test-sae"', message: '"test-sae" is not an ARN. Write `acs:<ram-code>:<region>:<account-id>:<relative-id>`, or "*" for every resource.' }] },
  { name: 'AWS ARN', text: allowOn('"arn:aws:s3:::b"'), expect: [{ at: '"arn:aws:s3:::b"', message: ['AWS-style ARN'] }] },
  { name: 'upper-case prefix', text: allowOn('"ACS:ecs:*:*:*"'), expect: [{ at: '"ACS:ecs:*:*:*"', data: { replacement: 'acs:ecs:*:*:*' } }] },
  { name: 'empty service segment is a warning', text: allowOn('"acs::ram::*"'), expect: [{ at: '"acs::ram::*"', severity: 'warning', message: ['empty service segment'] }] },
  {
    name: 'bucket policy bare bucket name',
    kind: 'bucket',
    text: policy('"Effect": "Allow", "Action": "oss:GetObject", "Principal": ["*"], "Resource": "examplebucket/*"'),
    expect: [{ at: '"examplebucket/*"', message: ['Bucket policy resources are OSS ARNs: write "acs:oss:*:*:examplebucket/*"'], data: { replacement: 'acs:oss:*:*:examplebucket/*' } }],
  },
  { name: 'placeholders are left to arn-placeholder', text: allowOn('"acs:ram:*:<account ID>:role/*"'), expect: [] },
]);

ruleTable('arn-placeholder', [
  { name: 'masked account ids are real-looking values', text: allowOn('"acs:ram:*:123456789012****:role/*"'), expect: [] },
  {
    name: 'placeholders of every kind',
    text: allowOn('["acs:ram:*:<account ID>:role/*", "acs:log:*:*:project/${project}/*", "acs:ram:*: 主账号ID :role/*", "acs:mns:$Region:$Uid:/queues/q", "acs:ecs:{#regionId}:*:instance/*", "Role Arn"]'),
    expect: [
      { at: '"acs:ram:*:<account ID>:role/*"', severity: 'warning', message: '"acs:ram:*:<account ID>:role/*" contains whitespace: fill in the real value, otherwise it never matches.' },
      { at: '"acs:log:*:*:project/${project}/*"', message: ['contains the placeholder "${project}"'] },
      { at: '"acs:ram:*: 主账号ID :role/*"' },
      { at: '"acs:mns:$Region:$Uid:/queues/q"', message: ['contains the variable "$Region"'] },
      { at: '"acs:ecs:{#regionId}:*:instance/*"', message: ['contains the template part "{#regionId}"'] },
      { at: '"Role Arn"' },
    ],
  },
  {
    name: 'trust principal placeholder',
    kind: 'trust',
    text: policy('"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"RAM": ["acs:ram::<uid>:root"]}'),
    expect: [{ at: '"acs:ram::<uid>:root"', message: ['contains the placeholder "<uid>"'] }],
  },
  {
    name: 'MaxCompute principals with $ are not placeholders',
    kind: 'resource',
    text: policy('"Effect": "Allow", "Action": "odps:*", "Principal": ["ALIYUN$user@aliyun.com"], "Resource": "acs:odps:*:projects/p"'),
    expect: [],
  },
]);
