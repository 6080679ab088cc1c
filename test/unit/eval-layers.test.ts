import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEvaluator, describeRef, policyText, type EvalPrincipal } from '../../server/src/core/eval/index';

const policy = (...statements: object[]) => ({ text: policyText({ Version: '1', Statement: statements }) });
const OBJECT = 'acs:oss:*:1234567890123456:bucket/dir/a.txt';

test('session policy: its implicit deny is final even when the role allows', () => {
  const evaluator = createEvaluator({
    identity: [policy({ Effect: 'Allow', Action: 'oss:*', Resource: '*' })],
    session: policy({ Effect: 'Allow', Action: 'oss:GetObject', Resource: '*' }),
  });
  assert.equal(evaluator.decide({ action: 'oss:GetObject', resource: OBJECT }), 'Allow');
  const put = evaluator.evaluate({ action: 'oss:PutObject', resource: OBJECT });
  assert.equal(put.decision, 'ImplicitDeny');
  assert.equal(put.trace.summary, 'The session policy does not allow the request; a session can only use what its session policy allows.');
  assert.deepEqual(put.trace.layers.map((l) => l.layer), ['session']);
});

test('session policy: a deny is final; an allow adds nothing the role lacks', () => {
  const evaluator = createEvaluator({
    identity: [policy({ Effect: 'Allow', Action: 'oss:GetObject', Resource: '*' })],
    session: policy({ Effect: 'Allow', Action: '*', Resource: '*' }, { Effect: 'Deny', Action: 'oss:GetObject', Resource: 'acs:oss:*:*:bucket/secret/*' }),
  });
  const denied = evaluator.evaluate({ action: 'oss:GetObject', resource: 'acs:oss:*:1:bucket/secret/x' });
  assert.equal(denied.decision, 'ExplicitDeny');
  assert.equal(denied.trace.deciding[0].layer, 'session');
  assert.equal(denied.trace.deciding[0].statementIndex, 1);
  assert.equal(evaluator.decide({ action: 'oss:PutObject', resource: OBJECT }), 'ImplicitDeny');
  const allowed = evaluator.evaluate({ action: 'oss:GetObject', resource: OBJECT });
  assert.equal(allowed.decision, 'Allow');
  assert.deepEqual(allowed.trace.deciding.map((r) => r.layer), ['session', 'identity']);
});

test('explicit deny in any identity policy wins over allows in others; the trace names it with its range', () => {
  const evaluator = createEvaluator({
    identity: [
      { ...policy({ Effect: 'Allow', Action: '*', Resource: '*' }), name: 'admin.json' },
      { ...policy({ Effect: 'Deny', Action: ['bss:*', 'ram:*'], Resource: '*' }), name: 'guard.json' },
    ],
  });
  const result = evaluator.evaluate({ action: 'RAM:CreateUser', resource: 'acs:ram:*:1:user/x' });
  assert.equal(result.decision, 'ExplicitDeny');
  assert.equal(describeRef(result.trace.deciding[0]), 'guard.json statement 1');
  assert.deepEqual(result.trace.deciding[0].range, { start: { line: 3, character: 4 }, end: { line: 10, character: 5 } });
  assert.ok(result.trace.inferredRules.some((r) => r.id === 'action-case-insensitive'));
});

test('NotAction: Allow grants every other action (listed ones stay implicitly denied); Deny denies every other action', () => {
  const allow = createEvaluator({ identity: [policy({ Effect: 'Allow', NotAction: ['ram:*', 'ims:*'], Resource: '*' })] });
  assert.equal(allow.decide({ action: 'ecs:StartInstance', resource: '*' }), 'Allow');
  assert.equal(allow.decide({ action: 'ram:CreateUser', resource: '*' }), 'ImplicitDeny');
  const deny = createEvaluator({ identity: [policy({ Effect: 'Allow', Action: '*', Resource: '*' }, { Effect: 'Deny', NotAction: 'oss:Get*', Resource: '*' })] });
  assert.equal(deny.decide({ action: 'oss:GetObject', resource: OBJECT }), 'Allow');
  assert.equal(deny.decide({ action: 'oss:PutObject', resource: OBJECT }), 'ExplicitDeny');
});

