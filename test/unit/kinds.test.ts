import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPolicyDocument } from '../../server/src/core/document';

const kindOf = (policy: unknown, uri?: string) => createPolicyDocument(JSON.stringify(policy), { uri }).kind;

test('a policy without Principal is an identity policy', () => {
  assert.equal(kindOf({ Version: '1', Statement: [{ Effect: 'Allow', Action: 'ecs:*', Resource: '*' }] }).kind, 'identity');
});

test('Principal with sts:AssumeRole is a trust policy', () => {
  const trust = {
    Version: '1',
    Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: ['ecs.aliyuncs.com'] } }],
  };
  const result = kindOf(trust);
  assert.equal(result.kind, 'trust');
  assert.equal(result.inferred, true);
});

test('a flat Principal list on OSS resources is a bucket policy', () => {
  const bucket = {
    Version: '1',
    Statement: [{ Effect: 'Allow', Action: ['oss:GetObject'], Principal: ['20214760404935xxxx'], Resource: ['acs:oss:*:1234:bucket/*'] }],
  };
  assert.equal(kindOf(bucket).kind, 'bucket');
});

test('a KMS key policy with a RAM principal map is a generic resource policy', () => {
  const keyPolicy = {
    Version: '1',
    Statement: [{ Effect: 'Allow', Action: ['kms:*'], Principal: { RAM: ['acs:ram::1234:*'] }, Resource: ['*'] }],
  };
  assert.equal(kindOf(keyPolicy).kind, 'resource');
});

test('the file name and an explicit override win over inference', () => {
  const policy = { Version: '1', Statement: [{ Effect: 'Allow', Action: 'oss:*', Resource: '*' }] };
  assert.equal(kindOf(policy, 'file:///w/read.session.json').kind, 'session');
  assert.equal(createPolicyDocument(JSON.stringify(policy), { kind: 'session' }).kind.inferred, false);
});

test('a RAM/Service Principal map without any Resource is a trust policy, even with NotAction', () => {
  const notActionTrust = {
    Version: '1',
    Statement: [{ Effect: 'Allow', Principal: { Service: ['actiontrail.aliyuncs.com'] }, NotAction: 'ram:GetRole' }],
  };
  assert.equal(kindOf(notActionTrust).kind, 'trust');
});
