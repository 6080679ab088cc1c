/**
 * Every snippet, filled with its defaults, lints clean under the real rules and
 * catalog, and does what its name says under the evaluator.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService } from '../../server/src/core/languageService';
import { loadCatalog } from '../../server/src/core/catalog/node';
import { createEvaluator, type EvalRequest, type ContextValue, type EvalPrincipal } from '../../server/src/core/eval/index';
import { fillSnippetDefaults, snippetBody, SNIPPETS } from '../../server/src/core/snippets/index';

const service = createLanguageService(loadCatalog());
const ACCOUNT = '1234567890123456';

function policyText(id: string): string {
  const snippet = SNIPPETS.find((s) => s.id === id);
  assert.ok(snippet, id);
  return fillSnippetDefaults(snippetBody(snippet, 'document'));
}

for (const snippet of SNIPPETS) {
  test(`snippet ${snippet.id}: no error, warning, information or hint from the rules`, () => {
    const text = fillSnippetDefaults(snippetBody(snippet, 'document'));
    const doc = service.parse(text);
    assert.equal(doc.kind.kind, { permission: 'identity', trust: 'trust', bucket: 'bucket' }[snippet.audience]);
    assert.deepEqual(service.validate(doc).map((d) => `${d.severity} ${d.code}: ${d.message}`), []);
  });
}

const oss = (key: string) => `acs:oss:cn-hangzhou:${ACCOUNT}:${key}`;
const listing = (prefix: string | undefined, delimiter: string | undefined): Record<string, ContextValue> => ({
  ...(prefix !== undefined ? { 'oss:Prefix': prefix } : {}),
  ...(delimiter !== undefined ? { 'oss:Delimiter': delimiter } : {}),
});

/** Decisions of an identity-policy set for a table of requests. */
function decisions(policies: string[], requests: EvalRequest[]): string[] {
  const evaluator = createEvaluator({ identity: policies.map((text, i) => ({ text, uri: `file:///p${i}.json` })) });
  return requests.map((r) => evaluator.decide(r));
}

test('OSS directory read-only: reads and lists inside dir and its parents, nothing else', () => {
  const policy = policyText('oss-directory-read-only');
  assert.deepEqual(
    decisions([policy], [
      { action: 'oss:GetObject', resource: oss('examplebucket/dir/report.csv') },
      { action: 'oss:GetObject', resource: oss('examplebucket/dir/2026/jan.csv') },
      { action: 'oss:ListObjects', resource: oss('examplebucket'), context: listing('', '/') },
      { action: 'oss:ListObjects', resource: oss('examplebucket'), context: listing('dir/', '/') },
      { action: 'oss:ListObjects', resource: oss('examplebucket'), context: listing('dir/2026/', '/') },
      { action: 'oss:PutObject', resource: oss('examplebucket/dir/report.csv') },
      { action: 'oss:DeleteObject', resource: oss('examplebucket/dir/report.csv') },
      { action: 'oss:GetObject', resource: oss('examplebucket/other/report.csv') },
      { action: 'oss:GetObject', resource: oss('otherbucket/dir/report.csv') },
      { action: 'oss:ListObjects', resource: oss('examplebucket'), context: listing('other/', '/') },
      { action: 'oss:ListObjects', resource: oss('examplebucket'), context: listing('', undefined) },
    ]),
    ['Allow', 'Allow', 'Allow', 'Allow', 'Allow', 'ImplicitDeny', 'ImplicitDeny', 'ImplicitDeny', 'ImplicitDeny', 'ImplicitDeny', 'ImplicitDeny'],
  );
});

test('OSS directory read-write: read, upload (multipart too) and delete inside dir only', () => {
  const policy = policyText('oss-directory-read-write');
  const inside = oss('examplebucket/dir/big.bin');
  assert.deepEqual(
    decisions([policy], [
      { action: 'oss:GetObject', resource: inside },
      { action: 'oss:PutObject', resource: inside },
      { action: 'oss:DeleteObject', resource: inside },
      { action: 'oss:AbortMultipartUpload', resource: inside },
      { action: 'oss:ListParts', resource: inside },
      { action: 'oss:ListObjects', resource: oss('examplebucket'), context: listing('dir/', '/') },
      { action: 'oss:PutObject', resource: oss('examplebucket/big.bin') },
      { action: 'oss:PutObjectAcl', resource: inside },
      { action: 'oss:DeleteBucket', resource: oss('examplebucket') },
    ]),
    ['Allow', 'Allow', 'Allow', 'Allow', 'Allow', 'Allow', 'ImplicitDeny', 'ImplicitDeny', 'ImplicitDeny'],
  );
});