test('NotResource applies to every resource not listed, and is flagged as inferred', () => {
  const evaluator = createEvaluator({ identity: [policy({ Effect: 'Allow', Action: 'oss:*', NotResource: 'acs:oss:*:*:secret*' })] });
  const open = evaluator.evaluate({ action: 'oss:GetObject', resource: 'acs:oss:*:1:public/a' });
  assert.equal(open.decision, 'Allow');
  assert.deepEqual(open.trace.inferredRules.map((r) => r.id), ['not-resource']);
  const secret = evaluator.evaluate({ action: 'oss:GetObject', resource: 'acs:oss:*:1:secret/a' });
  assert.equal(secret.decision, 'ImplicitDeny');
  assert.deepEqual(secret.trace.inferredRules.map((r) => r.id), ['not-resource']);
});

test('resources match case-sensitively, actions case-insensitively', () => {
  const evaluator = createEvaluator({ identity: [policy({ Effect: 'Allow', Action: 'OSS:getobject', Resource: 'acs:oss:*:*:Bucket/*' })] });
  assert.equal(evaluator.decide({ action: 'oss:GetObject', resource: 'acs:oss:*:1:Bucket/a' }), 'Allow');
  assert.equal(evaluator.decide({ action: 'oss:GetObject', resource: 'acs:oss:*:1:bucket/a' }), 'ImplicitDeny');
});

test('statements with an invalid Effect are skipped', () => {
  const evaluator = createEvaluator({ identity: [policy({ Effect: 'allow', Action: '*', Resource: '*' })] });
  assert.equal(evaluator.decide({ action: 'ecs:StartInstance', resource: '*' }), 'ImplicitDeny');
  assert.deepEqual(evaluator.policies.identity?.[0].problems, ['statement 1 skipped: Effect must be "Allow" or "Deny" (case-sensitive), found "allow"']);
});

const ROLE = 'acs:ram::1234567890123456:role/reader';
const ALICE: EvalPrincipal = { kind: 'ram-user', arn: 'acs:ram::1234567890123456:user/alice', accountId: '1234567890123456' };
const trust = (principal: object, condition?: object) => ({
  ...policy({ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: principal, ...(condition ? { Condition: condition } : {}) }),
  kind: 'trust' as const,
});

