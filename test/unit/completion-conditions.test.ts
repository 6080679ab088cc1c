import { test } from 'node:test';
import assert from 'node:assert/strict';
import { choose, completionsAt, labels, pick } from './completion-helpers';

const stmt = (body: string) => `{"Version": "1", "Statement": [{"Effect": "Allow", ${body}}]}`;
const withCondition = (actions: string, condition: string) => stmt(`"Action": ${actions}, "Resource": "*", "Condition": ${condition}`);

test('operators inside Condition, with family and summary; IpAddressIncludeBorder only for bucket policies', () => {
  const { items } = completionsAt(withCondition('"ecs:*"', '{ | }'));
  assert.equal(items.length, 21);
  assert.ok(!labels(items).includes('IpAddressIncludeBorder'));
  const notLike = pick(items, 'StringNotLike');
  assert.equal(notLike.detail, 'String operator (negated)');
  assert.match(notLike.documentation ?? '', /matches \*\*none\*\* of them/);
  assert.equal(pick(items, 'DateLessThan').detail, 'Date operator');
  const bucket = completionsAt(stmt('"Principal": ["*"], "Action": "oss:GetObject", "Resource": "acs:oss:*:*:b/*", "Condition": { | }'), { kind: 'bucket' });
  assert.ok(labels(bucket.items).includes('IpAddressIncludeBorder'));
});

test('operators already present are not offered again; choosing one opens its object', () => {
  const { items } = completionsAt(withCondition('"ecs:*"', '{ "Bool": {}, | }'));
  assert.ok(!labels(items).includes('Bool'));
  assert.equal(choose(withCondition('"ecs:*"', '{ "IpA| }'), 'IpAddress'), withCondition('"ecs:*"', '{ "IpAddress": {\n\t\n} }'));
  assert.equal(pick(items, 'IpAddress').retrigger, true);
});

test('condition keys: the statement actions\u2019 keys, its services\u2019 keys and the global keys, with type and description', () => {
  const { items } = completionsAt(withCondition('["oss:ListObjects"]', '{ "StringLike": { | } }'));
  const names = labels(items);
  // Fitting String keys first: action keys, then service keys, then global; keys of other types after.
  assert.deepEqual(names.slice(0, 4), ['oss:Delimiter', 'oss:Prefix', 'oss:x-oss-acl', 'oss:x-oss-object-acl']);
  assert.ok(names.includes('acs:SourceVpc'));
  assert.ok(names.indexOf('acs:SourceVpc') < names.indexOf('acs:CurrentTime'), 'a Date key sorts after fitting keys');
  assert.equal(pick(items, 'acs:CurrentTime').detail, 'Date · does not fit StringLike');
  assert.equal(pick(items, 'oss:Prefix').detail, 'String');
  assert.match(pick(items, 'oss:Prefix').documentation ?? '', /ListObjects only/);
  assert.ok(!names.includes('ecs:RegionId'), 'keys of services the statement does not use are left out');
});

test('condition keys insert a value shaped by the key type', () => {
  const cases: Array<[string, string, string]> = [
    ['Bool', 'acs:SecureTransport', '"acs:SecureTransport": "${1|true,false|}"'],
    ['DateLessThan', 'acs:CurrentTime', '"acs:CurrentTime": "${1:2026-11-24T00:00:00Z}"'],
    ['IpAddress', 'acs:SourceIp', '"acs:SourceIp": ["${1:192.168.0.0/16}"]'],
    ['StringEquals', 'oss:x-oss-acl', '"oss:x-oss-acl": "${1|private,public-read,public-read-write|}"'],
    ['StringEquals', 'acs:SourceVpc', '"acs:SourceVpc": "$1"'],
    ['StringEquals', 'acs:ResourceTag/<tag-key>', '"acs:ResourceTag/${1:tagKey}": "$2"'],
  ];
  for (const [operator, key, newText] of cases) {
    const { items } = completionsAt(withCondition('"oss:PutBucketAcl"', `{ "${operator}": { | } }`));
    assert.equal(pick(items, key).textEdit.newText, newText, key);
  }
  assert.equal(
    choose(withCondition('"oss:PutBucketAcl"', '{ "Bool": { "acs:Sec| } }'), 'acs:SecureTransport'),
    withCondition('"oss:PutBucketAcl"', '{ "Bool": { "acs:SecureTransport": "true" } }'),
  );
});

test('keys already under the operator are left out', () => {
  const { items } = completionsAt(withCondition('"oss:ListObjects"', '{ "StringLike": { "oss:Prefix": "a/", | } }'));
  assert.ok(!labels(items).includes('oss:Prefix'));
  assert.ok(labels(items).includes('oss:Delimiter'));
});