test('OSS console-browsable directory: bucket list, bucket info, each parent level, reads under parent/dir', () => {
  const policy = policyText('oss-directory-console');
  assert.deepEqual(
    decisions([policy], [
      { action: 'oss:ListBuckets', resource: `acs:oss:*:${ACCOUNT}:*` },
      { action: 'oss:GetBucketInfo', resource: oss('examplebucket') },
      { action: 'oss:ListObjects', resource: oss('examplebucket'), context: listing('', '/') },
      { action: 'oss:ListObjects', resource: oss('examplebucket'), context: listing('parent/', '/') },
      { action: 'oss:ListObjects', resource: oss('examplebucket'), context: listing('parent/dir/', '/') },
      { action: 'oss:GetObject', resource: oss('examplebucket/parent/dir/a.txt') },
      { action: 'oss:ListObjects', resource: oss('examplebucket'), context: listing('parent/other/', '/') },
      { action: 'oss:GetObject', resource: oss('examplebucket/parent/a.txt') },
      { action: 'oss:GetBucketInfo', resource: oss('otherbucket') },
    ]),
    ['Allow', 'Allow', 'Allow', 'Allow', 'Allow', 'Allow', 'ImplicitDeny', 'ImplicitDeny', 'ImplicitDeny'],
  );
});

test('OSS upload-only drop folder: uploads into inbox, cannot read, list or delete', () => {
  const policy = policyText('oss-upload-only');
  assert.deepEqual(
    decisions([policy], [
      { action: 'oss:PutObject', resource: oss('examplebucket/inbox/scan.pdf') },
      { action: 'oss:AbortMultipartUpload', resource: oss('examplebucket/inbox/scan.pdf') },
      { action: 'oss:GetObject', resource: oss('examplebucket/inbox/scan.pdf') },
      { action: 'oss:DeleteObject', resource: oss('examplebucket/inbox/scan.pdf') },
      { action: 'oss:ListObjects', resource: oss('examplebucket'), context: listing('inbox/', '/') },
      { action: 'oss:PutObject', resource: oss('examplebucket/outbox/scan.pdf') },
    ]),
    ['Allow', 'Allow', 'ImplicitDeny', 'ImplicitDeny', 'ImplicitDeny', 'ImplicitDeny'],
  );
});

test('OSS bucket read-only: lists and reads every object, writes nothing', () => {
  const policy = policyText('oss-bucket-read-only');
  assert.deepEqual(
    decisions([policy], [
      { action: 'oss:GetObject', resource: oss('examplebucket/any/where.txt') },
      { action: 'oss:ListObjects', resource: oss('examplebucket'), context: listing('any/', undefined) },
      { action: 'oss:PutObject', resource: oss('examplebucket/any/where.txt') },
      { action: 'oss:GetObject', resource: oss('otherbucket/any/where.txt') },
    ]),
    ['Allow', 'Allow', 'ImplicitDeny', 'ImplicitDeny'],
  );
});

test('deny outside a VPC or IP range: an Allow-all is cut back to the VPC and the IP range', () => {
  const allowAll = '{"Version": "1", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}';
  const policy = policyText('deny-outside-vpc-or-ip');
  const request = (context: Record<string, ContextValue>): EvalRequest => ({ action: 'ecs:DescribeInstances', resource: '*', context });
  assert.deepEqual(
    decisions([allowAll, policy], [
      request({ 'acs:SourceVpc': 'vpc-bp1examplevpc00000', 'acs:SourceIp': '172.16.0.8' }),
      request({ 'acs:SourceIp': '192.168.10.20' }),
      request({ 'acs:SourceIp': '203.0.113.9' }),
      request({ 'acs:SourceVpc': 'vpc-other', 'acs:SourceIp': '10.1.1.1' }),
    ]),
    ['Allow', 'Allow', 'ExplicitDeny', 'ExplicitDeny'],
  );
});

