import { test } from 'node:test';
import assert from 'node:assert/strict';
import { choose, completionsAt, labels, pick } from './completion-helpers';

const stmt = (body: string) => `{"Version": "1", "Statement": [{"Effect": "Allow", ${body}}]}`;
const ecs = (resource: string) => stmt(`"Action": ["ecs:StartInstance", "ecs:AttachDisk"], "Resource": ${resource}`);

test('ARN part 1: acs: (retriggers) and *', () => {
  const { items, isIncomplete } = completionsAt(ecs('"|"'));
  assert.deepEqual(labels(items), ['acs:', '*']);
  assert.equal(isIncomplete, true);
  assert.equal(pick(items, 'acs:').retrigger, true);
  assert.equal(pick(items, 'acs:').textEdit.newText, '"acs:$0"');
  assert.equal(choose(ecs('"a|"'), 'acs:'), ecs('"acs:"'));
  assert.deepEqual(labels(completionsAt(ecs('"x|"')).items), []);
});

test('ARN part 2: service codes, the services of the statement first', () => {
  const { items } = completionsAt(ecs('["acs:|"]'));
  assert.deepEqual(labels(items), ['ecs', 'fc', 'oss', 'ram', 'sts']);
  assert.equal(pick(items, 'ecs').sortText?.[0], '0');
  assert.equal(pick(items, 'oss').sortText?.[0], '1');
  assert.equal(pick(items, 'ecs').detail, 'Elastic Compute Service');
  assert.equal(choose(ecs('["acs:e|"]'), 'ecs'), ecs('["acs:ecs:"]'));
  const ossFirst = completionsAt(stmt('"Action": "oss:GetObject", "Resource": "acs:|"')).items;
  assert.equal(labels(ossFirst)[0], 'oss');
});

test('ARN part 3: regions of the service, or empty and * for a global service', () => {
  assert.deepEqual(labels(completionsAt(ecs('"acs:ecs:|"')).items), ['*', 'ap-southeast-1', 'cn-hangzhou', 'cn-shanghai']);
  assert.equal(choose(ecs('"acs:ecs:cn-h|"'), 'cn-hangzhou'), ecs('"acs:ecs:cn-hangzhou:"'));
  const ram = completionsAt(stmt('"Action": "ram:GetUser", "Resource": "acs:ram:|"')).items;
  assert.deepEqual(labels(ram), ['(empty)', '*']);
  assert.equal(choose(stmt('"Action": "ram:GetUser", "Resource": "acs:ram:|"'), '(empty)'), stmt('"Action": "ram:GetUser", "Resource": "acs:ram::"'));
});

test('ARN part 4: account: * or the configured default account', () => {
  assert.deepEqual(labels(completionsAt(ecs('"acs:ecs:*:|"')).items), ['*']);
  const settings = { rules: {}, defaultAccountId: '1234567890123456' };
  assert.deepEqual(labels(completionsAt(ecs('"acs:ecs:*:|"'), { settings }).items), ['1234567890123456', '*']);
  assert.equal(choose(ecs('"acs:ecs:*:|"'), '1234567890123456', { settings }), ecs('"acs:ecs:*:1234567890123456:"'));
});

test('ARN part 5: resource-type templates the statement accepts, with tabstops for placeholders', () => {
  const { items } = completionsAt(ecs('"acs:ecs:cn-hangzhou:*:|"'));
  assert.deepEqual(labels(items), ['instance/{instanceId}', 'disk/{diskId}', 'securitygroup/{securityGroupId}', '*']);
  const instance = pick(items, 'instance/{instanceId}');
  assert.equal(instance.textEdit.newText, '"acs:ecs:cn-hangzhou:*:instance/${1:instanceId}"');
  assert.equal(instance.isSnippet, true);
  assert.equal(instance.detail, 'instance · accepted by ecs:StartInstance, ecs:AttachDisk');
  assert.equal(pick(items, 'disk/{diskId}').detail, 'disk · accepted by ecs:AttachDisk');
  assert.equal(pick(items, 'securitygroup/{securityGroupId}').detail, 'securitygroup', 'offered, but after the accepted ones');
  assert.equal(choose(ecs('"acs:ecs:cn-hangzhou:*:ins|"'), 'instance/{instanceId}'), ecs('"acs:ecs:cn-hangzhou:*:instance/instanceId"'));
});

test('ARN part 5 for OSS: bucket, bucket/*, bucket/dir/* besides the catalog templates', () => {
  const text = stmt('"Action": "oss:GetObject", "Resource": ["acs:oss:*:*:|"]');
  const { items } = completionsAt(text);
  assert.deepEqual(labels(items), [
    '{bucket_name}/{object_name}',
    '{bucket}/*',
    '{bucket}/{dir}/*',
    '{bucket_name}',
    '*',
  ]);
  assert.equal(pick(items, '{bucket}/*').detail, 'object · accepted by oss:GetObject');
  assert.equal(pick(items, '{bucket}/{dir}/*').textEdit.newText, '"acs:oss:*:*:${1:bucket}/${2:dir}/*"');
  assert.equal(choose(text, '{bucket}/*'), stmt('"Action": "oss:GetObject", "Resource": ["acs:oss:*:*:bucket/*"]'));
});

test('ARN: unknown service or foreign prefix gives nothing', () => {
  assert.deepEqual(completionsAt(ecs('"acs:nosuch:|"')).items, []);
  assert.deepEqual(completionsAt(ecs('"arn:|"')).items, []);
});

test('ARN: literal text the user typed is escaped in the snippet', () => {
  const text = ecs('"acs:ecs:a$b}:*:|"');
  const item = pick(completionsAt(text).items, 'instance/{instanceId}');
  assert.equal(item.textEdit.newText, '"acs:ecs:a\\$b\\}:*:instance/${1:instanceId}"');
  assert.equal(choose(text, 'instance/{instanceId}'), ecs('"acs:ecs:a$b}:*:instance/instanceId"'));
});