test('condition values: Bool, value domain, date, CIDR, VPC', () => {
  assert.deepEqual(labels(completionsAt(withCondition('"ecs:*"', '{ "Bool": { "acs:SecureTransport": "|" } }')).items), ['true', 'false']);
  assert.deepEqual(
    labels(completionsAt(withCondition('"oss:PutBucketAcl"', '{ "StringEquals": { "oss:x-oss-acl": ["|"] } }')).items),
    ['private', 'public-read', 'public-read-write'],
  );
  assert.equal(
    choose(withCondition('"ecs:*"', '{ "DateLessThan": { "acs:CurrentTime": "|" } }'), '2026-11-24T00:00:00+08:00'),
    withCondition('"ecs:*"', '{ "DateLessThan": { "acs:CurrentTime": "2026-11-24T00:00:00+08:00" } }'),
  );
  const ip = pick(completionsAt(withCondition('"ecs:*"', '{ "IpAddress": { "acs:SourceIp": ["|"] } }')).items, '192.168.0.0/16');
  assert.equal(ip.textEdit.newText, '"${1:192.168.0.0}/${2:16}"');
  assert.deepEqual(labels(completionsAt(withCondition('"ecs:*"', '{ "StringLike": { "acs:SourceVpc": "|" } }')).items), ['vpc-*']);
});

test('condition values: regions for region keys', () => {
  const names = labels(completionsAt(withCondition('"ecs:*"', '{ "StringEquals": { "ecs:RegionId": "|" } }')).items);
  assert.deepEqual(names, ['ap-southeast-1', 'cn-hangzhou', 'cn-shanghai']);
});

test('principal types in a trust policy; none for a bucket policy', () => {
  const trust = stmt('"Action": "sts:AssumeRole", "Principal": { | }');
  assert.deepEqual(labels(completionsAt(trust, { kind: 'trust' }).items), ['RAM', 'Service', 'Federated']);
  assert.equal(choose(trust, 'Service', { kind: 'trust' }), stmt('"Action": "sts:AssumeRole", "Principal": { "Service": [""] }'));
  assert.deepEqual(completionsAt(stmt('"Principal": { | }'), { kind: 'bucket' }).items, []);
});

test('principal values: service principals from catalog codes, RAM and Federated ARN snippets', () => {
  const service = stmt('"Action": "sts:AssumeRole", "Principal": { "Service": ["|"] }');
  assert.deepEqual(labels(completionsAt(service, { kind: 'trust' }).items), [
    'ecs.aliyuncs.com',
    'fc.aliyuncs.com',
    'oss.aliyuncs.com',
    'ram.aliyuncs.com',
    'sts.aliyuncs.com',
  ]);
  assert.equal(
    choose(stmt('"Action": "sts:AssumeRole", "Principal": { "Service": ["f|"] }'), 'fc.aliyuncs.com', { kind: 'trust' }),
    stmt('"Action": "sts:AssumeRole", "Principal": { "Service": ["fc.aliyuncs.com"] }'),
  );
  const ram = completionsAt(stmt('"Action": "sts:AssumeRole", "Principal": { "RAM": "|" }'), { kind: 'trust', settings: { rules: {}, defaultAccountId: '1234567890123456' } });
  assert.equal(pick(ram.items, 'acs:ram::<account>:role/<name>').textEdit.newText, '"acs:ram::${1:1234567890123456}:role/${2:roleName}"');
  assert.equal(pick(ram.items, 'acs:ram::<account>:root').textEdit.newText, '"acs:ram::${1:1234567890123456}:root"');
  const federated = completionsAt(stmt('"Action": "sts:AssumeRole", "Principal": { "Federated": ["|"] }'), { kind: 'trust' });
  assert.equal(pick(federated.items, 'acs:ram::<account>:oidc-provider/<name>').textEdit.newText, '"acs:ram::${1:accountId}:oidc-provider/${2:providerName}"');
});

test('bucket-policy principals: *, UIDs and role sessions', () => {
  const { items } = completionsAt(stmt('"Principal": ["|"], "Action": "oss:GetObject", "Resource": "acs:oss:*:*:b/*"'), { kind: 'bucket' });
  assert.deepEqual(labels(items), ['<uid>', 'arn:sts::<uid>:assumed-role/<role>/<session>', '*']);
  assert.equal(pick(items, 'arn:sts::<uid>:assumed-role/<role>/<session>').textEdit.newText, '"arn:sts::${1:accountId}:assumed-role/${2:roleName}/${3:*}"');
});

test('statement and document snippets come from the snippets module', () => {
  const empty = completionsAt('|');
  assert.ok(empty.items.length > 0);
  assert.ok(empty.items.every((i) => i.kind === 'snippet'));
  const inArray = completionsAt('{"Version": "1", "Statement": [ | ]}');
  assert.ok(inArray.items.length > 0);
  assert.ok(inArray.items.every((i) => i.kind === 'snippet' && i.detail !== undefined && !i.detail.includes('whole policy')));
});

test('trust-only keys: offered first in a trust policy, not at all in a permission policy', () => {
  const trust = stmt('"Action": "sts:AssumeRole", "Principal": { "Federated": ["x"] }, "Condition": { "StringEquals": { | } }');
  const trustNames = labels(completionsAt(trust, { kind: 'trust' }).items);
  assert.equal(trustNames[0], 'saml:recipient');
  assert.equal(
    pick(completionsAt(trust, { kind: 'trust' }).items, 'saml:recipient').textEdit.newText,
    '"saml:recipient": "${1|https://signin.aliyun.com/saml-role/sso,https://signin.alibabacloud.com/saml-role/sso|}"',
  );
  const identity = labels(completionsAt(withCondition('"ecs:*"', '{ "StringEquals": { | } }')).items);
  assert.ok(!identity.includes('saml:recipient'));
  assert.ok(identity.includes('acs:SourceVpc'));
});