test('require MFA: allowed only when acs:MFAPresent is "true"', () => {
  const policy = policyText('require-mfa');
  const request = (context?: Record<string, ContextValue>): EvalRequest => ({ action: 'ecs:StartInstance', resource: `acs:ecs:cn-hangzhou:${ACCOUNT}:instance/i-1`, context });
  assert.deepEqual(decisions([policy], [request({ 'acs:MFAPresent': 'true' }), request({ 'acs:MFAPresent': 'false' }), request()]), [
    'Allow',
    'ImplicitDeny',
    'ImplicitDeny',
  ]);
});

test('time window: from the start (inclusive) to the end (exclusive), offsets normalised', () => {
  const policy = policyText('time-window');
  const at = (time: string): EvalRequest => ({ action: 'ecs:DescribeInstances', resource: '*', context: { 'acs:CurrentTime': time } });
  assert.deepEqual(
    decisions([policy], [
      at('2026-01-01T09:00:00+08:00'),
      at('2026-01-01T01:00:00Z'),
      at('2026-01-01T17:59:59+08:00'),
      at('2026-01-01T08:59:59+08:00'),
      at('2026-01-01T18:00:00+08:00'),
    ]),
    ['Allow', 'Allow', 'Allow', 'ImplicitDeny', 'ImplicitDeny'],
  );
});

test('tag-scoped ECS: start/stop only instances tagged team=dev; describe everything', () => {
  const policy = policyText('ecs-tag-scoped');
  const instance = `acs:ecs:cn-hangzhou:${ACCOUNT}:instance/i-1`;
  assert.deepEqual(
    decisions([policy], [
      { action: 'ecs:StopInstance', resource: instance, context: { 'acs:ResourceTag/team': 'dev' } },
      { action: 'ecs:StopInstance', resource: instance, context: { 'acs:ResourceTag/team': 'prod' } },
      { action: 'ecs:StopInstance', resource: instance },
      { action: 'ecs:DeleteInstance', resource: instance, context: { 'acs:ResourceTag/team': 'dev' } },
      { action: 'ecs:DescribeInstances', resource: '*' },
    ]),
    ['Allow', 'ImplicitDeny', 'ImplicitDeny', 'ImplicitDeny', 'Allow'],
  );
});

test('caller policy + trust snippets: AssumeRole needs both, and each trust snippet trusts only whom it names', () => {
  const caller = policyText('assume-one-role');
  const role = `acs:ram::${ACCOUNT}:role/example-role`;
  const assume = (trust: string, principal: EvalPrincipal, context?: Record<string, ContextValue>, identity: string[] | undefined = [caller]) =>
    createEvaluator({ identity: identity?.map((text) => ({ text })), resource: { text: trust, kind: 'trust' } }).decide({ action: 'sts:AssumeRole', resource: role, principal, context });
  const alice: EvalPrincipal = { kind: 'ram-user', arn: `acs:ram::${ACCOUNT}:user/alice`, accountId: ACCOUNT };
  const bob: EvalPrincipal = { kind: 'ram-user', arn: `acs:ram::${ACCOUNT}:user/bob`, accountId: ACCOUNT };
  const callerRole: EvalPrincipal = { kind: 'assumed-role', arn: `acs:ram::${ACCOUNT}:role/caller-role/s1`, accountId: ACCOUNT };
  const stranger: EvalPrincipal = { kind: 'ram-user', arn: 'acs:ram::9999999999999999:user/alice', accountId: '9999999999999999' };

  assert.equal(assume(policyText('trust-same-account'), bob), 'Allow');
  assert.equal(assume(policyText('trust-same-account'), stranger), 'ImplicitDeny');
  assert.equal(
    createEvaluator({ identity: [{ text: caller }] }).decide({ action: 'sts:AssumeRole', resource: `acs:ram::${ACCOUNT}:role/other-role` }),
    'ImplicitDeny',
    'the caller policy names one role',
  );
  assert.equal(assume(policyText('trust-ram-user'), alice), 'Allow');
  assert.equal(assume(policyText('trust-ram-user'), bob), 'ImplicitDeny');
  assert.equal(assume(policyText('trust-ram-role'), callerRole), 'Allow');
  assert.equal(assume(policyText('trust-ram-role'), alice), 'ImplicitDeny');
  assert.equal(assume(policyText('trust-service'), { kind: 'service', service: 'ecs.aliyuncs.com' }, undefined, undefined), 'Allow');
  assert.equal(assume(policyText('trust-service'), { kind: 'service', service: 'fc.aliyuncs.com' }, undefined, undefined), 'ImplicitDeny');

  const oidc: EvalPrincipal = { kind: 'federated', arn: `acs:ram::${ACCOUNT}:oidc-provider/ack-rrsa-c0123456789abcdef` };
  const token = {
    'oidc:aud': 'sts.aliyuncs.com',
    'oidc:iss': 'https://oidc-ack-cn-hangzhou.oss-cn-hangzhou.aliyuncs.com/c0123456789abcdef',
    'oidc:sub': 'system:serviceaccount:default:app-sa',
  };
  assert.equal(assume(policyText('trust-oidc-rrsa'), oidc, token, undefined), 'Allow');
  assert.equal(assume(policyText('trust-oidc-rrsa'), oidc, { ...token, 'oidc:sub': 'system:serviceaccount:default:other' }, undefined), 'ImplicitDeny');

  const saml: EvalPrincipal = { kind: 'federated', arn: `acs:ram::${ACCOUNT}:saml-provider/example-idp` };
  assert.equal(assume(policyText('trust-saml'), saml, { 'saml:recipient': 'https://signin.alibabacloud.com/saml-role/sso' }, undefined), 'Allow');
  assert.equal(assume(policyText('trust-saml'), saml, {}, undefined), 'ImplicitDeny');
});