test('sts:AssumeRole needs both the caller policy and the trust policy', () => {
  const callerAllows = [policy({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' })];
  const both = createEvaluator({ identity: callerAllows, resource: trust({ RAM: 'acs:ram::1234567890123456:root' }) });
  assert.equal(both.decide({ action: 'sts:AssumeRole', resource: ROLE, principal: ALICE }), 'Allow');
  const noTrust = createEvaluator({ identity: callerAllows, resource: trust({ RAM: 'acs:ram::1234567890123456:user/bob' }) });
  const denied = noTrust.evaluate({ action: 'sts:AssumeRole', resource: ROLE, principal: ALICE });
  assert.equal(denied.decision, 'ImplicitDeny');
  assert.match(denied.trace.summary, /the trust policy does not trust the caller/);
  const noPolicy = createEvaluator({ identity: [], resource: trust({ RAM: ['acs:ram::1234567890123456:user/alice'] }) });
  assert.equal(noPolicy.decide({ action: 'sts:AssumeRole', resource: ROLE, principal: ALICE }), 'ImplicitDeny');
  const otherAccount = createEvaluator({ identity: callerAllows, resource: trust({ RAM: 'acs:ram::999:root' }) });
  assert.equal(otherAccount.decide({ action: 'sts:AssumeRole', resource: ROLE, principal: ALICE }), 'ImplicitDeny');
});

test('trust policies: Service and Federated principals, conditions evaluated', () => {
  const service = createEvaluator({ resource: trust({ Service: ['ecs.aliyuncs.com'] }) });
  assert.equal(service.decide({ action: 'sts:AssumeRole', resource: ROLE, principal: { kind: 'service', service: 'ECS.aliyuncs.com' } }), 'Allow');
  assert.equal(service.decide({ action: 'sts:AssumeRole', resource: ROLE, principal: ALICE }), 'ImplicitDeny');
  const saml = createEvaluator({
    resource: trust({ Federated: 'acs:ram::1234567890123456:saml-provider/idp' }, { StringEquals: { 'saml:recipient': 'https://signin.alibabacloud.com/saml-role/sso' } }),
  });
  const idp: EvalPrincipal = { kind: 'federated', arn: 'acs:ram::1234567890123456:saml-provider/idp' };
  assert.equal(saml.decide({ action: 'sts:AssumeRole', resource: ROLE, principal: idp, context: { 'saml:recipient': 'https://signin.alibabacloud.com/saml-role/sso' } }), 'Allow');
  assert.equal(saml.decide({ action: 'sts:AssumeRole', resource: ROLE, principal: idp }), 'ImplicitDeny');
});

test('bucket policy: Allow alone is enough unless someone denies; principals by UID, "*" and role session', () => {
  const bucket = {
    ...policy(
      { Effect: 'Allow', Action: 'oss:GetObject', Principal: ['2021476040493512'], Resource: 'acs:oss:*:1:bucket/*' },
      { Effect: 'Allow', Action: 'oss:PutObject', Principal: ['arn:sts::1234567890123456:assumed-role/reader/*'], Resource: 'acs:oss:*:1:bucket/*' },
      { Effect: 'Deny', Action: 'oss:DeleteObject', Principal: ['*'], Resource: 'acs:oss:*:1:bucket/*' },
    ),
    kind: 'bucket' as const,
  };
  const evaluator = createEvaluator({ identity: [policy({ Effect: 'Allow', Action: 'oss:*', Resource: '*' })], resource: bucket });
  const user: EvalPrincipal = { kind: 'ram-user', userId: '2021476040493512', accountId: '999' };
  const session: EvalPrincipal = { kind: 'assumed-role', arn: 'acs:ram::1234567890123456:role/reader/s1', accountId: '1234567890123456' };
  const onlyBucket = createEvaluator({ identity: [], resource: bucket });
  assert.equal(onlyBucket.decide({ action: 'oss:GetObject', resource: 'acs:oss:*:1:bucket/a', principal: user }), 'Allow');
  assert.equal(onlyBucket.decide({ action: 'oss:GetObject', resource: 'acs:oss:*:1:bucket/a', principal: session }), 'ImplicitDeny');
  assert.equal(onlyBucket.decide({ action: 'oss:PutObject', resource: 'acs:oss:*:1:bucket/a', principal: session }), 'Allow');
  assert.equal(evaluator.decide({ action: 'oss:DeleteObject', resource: 'acs:oss:*:1:bucket/a', principal: user }), 'ExplicitDeny');
});

test('bucket policy Principal "*": without a Condition it spares the bucket owner, with one it covers the owner too', () => {
  const owner: EvalPrincipal = { kind: 'ram-user', arn: 'acs:ram::1234567890123456:user/admin', accountId: '1234567890123456' };
  const stranger: EvalPrincipal = { kind: 'ram-user', accountId: '999' };
  const object = 'acs:oss:*:1234567890123456:bucket/a';
  const identity = [policy({ Effect: 'Allow', Action: 'oss:*', Resource: '*' })];
  const plain = createEvaluator({ identity, resource: { ...policy({ Effect: 'Deny', Action: 'oss:GetObject', Principal: ['*'], Resource: 'acs:oss:*:*:bucket/*' }), kind: 'bucket' } });
  assert.equal(plain.decide({ action: 'oss:GetObject', resource: object, principal: owner }), 'Allow');
  assert.equal(plain.decide({ action: 'oss:GetObject', resource: object, principal: stranger }), 'ExplicitDeny');
  const conditional = createEvaluator({
    identity,
    resource: { ...policy({ Effect: 'Deny', Action: 'oss:GetObject', Principal: ['*'], Resource: 'acs:oss:*:*:bucket/*', Condition: { Bool: { 'acs:SecureTransport': 'false' } } }), kind: 'bucket' },
  });
  assert.equal(conditional.decide({ action: 'oss:GetObject', resource: object, principal: owner, context: { 'acs:SecureTransport': 'false' } }), 'ExplicitDeny');
});