test('bucket policy snippets: the named RAM user reads the directory; outside the VPC everyone is denied', () => {
  const uid = '2737962156157123';
  const user: EvalPrincipal = { kind: 'ram-user', arn: `acs:ram::9999999999999999:user/reader`, accountId: '9999999999999999', userId: uid };
  const other: EvalPrincipal = { kind: 'ram-user', arn: `acs:ram::9999999999999999:user/other`, accountId: '9999999999999999', userId: '2737962156157999' };
  const read = createEvaluator({ resource: { text: policyText('bucket-policy-directory-read-only'), kind: 'bucket' } });
  assert.deepEqual(
    [
      read.decide({ action: 'oss:GetObject', resource: oss('examplebucket/dir/a.txt'), principal: user }),
      read.decide({ action: 'oss:ListObjects', resource: oss('examplebucket'), principal: user, context: listing('', '/') }),
      read.decide({ action: 'oss:ListObjects', resource: oss('examplebucket'), principal: user, context: listing('dir/', '/') }),
      read.decide({ action: 'oss:GetObject', resource: oss('examplebucket/other/a.txt'), principal: user }),
      read.decide({ action: 'oss:PutObject', resource: oss('examplebucket/dir/a.txt'), principal: user }),
      read.decide({ action: 'oss:GetObject', resource: oss('examplebucket/dir/a.txt'), principal: other }),
    ],
    ['Allow', 'Allow', 'Allow', 'ImplicitDeny', 'ImplicitDeny', 'ImplicitDeny'],
  );

  const deny = createEvaluator({
    identity: [{ text: '{"Version": "1", "Statement": [{"Effect": "Allow", "Action": "oss:*", "Resource": "*"}]}' }],
    resource: { text: policyText('bucket-policy-deny-outside-vpc'), kind: 'bucket' },
  });
  const get = (context: Record<string, ContextValue>) => deny.decide({ action: 'oss:GetObject', resource: oss('examplebucket/a.txt'), principal: user, context });
  assert.deepEqual(
    [get({ 'acs:SourceVpc': 'vpc-bp1examplevpc00000' }), get({ 'acs:SourceVpc': 'vpc-other' }), get({ 'acs:SourceIp': '203.0.113.9' })],
    ['Allow', 'ExplicitDeny', 'ExplicitDeny'],
  );
  assert.equal(
    deny.decide({ action: 'oss:GetObject', resource: oss('otherbucket/a.txt'), principal: user, context: { 'acs:SourceIp': '203.0.113.9' } }),
    'Allow',
    'other buckets are not affected',
  );
});
